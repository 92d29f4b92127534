import { css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ShareSnippets } from '../../core/share-snippets';
import { errorText } from '../../core/problems';
import { formatBytes } from '../../core/saved-data';
import type { BilingualText } from '../../core/text';
import { downloadBlob } from '../shared/download';
import { bi, bilingualStyles } from '../shared/bilingual';
import { AtlasElement } from '../shared/atlas-element';
import { dialogStyles } from '../shared/dialog-styles';

type SnippetKind = keyof ShareSnippets;

const LABELS: Record<SnippetKind, BilingualText> = {
  link: { vi: 'Liên kết đến bản đồ này', en: 'Link to this map' },
  iframe: { vi: 'Nhúng bằng iframe', en: 'Embed with an iframe' },
  element: { vi: 'Nhúng bằng thẻ <ntp-atlas>', en: 'Embed with the <ntp-atlas> element' },
};

/**
 * Sharing the view: the link, an iframe snippet and an element snippet,
 * each copied with one button. Data imported from the user's computer does
 * not travel with a link, and the dialog says so.
 */
@customElement('atlas-share')
export class AtlasShare extends AtlasElement {
  static override styles = [
    bilingualStyles,
    dialogStyles,
    css`
      :host {
        --dialog-width: 640px;
      }
      label {
        display: block;
        font-weight: 600;
        margin-top: 10px;
      }
      textarea {
        width: 100%;
        box-sizing: border-box;
        font:
          12px/1.4 ui-monospace,
          monospace;
        resize: vertical;
      }
      .row {
        display: flex;
        gap: 8px;
        align-items: center;
      }
      .copied {
        color: #1b5e20;
      }
      .error {
        color: #b00020;
      }
      h3 {
        font-size: 15px;
        margin: 16px 0 4px;
      }
      .warning {
        background: var(--atlas-caution-bg);
        border: 1px solid var(--atlas-caution-line);
        padding: 6px 8px;
        border-radius: 3px;
      }
      .actions {
        display: flex;
        justify-content: flex-end;
        margin-top: 12px;
      }
      button {
        font: inherit;
      }
    `,
  ];

  /** Makes the snippets of the view on screen: called when the dialog opens, not on every redraw. */
  @property({ attribute: false }) makeSnippets: (() => ShareSnippets) | null = null;
  @state() private snippets: ShareSnippets | null = null;
  /** True when some data shown was imported from the user's computer. */
  @property({ type: Boolean }) localData = false;
  @state() private copied: SnippetKind | null = null;
  /** The briefing file's name: the view's own name, as the exports are named. */
  @property({ attribute: false }) briefingName = 'tep-trinh-chieu.html';
  /** Makes the offline briefing file of the view, its data and its story. */
  @property({ attribute: false }) makeBriefing: (() => Promise<Blob>) | null = null;
  /** Where making the briefing file is: said in the dialog. */
  @state() private briefing: { readonly text: BilingualText; readonly error: boolean } | null =
    null;
  @query('dialog') private dialog!: HTMLDialogElement;

  open(): void {
    this.copied = null;
    this.briefing = null;
    this.snippets = this.makeSnippets?.() ?? null;
    if (!this.dialog.open) this.dialog.showModal();
  }

  override render() {
    const snippets = this.snippets;
    return html`<dialog aria-labelledby="share-title">
      <h2 id="share-title">
        ${bi({ vi: 'Chia sẻ và nhúng', en: 'Share and embed' }, this.language)}
      </h2>
      ${
        this.localData
          ? html`<p class="warning" role="note">
              ${bi(
                {
                  vi: 'Dữ liệu nhập từ máy của bạn không đi theo liên kết: người nhận sẽ thấy dữ liệu mặc định. Hãy đặt tệp lên cùng máy chủ và mở bằng địa chỉ (boundaries=…, indicators=…).',
                  en: 'Data imported from your computer does not travel with a link: others will see the default data. Put the files on the same server and open them by address (boundaries=…, indicators=…).',
                },
                this.language,
              )}
            </p>`
          : nothing
      }
      ${snippets ? (['link', 'iframe', 'element'] as const).map((kind) => this.renderSnippet(kind, snippets[kind])) : nothing}
      ${this.makeBriefing ? this.renderBriefing() : nothing}
      <div class="actions">
        <button id="share-close" @click=${() => this.dialog.close()}>
          ${bi({ vi: 'Đóng', en: 'Close' }, this.language)}
        </button>
      </div>
    </dialog>`;
  }

  private renderBriefing() {
    const state = this.briefing;
    return html`<h3>
        ${bi({ vi: 'Tệp trình chiếu ngoại tuyến', en: 'Offline briefing file' }, this.language)}
      </h3>
      <p>
        ${bi(
          {
            vi: 'Một tệp HTML duy nhất mang theo bản đồ, dữ liệu đang xem và câu chuyện trình chiếu: mở bằng cách nhấp đúp, không cần máy chủ hay mạng.',
            en: 'One HTML file carrying the atlas, the data shown and the story: opens with a double-click, no server, no network.',
          },
          this.language,
        )}
      </p>
      <div class="row">
        <button id="briefing-download" @click=${() => void this.downloadBriefing()}>
          ${bi({ vi: 'Tải tệp trình chiếu', en: 'Download briefing' }, this.language)}
        </button>
        <span class=${state?.error ? 'error' : 'copied'} role=${state?.error ? 'alert' : 'status'}>
          ${state ? bi(state.text, this.language) : nothing}
        </span>
      </div>`;
  }

  private async downloadBriefing(): Promise<void> {
    if (!this.makeBriefing) return;
    this.briefing = { text: { vi: 'Đang tạo tệp…', en: 'Making the file…' }, error: false };
    try {
      const blob = await this.makeBriefing();
      downloadBlob(this.briefingName, blob);
      const size = formatBytes(blob.size, this.locale);
      this.briefing = {
        text: { vi: `Đã tạo tệp (${size})`, en: `File made (${size})` },
        error: false,
      };
    } catch (error) {
      this.briefing = { text: errorText(error), error: true };
    }
  }

  private renderSnippet(kind: SnippetKind, text: string) {
    return html`<label for="snippet-${kind}">${bi(LABELS[kind], this.language)}</label>
      <textarea
        id="snippet-${kind}"
        readonly
        rows=${kind === 'element' ? 7 : 3}
        .value=${text}
      ></textarea>
      <div class="row">
        <button id="copy-${kind}" @click=${() => this.copy(kind, text)}>
          ${bi({ vi: 'Chép', en: 'Copy' }, this.language)}
        </button>
        <span class="copied" role="status">
          ${this.copied === kind ? bi({ vi: 'Đã chép', en: 'Copied' }, this.language) : nothing}
        </span>
      </div>`;
  }

  /**
   * The clipboard API needs a secure page; on an intranet served over plain
   * http the text is selected and copied the old way instead.
   */
  private async copy(kind: SnippetKind, text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#snippet-${kind}`);
      area?.select();
      document.execCommand('copy');
    }
    this.copied = kind;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-share': AtlasShare;
  }
}
