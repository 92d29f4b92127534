import { css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { layoutPlan } from '../../core/figure';
import type { FigurePlan } from '../../core/figure-types';
import { figureSvg } from '../../core/figure-svg';
import { htmlLang } from '../../core/display-language';
import { BilingualError, errorText } from '../../core/problems';
import type { BilingualText } from '../../core/text';
import { canvasBlob, figureCanvas } from '../../export/figure-canvas';
import type { Orientation, PaperSize } from '../../export/figure-pdf';
import { bi, biText, bilingualStyles } from '../shared/bilingual';
import { downloadBlob } from '../shared/download';
import { AtlasElement } from '../shared/atlas-element';
import { dialogStyles } from '../shared/dialog-styles';

/** Makes the figure of the view on screen, with the title typed here (or the layer's). */
export type FigureMaker = (title: string | null) => Promise<FigurePlan>;

/**
 * Saving the view as a picture or a document: PNG at 1×, 2× or 4×, SVG with
 * real text and one path per unit, PDF on A4 or A3 either way round, or the
 * browser's print. Each carries the title, legend, source, data date and,
 * for generated data, "synthetic demo"; all are made on the page.
 *
 * @event atlas-title - detail is the title typed (empty: the layer's name).
 */
@customElement('atlas-export')
export class AtlasExport extends AtlasElement {
  static override styles = [
    bilingualStyles,
    dialogStyles,
    css`
      :host {
        --dialog-width: 560px;
      }
      fieldset {
        border: 1px solid var(--atlas-line);
        border-radius: 4px;
        margin: 10px 0;
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: end;
      }
      label {
        display: flex;
        flex-direction: column;
        font-size: 12px;
        gap: 2px;
      }
      input[type='text'] {
        font: inherit;
        width: 100%;
        box-sizing: border-box;
      }
      .title {
        width: 100%;
      }
      button,
      select {
        font: inherit;
      }
      .status {
        min-height: 1.4em;
        color: var(--atlas-ink-muted);
      }
      .error {
        color: #b3261e;
      }
      .actions {
        display: flex;
        justify-content: flex-end;
      }
    `,
  ];

  @property({ attribute: false }) makeFigure: FigureMaker | null = null;
  /** The title of the view, when the presenter has typed one. */
  @property() figureTitle: string | null = null;
  /** The start of every file name: layer, period, level. */
  @property() fileBase = 'ntp-atlas';
  @state() private busy: string | null = null;
  @state() private failure: BilingualText | null = null;
  @state() private paper: PaperSize = 'A4';
  @state() private orientation: Orientation = 'landscape';
  @query('dialog') private dialog!: HTMLDialogElement;

  open(): void {
    this.failure = null;
    if (!this.dialog.open) this.dialog.showModal();
  }

  override render() {
    const t = (vi: string, en: string) => bi({ vi, en }, this.language);
    return html`<dialog aria-labelledby="export-title">
      <h2 id="export-title">${t('Lưu hình bản đồ', 'Save the map as a picture')}</h2>
      <label class="title">
        ${t('Tiêu đề', 'Title')}
        <input
          id="figure-title"
          type="text"
          .value=${this.figureTitle ?? ''}
          placeholder=${biText({ vi: 'Tên chỉ tiêu', en: "The indicator's name" }, this.language)}
          @change=${(e: Event) =>
            this.emit('atlas-title', (e.target as HTMLInputElement).value.trim())}
        />
      </label>
      <fieldset>
        <legend>${t('Ảnh PNG', 'PNG picture')}</legend>
        ${[1, 2, 4].map(
          (ratio) =>
            html`<button id="png-${ratio}" ?disabled=${!!this.busy} @click=${() => this.png(ratio)}>
              PNG ${ratio}×
            </button>`,
        )}
      </fieldset>
      <fieldset>
        <legend>${t('Hình vector SVG', 'SVG vector drawing')}</legend>
        <button id="svg" ?disabled=${!!this.busy} @click=${() => this.svg()}>SVG</button>
        <span class="status"
          >${t('chữ chọn được, mỗi đơn vị một đường', 'selectable text, one path per unit')}</span
        >
      </fieldset>
      <fieldset>
        <legend>PDF</legend>
        <label>
          ${t('Khổ giấy', 'Paper')}
          <select
            id="paper"
            @change=${(e: Event) => (this.paper = (e.target as HTMLSelectElement).value as PaperSize)}
          >
            ${(['A4', 'A3'] as const).map((p) => html`<option .selected=${p === this.paper}>${p}</option>`)}
          </select>
        </label>
        <label>
          ${t('Hướng', 'Orientation')}
          <select
            id="orientation"
            @change=${(e: Event) => (this.orientation = (e.target as HTMLSelectElement).value as Orientation)}
          >
            <option value="landscape" .selected=${this.orientation === 'landscape'}>
              ${biText({ vi: 'Ngang', en: 'Landscape' }, this.language)}
            </option>
            <option value="portrait" .selected=${this.orientation === 'portrait'}>
              ${biText({ vi: 'Dọc', en: 'Portrait' }, this.language)}
            </option>
          </select>
        </label>
        <button id="pdf" ?disabled=${!!this.busy} @click=${() => this.pdf()}>PDF</button>
        <button id="print" @click=${() => this.print()}>${t('In…', 'Print…')}</button>
      </fieldset>
      <p class="status" role="status">
        ${this.busy ? t(`Đang tạo ${this.busy}…`, `Making the ${this.busy}…`) : nothing}
      </p>
      ${this.failure ? html`<p class="error" role="alert">${bi(this.failure, this.language)}</p>` : nothing}
      <div class="actions">
        <button id="export-close" @click=${() => this.dialog.close()}>${t('Đóng', 'Close')}</button>
      </div>
    </dialog>`;
  }

  private async figure() {
    if (!this.makeFigure) throw new BilingualError({ vi: 'Chưa có bản đồ', en: 'No map yet' });
    return this.makeFigure(this.figureTitle);
  }

  /** Runs one export, saying what it makes and why it failed if it does. */
  private async run(what: string, make: () => Promise<void>): Promise<void> {
    this.busy = what;
    this.failure = null;
    try {
      await make();
    } catch (error) {
      this.failure = errorText(error);
    } finally {
      this.busy = null;
    }
  }

  private png(ratio: number) {
    return this.run(`PNG ${ratio}×`, async () => {
      const canvas = await figureCanvas(layoutPlan(await this.figure()), ratio);
      downloadBlob(`${this.fileBase}@${ratio}x.png`, await canvasBlob(canvas));
    });
  }

  private svg() {
    return this.run('SVG', async () => {
      const text = figureSvg(layoutPlan(await this.figure()), htmlLang(this.language));
      downloadBlob(`${this.fileBase}.svg`, new Blob([text], { type: 'image/svg+xml' }));
    });
  }

  private pdf() {
    const { paper, orientation } = this;
    return this.run('PDF', async () => {
      // The PDF writer (pdf-lib and its compressor, ~1 MB of source) loads when a PDF is asked for,
      // not with the atlas: it would lengthen every first load for a rare export.
      const [plan, { figurePdf }] = await Promise.all([
        this.figure(),
        import('../../export/figure-pdf'),
      ]);
      const blob = await figurePdf(plan, paper, orientation, htmlLang(this.language));
      downloadBlob(`${this.fileBase}-${paper}-${orientation}.pdf`, blob);
    });
  }

  /** The browser's own print, laid out by the print stylesheet. */
  private print(): void {
    this.dialog.close();
    window.print();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-export': AtlasExport;
  }
}
