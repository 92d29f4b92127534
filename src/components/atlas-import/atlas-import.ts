import { css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { CATALOGUE } from '../../core/catalogue';
import type { DisplaySimplification } from '../../core/display-simplify';
import { suggestTableColumns } from '../../core/column-suggestions';
import { toCsv } from '../../core/csv-writer';
import { formatNumber } from '../../core/format';
import type { BilingualText, Language } from '../../core/text';
import { languagesShown } from '../../core/display-language';
import {
  DataFileError,
  errorText,
  notValidJson,
  placeText,
  problemLine,
} from '../../core/problems';
import { levelsOf, VINTAGES, type Vintage } from '../../core/units';
import {
  importTable,
  type AmbiguousRow,
  type TableImport,
  type TableMapping,
} from '../../core/table-import';
import type { UnitCode } from '../../core/units';
import { reportRows, validationReport, type ValidationReport } from '../../core/validation-report';
import { classifyFile, type ChosenFile, type FileRole } from '../../state/classify-files';
import { parseCrosswalkFile, type Crosswalk } from '../../core/crosswalk';
import { summarizeCrosswalk, type CrosswalkSummary } from '../../core/crosswalk-summary';
import type { Hierarchy } from '../../core/hierarchy';
import { decodeText } from '../../formats/decode-text';
import type { Sources, VintageFiles } from '../../state/data-sources';
import {
  DataWorker,
  LoadCancelled,
  type LoadProgress,
  type LocatedTable,
} from '../../state/data-worker-client';
import { recallMapping, rememberMapping } from '../../state/mapping-memory';
import { loadVintage, type LoadedVintage, type PendingLoad } from '../../state/load-data';
import { compactTableStyles } from '../shared/table-styles';
import { bi, biText, bilingualStyles, levelCountLabel } from '../shared/bilingual';
import { downloadText } from '../shared/download';
import type { AtlasNameChoices } from '../atlas-name-choices/atlas-name-choices';
import '../atlas-name-choices/atlas-name-choices';
import '../atlas-table-mapping/atlas-table-mapping';
import { AtlasElement } from '../shared/atlas-element';
import type { AtlasEvent } from '../shared/atlas-events';
import { dialogStyles } from '../shared/dialog-styles';

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

/** What the user should know when a heavy file was lightened for display. */
function simplificationNote(s: DisplaySimplification): BilingualText {
  const make = (language: Language) => {
    const n = (value: number) => formatNumber(value, language, 0);
    return { points: n(s.verticesBefore), after: n(s.verticesAfter) };
  };
  const vi = make('vi');
  const en = make('en');
  return {
    vi: `Địa giới nặng (${vi.points} điểm) được đơn giản hóa để hiển thị, còn ${vi.after} điểm; ranh giới chung của hai đơn vị vẫn khớp nhau, không đơn vị nào bị bỏ. Dùng npm run data:prepare để chuẩn bị tệp một lần, mở nhanh hơn.`,
    en: `Heavy boundaries (${en.points} points) were simplified for display to ${en.after} points; borders shared by two units stay shared and no unit is dropped. Prepare the file once with npm run data:prepare to open it faster.`,
  };
}

/** How many problems the dialog lists before "show all": the CSV always has every one. */
const SHOWN_PROBLEMS = 50;

/**
 * Bringing your own files: pick or drop boundaries (GeoJSON, TopoJSON,
 * zipped Shapefile) and indicators, watch them load in the data worker with
 * a way to cancel, then read the validation report. The atlas's current view
 * is replaced only when the new data loaded; a failure leaves it as it was.
 */
@customElement('atlas-import')
export class AtlasImport extends AtlasElement {
  static override styles = [
    bilingualStyles,
    dialogStyles,
    compactTableStyles,
    css`
      :host {
        --dialog-width: 720px;
      }
      .drop {
        border: 2px dashed #8a97a6;
        border-radius: 6px;
        padding: 18px;
        text-align: center;
        background: #f6f8fa;
      }
      .drop.over {
        background: #e3effa;
        border-color: var(--atlas-accent);
      }
      ul.files {
        padding-left: 18px;
      }
      .role {
        color: var(--atlas-ink-muted);
      }
      .row {
        display: flex;
        gap: 10px;
        align-items: center;
        flex-wrap: wrap;
        margin: 10px 0;
      }
      progress {
        width: 100%;
        height: 14px;
      }
      .error {
        color: #9b1c1c;
        background: #fdecec;
        padding: 8px;
        border-radius: 4px;
        white-space: pre-wrap;
      }
      .sev-error {
        color: #9b1c1c;
      }
      .sev-warning {
        color: var(--atlas-warning-ink);
      }
      .summary {
        margin: 6px 0 10px;
        padding-left: 18px;
      }
      button {
        font: inherit;
        padding: var(--atlas-space-s) var(--atlas-space-l);
      }
      .primary {
        background: var(--atlas-accent);
        color: white;
        border: 1px solid var(--atlas-accent);
        border-radius: 4px;
      }
      .primary .en {
        color: #e3effa;
      }
    `,
  ];

  /** The files each vintage is shown from now: an indicator file alone reuses them. */
  @property({ attribute: false }) current: Sources = {};
  /** The vintage on screen: a table alone goes onto its boundaries unless the user says otherwise. */
  @property({ attribute: false }) shownVintage: Vintage = '2025';
  /** The latest period shown, the default year for a table that has no year column. */
  @property({ attribute: false }) periodHint: string | null = null;
  /** The units of each geography on screen, to check a crosswalk against. */
  @property({ attribute: false }) geographies: Partial<Record<Vintage, Hierarchy>> = {};

  @state() private chosen: ChosenFile[] = [];
  @state() private vintage: Vintage | 'auto' = 'auto';
  @state() private progress: LoadProgress | null = null;
  /** What went wrong, in both languages: a file's error as its reader gave it, or our own words. */
  @state() private error: BilingualText | null = null;
  /** A neutral note, such as "Cancelled". */
  @state() private status: BilingualText | null = null;
  @state() private report: ValidationReport | null = null;
  /** What a crosswalk just loaded holds and what is wrong with it. */
  @state() private crosswalkReport: { name: string; summary: CrosswalkSummary } | null = null;
  @state() private loadedVintage: LoadedVintage | null = null;
  @state() private showAll = false;
  @state() private dragOver = false;
  /** The sheets of the chosen table, the one used, and what its columns are. */
  @state() private tables: LocatedTable[] | null = null;
  @state() private tableIndex = 0;
  @state() private mapping: TableMapping | null = null;
  @state() private mappingRemembered = false;
  /** Boundaries loaded and a table read, waiting for the user to choose units for ambiguous names. */
  @state() private awaiting: { loaded: LoadedVintage; ambiguous: readonly AmbiguousRow[] } | null =
    null;
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('atlas-name-choices') private nameChoices?: AtlasNameChoices;
  @query('input[type=file]') private input!: HTMLInputElement;
  private pending: PendingLoad | null = null;
  private tableReader: DataWorker | null = null;

  /** Opens the dialog, with files already dropped on the atlas if any. */
  async open(files: readonly File[] = []): Promise<void> {
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    if (files.length) await this.add(files);
  }

  private async add(files: readonly File[]): Promise<void> {
    this.error = null;
    this.report = null;
    const classified = await Promise.all(files.map(classifyFile));
    const names = new Set(classified.map((c) => c.file.name));
    // One table at a time: a new one replaces the one chosen before.
    const newTable = classified.filter((c) => c.role === 'table').pop();
    this.chosen = [
      ...this.chosen.filter((c) => !names.has(c.file.name) && !(newTable && c.role === 'table')),
      ...classified.filter((c) => c.role !== 'table' || c === newTable),
    ];
    if (newTable) await this.readTable(newTable.file);
  }

  /** Reads the table's sheets in a data worker of its own, then proposes a mapping. */
  private async readTable(file: File): Promise<void> {
    this.tables = null;
    this.mapping = null;
    const worker = (this.tableReader = new DataWorker());
    this.progress = { phase: 'reading', fraction: 0, file: file.name };
    try {
      const tables = await worker.readTables({ name: file.name, blob: file }, (p) => {
        this.progress = p;
      });
      if (tables.length === 0) {
        throw new DataFileError(file.name, '', {
          vi: 'không có trang tính nào',
          en: 'has no sheet',
        });
      }
      this.tables = tables;
      this.selectSheet(
        Math.max(
          0,
          tables.findIndex((t) => t.raw.rows.length > 1),
        ),
      );
    } catch (error) {
      if (!(error instanceof LoadCancelled)) this.error = errorText(error);
      this.chosen = this.chosen.filter((c) => c.file !== file);
    } finally {
      worker.cancel();
      if (this.tableReader === worker) {
        this.tableReader = null;
        this.progress = null;
      }
    }
  }

  private selectSheet(index: number): void {
    const table = this.tables?.[index];
    if (!table) return;
    this.tableIndex = index;
    const remembered = recallMapping(table.layout.headers);
    this.mappingRemembered = remembered !== null;
    if (remembered) {
      this.mapping = remembered;
      return;
    }
    const columns = suggestTableColumns(table.layout.headers, table.layout.leafHeaders, CATALOGUE);
    const periodColumn = columns.findIndex((r) => r.role === 'period');
    const yearInName = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(table.raw.fileName)?.[1];
    this.mapping = {
      columns,
      period:
        periodColumn >= 0
          ? { column: periodColumn }
          : { fixed: yearInName ?? this.periodHint ?? String(new Date().getFullYear() - 1) },
    };
  }

  /** Why the mapping cannot be used yet, or null when it can. */
  private mappingProblem(): BilingualText | null {
    const mapping = this.mapping;
    if (!mapping) return { vi: 'Bảng chưa đọc xong', en: 'The table is not read yet' };
    const roles = mapping.columns.map((c) => c.role);
    if (!roles.includes('code') && !roles.includes('name')) {
      return {
        vi: 'Chọn cột mã đơn vị hoặc cột tên đơn vị',
        en: 'Choose the column with the unit code or the unit name',
      };
    }
    if (!roles.includes('indicator')) {
      return { vi: 'Chọn ít nhất một cột chỉ tiêu', en: 'Choose at least one indicator column' };
    }
    if ('fixed' in mapping.period && !/^(19|20)\d{2}$/.test(mapping.period.fixed)) {
      return {
        vi: 'Nhập năm của số liệu, ví dụ 2024, hoặc chọn cột năm',
        en: 'Enter the year of the figures, e.g. 2024, or choose the year column',
      };
    }
    return null;
  }

  private close(): void {
    this.cancel();
    this.awaiting?.loaded.worker.cancel();
    this.awaiting = null;
    this.dialog.close();
  }

  private filesToLoad(): { vintage: Vintage | 'auto'; files: VintageFiles } | BilingualText {
    const unknown = this.chosen.find((c) => c.role === 'unknown');
    if (unknown) {
      return {
        vi: `${unknown.file.name}: không phải tệp địa giới hay chỉ tiêu (GeoJSON, TopoJSON, Shapefile .zip, tệp chỉ tiêu JSON, CSV, .xlsx)`,
        en: `${unknown.file.name}: is neither a boundary nor an indicator file (GeoJSON, TopoJSON, .zip Shapefile, indicator JSON, CSV, .xlsx)`,
      };
    }
    const table = this.chosen.find((c) => c.role === 'table');
    const indicators = this.chosen.filter((c) => c.role === 'indicators');
    if (indicators.length + (table ? 1 : 0) > 1) {
      return {
        vi: 'Chọn một tệp chỉ tiêu hoặc một bảng',
        en: 'Choose one indicator file or one table at a time',
      };
    }
    if (table) {
      const problem = this.mappingProblem();
      if (problem) return problem;
    }
    const boundaryFiles = this.chosen.filter((c) => c.role === 'boundaries');
    const indicator = indicators[0];
    let vintage = this.vintage;
    if (vintage === 'auto' && indicator?.declaredVintage) vintage = indicator.declaredVintage;
    // A table alone goes onto the boundaries on screen.
    if (vintage === 'auto' && table && boundaryFiles.length === 0) vintage = this.shownVintage;
    const chosenBoundaries = boundaryFiles.map((c) => ({
      name: c.file.name,
      blob: c.file as Blob,
    }));
    // An indicator file alone goes onto the boundaries already shown for its vintage.
    const boundaries = chosenBoundaries.length
      ? chosenBoundaries
      : vintage === 'auto'
        ? undefined
        : this.current[vintage]?.boundaries;
    if (!boundaries?.length) {
      return {
        vi: 'Cần tệp địa giới cho tệp chỉ tiêu này',
        en: 'This indicator file needs boundaries: add a boundary file',
      };
    }
    return {
      vintage,
      files: {
        boundaries,
        indicators: indicator ? { name: indicator.file.name, blob: indicator.file } : null,
      },
    };
  }

  private async load(): Promise<void> {
    const crosswalk = this.chosen.find((c) => c.role === 'crosswalk');
    if (crosswalk) {
      if (this.chosen.length > 1) {
        this.error = {
          vi: 'Nhập bảng chuyển đổi riêng, sau khi đã có dữ liệu',
          en: 'Import the crosswalk on its own, once the data is loaded',
        };
        return;
      }
      return this.loadCrosswalk(crosswalk.file);
    }
    const plan = this.filesToLoad();
    if (!('files' in plan)) {
      this.error = plan;
      return;
    }
    this.error = null;
    this.status = null;
    this.report = null;
    this.progress = { phase: 'reading', fraction: 0, file: '' };
    const pending = (this.pending = loadVintage(plan.vintage, plan.files, (p) => {
      if (this.pending === pending) this.progress = p;
    }));
    try {
      const loaded = await pending.result;
      if (this.tables && this.mapping) {
        const table = this.tables[this.tableIndex] as LocatedTable;
        rememberMapping(table.layout.headers, this.mapping);
        this.applyTable(loaded, new Map(), false);
      } else {
        this.accept(loaded);
      }
    } catch (error) {
      // Cancelling is the user's choice, not a failure: the dialog simply waits again.
      if (error instanceof LoadCancelled) this.status = { vi: 'Đã hủy.', en: 'Cancelled.' };
      else this.error = errorText(error);
    } finally {
      if (this.pending === pending) {
        this.pending = null;
        this.progress = null;
      }
    }
  }

  /**
   * Reads a crosswalk (small: on the page), checks it against the units of
   * both geographies on screen, says what it holds, and hands it to the
   * atlas. A file that cannot be used says where and why, and changes nothing.
   */
  private async loadCrosswalk(file: File): Promise<void> {
    this.error = null;
    this.status = null;
    this.crosswalkReport = null;
    let crosswalk: Crosswalk;
    try {
      const text = decodeText(new Uint8Array(await file.arrayBuffer())).text;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new DataFileError(file.name, '', notValidJson(error));
      }
      crosswalk = parseCrosswalkFile(json, file.name);
    } catch (error) {
      this.error = errorText(error);
      return;
    }
    const summary = summarizeCrosswalk(crosswalk, file.name, {
      old: this.geographies[crosswalk.from],
      new: this.geographies[crosswalk.to],
    });
    this.crosswalkReport = { name: file.name, summary };
    this.chosen = [];
    this.emit('atlas-crosswalk', { crosswalk, name: file.name });
  }

  /**
   * Puts the table's values on the loaded boundaries. Rows whose name fits
   * several units wait for the user's choice first, unless `final`.
   */
  private applyTable(
    loaded: LoadedVintage,
    choices: ReadonlyMap<number, UnitCode | null>,
    final: boolean,
  ): void {
    const table = this.tables?.[this.tableIndex];
    if (!table || !this.mapping) return;
    let result: TableImport;
    try {
      result = importTable(
        table.raw,
        table.layout,
        this.mapping,
        loaded.hierarchy,
        CATALOGUE,
        choices,
      );
    } catch (error) {
      loaded.worker.cancel();
      this.error = errorText(error);
      return;
    }
    if (result.ambiguous.length && !final) {
      this.awaiting = { loaded, ambiguous: result.ambiguous };
      return;
    }
    this.awaiting = null;
    const dataset = {
      ...result.dataset,
      problems: [...table.raw.problems, ...result.dataset.problems],
    };
    this.accept({ ...loaded, dataset });
  }

  /** The import succeeded: show its report and hand the data to the atlas. */
  private accept(loaded: LoadedVintage): void {
    const report = validationReport(loaded.boundaries, loaded.dataset);
    this.report = report;
    this.loadedVintage = loaded;
    this.chosen = [];
    this.tables = null;
    this.mapping = null;
    this.emit('atlas-imported', { loaded, report });
  }

  private cancel(): void {
    this.pending?.cancel();
    this.pending = null;
    this.tableReader?.cancel();
    this.tableReader = null;
    this.progress = null;
  }

  private downloadReport(): void {
    if (!this.report) return;
    downloadText(
      'bao-cao-kiem-tra.csv',
      toCsv(reportRows(this.report, languagesShown(this.language))),
      'text/csv;charset=utf-8',
    );
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragOver = false;
    void this.add([...(event.dataTransfer?.files ?? [])]);
  }

  override render() {
    return html`<dialog aria-labelledby="import-title" @cancel=${() => this.close()}>
      <h2 id="import-title">
        ${bi({ vi: 'Nhập dữ liệu của bạn', en: 'Import your data' }, this.language)}
      </h2>
      ${
        this.report
          ? this.renderReport(this.report)
          : this.awaiting
            ? this.renderNameChoices(this.awaiting)
            : this.renderChooser()
      }
    </dialog>`;
  }

  /** What went wrong, in the language shown. */
  private renderError() {
    const error = this.error;
    if (!error) return nothing;
    return html`<p class="error" role="alert">${bi(error, this.language)}</p>`;
  }

  private renderChooser() {
    const loading = this.progress !== null;
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
            void this.add([...(input.files ?? [])]);
            input.value = '';
          }}
        />
      </div>
      ${
        this.chosen.length
          ? html`<ul
              class="files"
              aria-label=${biText({ vi: 'Tệp đã chọn', en: 'Chosen files' }, this.language)}
            >
              ${this.chosen.map(
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
        this.tables && this.mapping
          ? html`<atlas-table-mapping
              .tables=${this.tables}
              .tableIndex=${this.tableIndex}
              .mapping=${this.mapping}
              .catalogue=${CATALOGUE}
              ?remembered=${this.mappingRemembered}
              @atlas-mapping-change=${(e: AtlasEvent<'atlas-mapping-change'>) => {
                this.mapping = e.detail;
                this.mappingRemembered = false;
              }}
              @atlas-sheet-change=${(e: AtlasEvent<'atlas-sheet-change'>) => this.selectSheet(e.detail)}
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
              (this.vintage = (e.target as HTMLSelectElement).value as Vintage | 'auto')}
          >
            <option value="auto" .selected=${this.vintage === 'auto'}>
              ${biText({ vi: 'Tự nhận biết', en: 'Detect' }, this.language)}
            </option>
            ${VINTAGES.map(
              (v) =>
                html`<option value=${v} .selected=${this.vintage === v}>
                  ${biText(v === '2021' ? { vi: 'Trước 1/7/2025', en: 'Before 1 Jul 2025' } : { vi: 'Từ 1/7/2025', en: 'From 1 Jul 2025' }, this.language)}
                </option>`,
            )}
          </select>
        </label>
        <button
          class="primary"
          id="import-load"
          ?disabled=${loading || this.chosen.length === 0}
          @click=${() => void this.load()}
        >
          ${bi({ vi: 'Tải lên bản đồ', en: 'Load onto the map' }, this.language)}
        </button>
        <button @click=${() => this.close()}>
          ${bi({ vi: 'Đóng', en: 'Close' }, this.language)}
        </button>
      </div>
      ${loading ? this.renderProgress(this.progress as LoadProgress) : nothing}
      ${this.renderError()}
      ${this.status ? html`<p class="status" role="status">${bi(this.status, this.language)}</p>` : nothing}
      ${this.crosswalkReport ? this.renderCrosswalkReport(this.crosswalkReport) : nothing}
    `;
  }

  private renderCrosswalkReport({ name, summary }: { name: string; summary: CrosswalkSummary }) {
    const n = (value: number) => formatNumber(value, this.locale, 0);
    const shown = summary.problems.slice(0, 50);
    const unchecked = [
      summary.checkedOld ? null : { vi: 'địa giới cũ', en: 'the old boundaries' },
      summary.checkedNew ? null : { vi: 'địa giới mới', en: 'the new boundaries' },
    ].filter((x): x is BilingualText => x !== null);
    return html`<section id="crosswalk-report" class="status" role="status">
      <p>
        ${bi(
          {
            vi: `Đã dùng ${name}: ${n(summary.links)} liên kết, ${n(summary.oldUnits)} đơn vị cũ → ${n(summary.newUnits)} đơn vị mới; ${n(summary.splits)} đơn vị cũ bị chia${summary.unweightedSplits ? `, ${n(summary.unweightedSplits)} không có trọng số (tính theo diện tích khi có cả hai bộ địa giới, nếu không thì chia đều và ghi rõ)` : ''}.`,
            en: `Using ${name}: ${n(summary.links)} links, ${n(summary.oldUnits)} old units → ${n(summary.newUnits)} new units; ${n(summary.splits)} old units split${summary.unweightedSplits ? `, ${n(summary.unweightedSplits)} without weights (weighed by area when both boundary sets are loaded, otherwise split equally and said so)` : ''}.`,
          },
          this.language,
        )}
      </p>
      ${
        unchecked.length
          ? html`<p>
              ${bi({ vi: `Chưa kiểm tra với ${unchecked.map((u) => u.vi).join(' và ')} (chưa tải).`, en: `Not checked against ${unchecked.map((u) => u.en).join(' or ')} (not loaded).` }, this.language)}
            </p>`
          : nothing
      }
      ${
        summary.problems.length === 0
          ? html`<p class="ok">
              ${bi({ vi: 'Không có vấn đề.', en: 'No problems found.' }, this.language)}
            </p>`
          : html`<p>
                ${bi({ vi: `${n(summary.problems.length)} vấn đề:`, en: `${n(summary.problems.length)} problems:` }, this.language)}
              </p>
              <ul class="problems">
                ${shown.map((p) => html`<li class=${p.severity}>${bi(problemLine(p.file, p.where, p.message), this.language)}</li>`)}
                ${
                  summary.problems.length > shown.length
                    ? html`<li>
                        ${bi({ vi: `… và ${n(summary.problems.length - shown.length)} vấn đề khác`, en: `… and ${n(summary.problems.length - shown.length)} more` }, this.language)}
                      </li>`
                    : nothing
                }
              </ul>`
      }
    </section>`;
  }

  private renderNameChoices(awaiting: NonNullable<AtlasImport['awaiting']>) {
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
            this.applyTable(awaiting.loaded, this.nameChoices?.choices() ?? new Map(), true)}
        >
          ${bi({ vi: 'Xác nhận và tải lên bản đồ', en: 'Confirm and load onto the map' }, this.language)}
        </button>
        <button
          @click=${() => {
            awaiting.loaded.worker.cancel();
            this.awaiting = null;
          }}
        >
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
      <button id="import-cancel" @click=${() => this.cancel()}>
        ${bi({ vi: 'Hủy', en: 'Cancel' }, this.language)}
      </button>
    </div>`;
  }

  private renderReport(report: ValidationReport) {
    const loaded = this.loadedVintage;
    const vintage = loaded?.hierarchy.vintage;
    const levels = vintage ? levelsOf(vintage) : [];
    const shown = this.showAll ? report.problems : report.problems.slice(0, SHOWN_PROBLEMS);
    const n = (value: number) => formatNumber(value, this.locale, 0);
    return html`
      <section aria-labelledby="report-title" id="report">
        <h3 id="report-title">
          ${bi({ vi: 'Báo cáo kiểm tra', en: 'Validation report' }, this.language)}
        </h3>
        <ul class="summary">
          <li>
            ${bi({ vi: 'Địa giới năm', en: 'Boundary vintage' }, this.language)}:
            <strong>${vintage}</strong>
            ${loaded?.vintageReason ? html`(${bi(loaded.vintageReason, this.language)})` : nothing}
          </li>
          <li>
            ${levels
              .filter((level) => report.unitsByLevel.get(level))
              .map((level) => {
                const count = report.unitsByLevel.get(level) ?? 0;
                return `${n(count)} ${biText(levelCountLabel(level, count), this.language)}`;
              })
              .join(' · ')}
          </li>
          ${
            loaded?.dataset
              ? html`<li>
                  ${bi({ vi: 'Khớp mã, có số liệu', en: 'Matched, with values' }, this.language)}:
                  ${n(report.matched)} ·
                  ${bi({ vi: 'đơn vị không có số liệu', en: 'units without values' }, this.language)}:
                  ${n(report.unitsWithoutValues)} ·
                  ${bi({ vi: 'mã không có địa giới', en: 'codes without a boundary' }, this.language)}:
                  ${n(report.unmatchedCodes)}
                </li>`
              : html`<li>
                  ${bi({ vi: 'Chưa có tệp chỉ tiêu', en: 'No indicator file' }, this.language)}
                </li>`
          }
          ${
            loaded?.displaySimplification
              ? html`<li id="display-simplified">
                  ${bi(simplificationNote(loaded.displaySimplification), this.language)}
                </li>`
              : nothing
          }
          <li>
            ${bi({ vi: 'Lỗi', en: 'Errors' }, this.language)}: ${n(report.errors)} ·
            ${bi({ vi: 'Cảnh báo', en: 'Warnings' }, this.language)}: ${n(report.warnings)}
          </li>
        </ul>
        ${
          report.problems.length
            ? html`<table>
                <thead>
                  <tr>
                    <th scope="col">${bi({ vi: 'Mức', en: 'Severity' }, this.language)}</th>
                    <th scope="col">${bi({ vi: 'Tệp', en: 'File' }, this.language)}</th>
                    <th scope="col">${bi({ vi: 'Vị trí', en: 'Where' }, this.language)}</th>
                    <th scope="col">${bi({ vi: 'Vấn đề', en: 'Problem' }, this.language)}</th>
                  </tr>
                </thead>
                <tbody>
                  ${shown.map(
                    (p) =>
                      html`<tr>
                        <td class="sev-${p.severity}">
                          ${biText(p.severity === 'error' ? { vi: 'Lỗi', en: 'Error' } : { vi: 'Cảnh báo', en: 'Warning' }, this.language)}
                        </td>
                        <td>${p.file}</td>
                        <td>${bi(placeText(p.where), this.language)}</td>
                        <td>${bi(p.message, this.language)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
            : html`<p>
                ${bi({ vi: 'Không có vấn đề nào.', en: 'No problems found.' }, this.language)}
              </p>`
        }
        <div class="row">
          ${
            report.problems.length > SHOWN_PROBLEMS && !this.showAll
              ? html`<button @click=${() => (this.showAll = true)}>
                  ${bi(
                    {
                      vi: `Hiện tất cả ${n(report.problems.length)}`,
                      en: `Show all ${n(report.problems.length)}`,
                    },
                    this.language,
                  )}
                </button>`
              : nothing
          }
          <button id="report-csv" @click=${() => this.downloadReport()}>
            ${bi({ vi: 'Tải báo cáo (CSV)', en: 'Download report (CSV)' }, this.language)}
          </button>
          <button
            class="primary"
            @click=${() => {
              this.report = null;
              this.loadedVintage = null;
              this.showAll = false;
              this.dialog.close();
            }}
          >
            ${bi({ vi: 'Xem bản đồ', en: 'Show the map' }, this.language)}
          </button>
        </div>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-import': AtlasImport;
  }
}
