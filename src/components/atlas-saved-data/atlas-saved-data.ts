import { css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { errorText } from '../../core/problems';
import { describeSaved, formatBytes, savedDate, type SavedEntry } from '../../core/saved-data';
import type { BilingualText } from '../../core/text';
import type { WorkspaceSync } from '../../state/workspace-sync';
import { AtlasElement } from '../shared/atlas-element';
import { bi, bilingualStyles, biText } from '../shared/bilingual';
import { dialogStyles } from '../shared/dialog-styles';

/**
 * "Dữ liệu đã lưu · Saved data": what the browser keeps of the person's
 * imports and crosswalks, each with its geography, years, size and date, to
 * open again or forget. Kept on this computer only; nothing is uploaded.
 */
@customElement('atlas-saved-data')
export class AtlasSavedData extends AtlasElement {
  static override styles = [
    bilingualStyles,
    dialogStyles,
    css`
      :host {
        --dialog-width: 680px;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 8px 0;
      }
      li {
        border-top: 1px solid #dde3ea;
        padding: 8px 0;
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 4px 12px;
      }
      .name {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .meta {
        color: var(--atlas-muted, #5b6470);
        font-size: 13px;
      }
      .actions {
        display: flex;
        gap: 6px;
        align-items: start;
      }
      .error {
        color: #b00020;
      }
      .footer {
        display: flex;
        justify-content: flex-end;
        margin-top: 12px;
      }
      button {
        font: inherit;
      }
    `,
  ];

  /** The atlas's keeper of saved work; null where nothing is kept (an embed). */
  @property({ attribute: false }) workspace: WorkspaceSync | null = null;
  @state() private entries: readonly SavedEntry[] | null = null;
  @state() private status: BilingualText | null = null;
  @state() private error: BilingualText | null = null;
  @state() private busy = false;
  @query('dialog') private dialog!: HTMLDialogElement;

  async open(): Promise<void> {
    this.status = null;
    this.error = null;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    if (!this.workspace) return;
    try {
      this.entries = await this.workspace.list();
    } catch (error) {
      this.entries = [];
      this.error = errorText(error);
    }
  }

  private async openEntry(entry: SavedEntry): Promise<void> {
    if (!this.workspace) return;
    this.busy = true;
    this.error = null;
    this.status = { vi: `Đang mở ${entry.name}…`, en: `Opening ${entry.name}…` };
    try {
      await this.workspace.open(entry.id);
      this.status = null;
      this.dialog.close();
    } catch (error) {
      this.status = null;
      this.error = errorText(error);
    } finally {
      this.busy = false;
    }
  }

  private async forget(entry: SavedEntry): Promise<void> {
    if (!this.workspace) return;
    this.error = null;
    try {
      await this.workspace.forget(entry.id);
      this.status = {
        vi: `Đã xóa ${entry.name} khỏi trình duyệt. Bản đồ đang xem giữ nguyên đến khi tải lại trang.`,
        en: `${entry.name} is forgotten by the browser. The map on screen stays until the page is reloaded.`,
      };
      await this.refresh();
    } catch (error) {
      this.error = errorText(error);
    }
  }

  override render() {
    return html`<dialog aria-labelledby="saved-title">
      <h2 id="saved-title">${bi({ vi: 'Dữ liệu đã lưu', en: 'Saved data' }, this.language)}</h2>
      <p class="meta">
        ${bi(
          {
            vi: 'Mỗi lần nhập, dữ liệu được giữ trong trình duyệt trên máy này (không tải lên đâu cả) và mở lại khi tải lại trang.',
            en: 'Each import is kept in the browser on this computer (never uploaded) and comes back when the page is reloaded.',
          },
          this.language,
        )}
      </p>
      ${this.error ? html`<p class="error" role="alert">${bi(this.error, this.language)}</p>` : nothing}
      <p role="status">${this.status ? bi(this.status, this.language) : nothing}</p>
      ${this.renderList()}
      <div class="footer">
        <button id="saved-close" @click=${() => this.dialog.close()}>
          ${bi({ vi: 'Đóng', en: 'Close' }, this.language)}
        </button>
      </div>
    </dialog>`;
  }

  private renderList() {
    const entries = this.entries;
    if (entries === null || !this.workspace) return nothing;
    if (entries.length === 0) {
      return html`<p id="saved-empty">
        ${bi(
          {
            vi: 'Chưa có dữ liệu nào được lưu. Dữ liệu bạn nhập sẽ hiện ở đây.',
            en: 'Nothing saved yet. The data you import will be listed here.',
          },
          this.language,
        )}
      </p>`;
    }
    return html`<ul
      id="saved-list"
      aria-label=${biText({ vi: 'Dữ liệu đã lưu', en: 'Saved data' }, this.language)}
    >
      ${entries.map((entry, index) => {
        const { what, vintage, years } = describeSaved(entry);
        const size = formatBytes(entry.bytes, this.locale);
        const date = savedDate(entry, this.locale);
        return html`<li data-id=${entry.id}>
          <div>
            <div class="name" id="saved-name-${index}">${entry.name}</div>
            <div class="meta">${bi(what, this.language)} · ${bi(vintage, this.language)}</div>
            ${years.vi ? html`<div class="meta">${bi(years, this.language)}</div>` : nothing}
            <div class="meta">
              ${size} · ${bi({ vi: `lưu ngày ${date}`, en: `saved ${date}` }, this.language)}
            </div>
          </div>
          <div class="actions">
            <button
              class="open"
              ?disabled=${this.busy}
              aria-describedby="saved-name-${index}"
              @click=${() => void this.openEntry(entry)}
            >
              ${bi({ vi: 'Mở', en: 'Open' }, this.language)}
            </button>
            <button
              class="forget"
              ?disabled=${this.busy}
              aria-describedby="saved-name-${index}"
              @click=${() => void this.forget(entry)}
            >
              ${bi({ vi: 'Xóa', en: 'Forget' }, this.language)}
            </button>
          </div>
        </li>`;
      })}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-saved-data': AtlasSavedData;
  }
}
