import { html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { CATALOGUE } from '../../core/catalogue';
import { formatNumber } from '../../core/format';
import { toCsv } from '../../core/csv-writer';
import { languagesShown } from '../../core/display-language';
import type { Hierarchy } from '../../core/hierarchy';
import type { BilingualText } from '../../core/text';
import { VINTAGES, type Vintage } from '../../core/units';
import { reportRows, reportSheet, type ValidationReport } from '../../core/validation-report';
import type { FileRole } from '../../state/classify-files';
import type { Sources } from '../../state/data-sources';
import type { LoadProgress } from '../../state/data-worker-client';
import { ImportWorkflow, type ImportState } from '../../state/import-workflow';
import type { LoadedVintage } from '../../state/load-data';
import type { AtlasNameChoices } from '../atlas-name-choices/atlas-name-choices';
import '../atlas-name-choices/atlas-name-choices';
import '../atlas-table-mapping/atlas-table-mapping';
import { AtlasElement } from '../shared/atlas-element';
import type { AtlasEvent } from '../shared/atlas-events';
import { bi, biText } from '../shared/bilingual';
import { downloadText, downloadWorkbook } from '../shared/download';
import { importStyles } from './atlas-import.styles';
import { crosswalkReportView, validationReportView } from './import-report';

const ROLE_LABELS: Record<FileRole, BilingualText> = {
  boundaries: { vi: 'Địa giới', en: 'Boundaries' },
  indicators: { vi: 'Chỉ tiêu', en: 'Indicators' },
  table: { vi: 'Bảng số liệu', en: 'Table' },
  crosswalk: { vi: 'Bảng chuyển đổi đơn vị cũ → mới', en: 'Crosswalk, old units → new' },
  unknown: { vi: 'Không đọc được', en: 'Not readable' },
};

const PHASE_LABELS: Record<LoadProgress['phase'], BilingualText> = {
  reading: { vi: 'Đang đọc tệp', en: 'Reading the file' },
  parsing: { vi: 'Đang phân tích', en: 'Parsing' },
  checking: { vi: 'Đang kiểm tra mã và cấp', en: 'Checking codes and levels' },
  preparing: { vi: 'Đang chuẩn bị bản đồ', en: 'Preparing the map' },
};

/**
 * Bringing your own files: pick or drop boundaries (GeoJSON, TopoJSON,
 * zipped Shapefile) and indicators, watch them load in the data worker with
 * a way to cancel, then read the validation report. The atlas's current view
 * is replaced only when the new data loaded; a failure leaves it as it was.
 */
@customElement('atlas-import')
export class AtlasImport extends AtlasElement {
  static override styles = importStyles;

  /** The files each vintage is shown from now: an indicator file alone reuses them. */
  @property({ attribute: false }) current: Sources = {};
  /** The vintage on screen: a table alone goes onto its boundaries unless the user says otherwise. */
  @property({ attribute: false }) shownVintage: Vintage = '2025';
  /** The latest period shown, the default year for a table that has no year column. */
  @property({ attribute: false }) periodHint: string | null = null;
  /** The units of each geography on screen, to check a crosswalk against. */
  @property({ attribute: false }) geographies: Partial<Record<Vintage, Hierarchy>> = {};
  /** The vintages showing the synthetic demo: an import replaces them without asking. */
  @property({ attribute: false }) demoVintages: readonly Vintage[] = [];
  /** The vintages showing the person's own figures: boundaries alone ask before dropping them. */
  @property({ attribute: false }) figureVintages: readonly Vintage[] = [];

  @state() private showAll = false;
  @state() private dragOver = false;
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('atlas-name-choices') private nameChoices?: AtlasNameChoices;
  @query('input[type=file]') private input!: HTMLInputElement;

  private readonly workflow = new ImportWorkflow(
    () => this,
    {
      onImported: (loaded, report) => this.emit('atlas-imported', { loaded, report }),
      onCrosswalk: (crosswalk, name) => this.emit('atlas-crosswalk', { crosswalk, name }),
    },
    () => this.requestUpdate(),
  );

  /** Opens the dialog, with files already dropped on the atlas if any. */
  async open(files: readonly File[] = []): Promise<void> {
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    if (files.length) await this.workflow.add(files);
  }

  /** Opens the dialog on the report of data already shown. */
  async showReport(loaded: LoadedVintage, report: ValidationReport): Promise<void> {
    this.workflow.showReport(loaded, report);
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
  }

  private close(): void {
    this.workflow.close();
    this.dialog.close();
  }

  /** The report has been read: back to the map. */
  private done(): void {
    this.workflow.done();
    this.showAll = false;
    this.dialog.close();
  }

  private downloadReport(): void {
    const { report } = this.workflow.state;
    if (!report) return;
    downloadText(
      'bao-cao-kiem-tra.csv',
      toCsv(reportRows(report, languagesShown(this.language))),
      'text/csv;charset=utf-8',
    );
  }

  /** The report as an .xlsx workbook, in the languages shown, with its counts on a second sheet. */
  private async downloadReportWorkbook(): Promise<void> {
    const { report } = this.workflow.state;
    if (!report) return;
    const sheet = reportSheet(report, languagesShown(this.language));
    await downloadWorkbook('bao-cao-kiem-tra.xlsx', sheet, 'Báo cáo · Report');
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragOver = false;
    void this.workflow.add([...(event.dataTransfer?.files ?? [])]);
  }

  override render() {
    return html`<dialog aria-labelledby="import-title" @cancel=${() => this.close()}>
      <h2 id="import-title">
        ${bi({ vi: 'Nhập dữ liệu của bạn', en: 'Import your data' }, this.language)}
      </h2>
      ${
        this.workflow.state.report
          ? validationReportView(
              this.workflow.state.report,
              this.workflow.state.loadedVintage,
              {
                showAll: this.showAll,
                onShowAll: () => (this.showAll = true),
                onDownload: () => this.downloadReport(),
                onDownloadWorkbook: () => void this.downloadReportWorkbook(),
                onDone: () => this.done(),
              },
              this.language,
              this.locale,
            )
          : this.workflow.state.replacing
            ? this.renderReplacing(this.workflow.state.replacing)
            : this.workflow.state.awaiting
              ? this.renderNameChoices(this.workflow.state.awaiting)
              : this.renderChooser()
      }
    </dialog>`;
  }

  /** What went wrong, in the language shown. */
  private renderError() {
    const error = this.workflow.state.error;
    if (!error) return nothing;
    return html`<p class="error" role="alert">${bi(error, this.language)}</p>`;
  }

  private renderChooser() {
    const loading = this.workflow.state.progress !== null;
    return html`
      <div
        class="drop ${this.dragOver ? 'over' : ''}"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          this.dragOver = true;
        }}
        @dragleave=${() => (this.dragOver = false)}
        @drop=${(e: DragEvent) => this.onDrop(e)}
      >
        <p>
          ${bi(
            {
              vi: 'Kéo thả tệp vào đây, hoặc',
              en: 'Drop files here, or',
            },
            this.language,
          )}
          <button id="pick" ?disabled=${loading} @click=${() => this.input.click()}>
            ${bi({ vi: 'Chọn tệp…', en: 'Choose files…' }, this.language)}
          </button>
        </p>
        <p class="role">
          ${bi(
            {
              vi: 'Địa giới: GeoJSON, TopoJSON, Shapefile nén .zip (VN-2000 hoặc WGS84). Chỉ tiêu: JSON của atlas, bảng CSV hoặc Excel .xlsx. Bảng chuyển đổi đơn vị cũ → mới: JSON ntp-atlas/crosswalk.',
              en: 'Boundaries: GeoJSON, TopoJSON, zipped Shapefile (VN-2000 or WGS84). Indicators: the atlas JSON, a CSV or Excel .xlsx table. Old → new units crosswalk: ntp-atlas/crosswalk JSON.',
            },
            this.language,
          )}
        </p>
        <input
          type="file"
          multiple
          hidden
          accept=".geojson,.json,.topojson,.zip,.shp,.shx,.dbf,.prj,.cpg,.csv,.tsv,.txt,.xlsx,.xls"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            void this.workflow.add([...(input.files ?? [])]);
            input.value = '';
          }}
        />
      </div>
      ${
        this.workflow.state.chosen.length
          ? html`<ul
              class="files"
              aria-label=${biText({ vi: 'Tệp đã chọn', en: 'Chosen files' }, this.language)}
            >
              ${this.workflow.state.chosen.map(
                (c) =>
                  html`<li>
                    ${c.file.name}
                    <span class="role"
                      >—
                      ${biText(ROLE_LABELS[c.role], this.language)}${c.declaredVintage ? ` ${c.declaredVintage}` : ''}</span
                    >
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        this.workflow.state.tables && this.workflow.state.mapping
          ? html`<atlas-table-mapping
              .tables=${this.workflow.state.tables}
              .tableIndex=${this.workflow.state.tableIndex}
              .mapping=${this.workflow.state.mapping}
              .catalogue=${CATALOGUE}
              ?remembered=${this.workflow.state.mappingRemembered}
              @atlas-mapping-change=${(e: AtlasEvent<'atlas-mapping-change'>) => this.workflow.changeMapping(e.detail)}
              @atlas-sheet-change=${(e: AtlasEvent<'atlas-sheet-change'>) => this.workflow.selectSheet(e.detail)}
              @atlas-header-choice=${(e: AtlasEvent<'atlas-header-choice'>) => this.workflow.chooseHeader(e.detail)}
            ></atlas-table-mapping>`
          : nothing
      }
      <div class="row">
        <label
          >${bi({ vi: 'Địa giới năm', en: 'Boundary vintage' }, this.language)}
          <select
            id="import-vintage"
            ?disabled=${loading}
            @change=${(e: Event) =>
              this.workflow.chooseVintage(
                (e.target as HTMLSelectElement).value as Vintage | 'auto',
              )}
          >
            <option value="auto" .selected=${this.workflow.state.vintage === 'auto'}>
              ${biText({ vi: 'Tự nhận biết', en: 'Detect' }, this.language)}
            </option>
            ${VINTAGES.map(
              (v) =>
                html`<option value=${v} .selected=${this.workflow.state.vintage === v}>
                  ${biText(v === '2021' ? { vi: 'Trước 1/7/2025', en: 'Before 1 Jul 2025' } : { vi: 'Từ 1/7/2025', en: 'From 1 Jul 2025' }, this.language)}
                </option>`,
            )}
          </select>
        </label>
        <button
          class="primary"
          id="import-load"
          ?disabled=${loading || this.workflow.state.chosen.length === 0}
          @click=${() => void this.workflow.load()}
        >
          ${bi({ vi: 'Tải lên bản đồ', en: 'Load onto the map' }, this.language)}
        </button>
        <button @click=${() => this.close()}>
          ${bi({ vi: 'Đóng', en: 'Close' }, this.language)}
        </button>
      </div>
      ${loading ? this.renderProgress(this.workflow.state.progress as LoadProgress) : nothing}
      ${this.renderError()}
      ${this.workflow.state.status ? html`<p class="status" role="status">${bi(this.workflow.state.status, this.language)}</p>` : nothing}
      ${this.workflow.state.crosswalkReport ? crosswalkReportView(this.workflow.state.crosswalkReport, this.language, this.locale) : nothing}
    `;
  }

  /** Far fewer units than the map shows: replace them only if the person says so. */
  private renderReplacing({
    loaded,
    before,
    after,
    losesFigures,
  }: NonNullable<ImportState['replacing']>) {
    const n = (value: number) => formatNumber(value, this.locale, 0);
    const vintage = loaded.hierarchy.vintage;
    const files = loaded.files.boundaries.map((b) => b.name).join(', ');
    const question: BilingualText = losesFigures
      ? {
          vi: `${files} chỉ có ranh giới (${n(after)} đơn vị), không có số liệu chỉ tiêu: bản đồ ${vintage} sẽ mất các số liệu đang hiện. Nếu định nhập số liệu, hãy chọn tệp chỉ tiêu JSON hoặc bảng CSV/Excel. Vẫn thay bản đồ bằng tệp này?`,
          en: `${files} holds boundaries only (${n(after)} units) and no indicator figures: the ${vintage} map would lose the figures it shows. To import figures, choose an indicator JSON file or a CSV/Excel table. Replace the map with it anyway?`,
        }
      : {
          vi: `Tệp này có ${n(after)} đơn vị, còn bản đồ đang hiện ${n(before)} đơn vị của bộ ranh giới ${vintage}. Thay bản đồ bằng tệp này?`,
          en: `This file has ${n(after)} units where the map shows ${n(before)} units of the ${vintage} boundaries. Replace the map with it?`,
        };
    return html`<section id="replace-confirm" role="alertdialog" aria-labelledby="replace-title">
      <p id="replace-title">${bi(question, this.language)}</p>
      <div class="row">
        <button
          id="replace-keep"
          class="primary"
          @click=${() => this.workflow.confirmReplace(false)}
        >
          ${bi({ vi: 'Giữ bản đồ đang xem', en: 'Keep the map shown' }, this.language)}
        </button>
        <button id="replace-yes" @click=${() => this.workflow.confirmReplace(true)}>
          ${bi({ vi: 'Thay bằng tệp này', en: 'Replace it' }, this.language)}
        </button>
      </div>
    </section>`;
  }

  private renderNameChoices(awaiting: NonNullable<ImportState['awaiting']>) {
    return html`
      <atlas-name-choices
        .rows=${awaiting.ambiguous}
        .hierarchy=${awaiting.loaded.hierarchy}
      ></atlas-name-choices>
      <div class="row">
        <button
          class="primary"
          id="names-confirm"
          @click=${() =>
            void this.workflow.applyTable(
              awaiting.loaded,
              this.nameChoices?.choices() ?? new Map(),
              true,
            )}
        >
          ${bi({ vi: 'Xác nhận và tải lên bản đồ', en: 'Confirm and load onto the map' }, this.language)}
        </button>
        <button @click=${() => this.workflow.back()}>
          ${bi({ vi: 'Quay lại', en: 'Back' }, this.language)}
        </button>
      </div>
    `;
  }

  private renderProgress(progress: LoadProgress) {
    return html`<div class="row" role="status" aria-live="polite">
      <span
        >${bi(PHASE_LABELS[progress.phase], this.language)}${progress.file ? ` · ${progress.file}` : ''}</span
      >
      <progress
        max="1"
        .value=${progress.fraction ?? 0}
        aria-label=${biText(PHASE_LABELS[progress.phase], this.language)}
      ></progress>
      <button id="import-cancel" @click=${() => this.workflow.cancel()}>
        ${bi({ vi: 'Hủy', en: 'Cancel' }, this.language)}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-import': AtlasImport;
  }
}
