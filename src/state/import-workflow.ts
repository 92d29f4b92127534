import { CATALOGUE } from '../core/catalogue';
import { suggestFromContent, suggestTableColumns } from '../core/column-suggestions';
import { parseCrosswalkFile, type Crosswalk } from '../core/crosswalk';
import { summarizeCrosswalk, type CrosswalkSummary } from '../core/crosswalk-summary';
import type { Hierarchy } from '../core/hierarchy';
import { chooseDataSheet } from '../core/sheet-choice';
import { programmePeriodOf, type ProgrammePeriod } from '../core/programme-period';
import { locateHeader, type HeaderChoice } from '../core/table-header';
import { hasFigures } from '../core/indicator-file';
import { DataFileError, errorText, notValidJson, type DataProblem } from '../core/problems';
import type { AmbiguousRow, TableMapping } from '../core/table-import';
import { unitColumns } from '../core/boundary-transfer';
import type { BilingualText } from '../core/text';
import type { UnitCode, Vintage } from '../core/units';
import { validationReport, type ValidationReport } from '../core/validation-report';
import { decodeText } from '../formats/decode-text';
import { classifyFile, type ChosenFile } from './classify-files';
import type { Sources } from './data-sources';
import {
  DataWorker,
  LoadCancelled,
  type LoadProgress,
  type TablePreview,
} from './data-worker-client';
import { loadVintage, type LoadedVintage, type PendingLoad } from './load-data';
import { filesToLoad } from './import-plan';
import { recallMapping, rememberMapping } from './mapping-memory';

/** Where the import's files land: what the atlas shows now. */
export interface ImportContext {
  /** The files each vintage is shown from: an indicator file alone goes onto these boundaries. */
  readonly current: Sources;
  /** The vintage on screen: a table alone goes onto its boundaries unless the person says otherwise. */
  readonly shownVintage: Vintage;
  /** The latest period shown, the default year for a table that has no year column. */
  readonly periodHint: string | null;
  /** The units of each geography on screen, to check a crosswalk against. */
  readonly geographies: Partial<Record<Vintage, Hierarchy>>;
  /** The vintages showing the synthetic demo, which any import may replace without asking. */
  readonly demoVintages: readonly Vintage[];
  /** The vintages showing the person's own indicator figures, which boundaries alone would drop. */
  readonly figureVintages: readonly Vintage[];
}

/** What the import hands over when it succeeds. */
export interface ImportEvents {
  onImported(loaded: LoadedVintage, report: ValidationReport): void;
  onCrosswalk(crosswalk: Crosswalk, name: string): void;
}

/** Everything the import dialog shows. */
export interface ImportState {
  readonly chosen: readonly ChosenFile[];
  readonly vintage: Vintage | 'auto';
  readonly progress: LoadProgress | null;
  /** What went wrong, in both languages: a file's error as its reader gave it, or our own words. */
  readonly error: BilingualText | null;
  /** A neutral note, such as "Cancelled". */
  readonly status: BilingualText | null;
  readonly report: ValidationReport | null;
  /** What a crosswalk just loaded holds and what is wrong with it. */
  readonly crosswalkReport: { readonly name: string; readonly summary: CrosswalkSummary } | null;
  readonly loadedVintage: LoadedVintage | null;
  /** The sheets of the chosen table (previews: the rows stay in its worker), the one used, and what its columns are. */
  readonly tables: readonly TablePreview[] | null;
  readonly tableIndex: number;
  readonly mapping: TableMapping | null;
  readonly mappingRemembered: boolean;
  /** Boundaries loaded and a table read, waiting for the person to choose units for ambiguous names. */
  readonly awaiting: {
    readonly loaded: LoadedVintage;
    readonly ambiguous: readonly AmbiguousRow[];
  } | null;
  /** Data loaded that would replace the units shown with far fewer: waiting for a yes or no. */
  readonly replacing: {
    readonly loaded: LoadedVintage;
    readonly before: number;
    readonly after: number;
    /** The files hold boundaries only, where the map shows the person's figures. */
    readonly losesFigures: boolean;
  } | null;
}

const START: ImportState = {
  chosen: [],
  vintage: 'auto',
  progress: null,
  error: null,
  status: null,
  report: null,
  crosswalkReport: null,
  loadedVintage: null,
  tables: null,
  tableIndex: 0,
  mapping: null,
  mappingRemembered: false,
  awaiting: null,
  replacing: null,
};

/**
 * The import workflow: files chosen and recognised, a table read and its
 * columns mapped, the data loaded and checked in a worker (cancellable),
 * ambiguous names resolved, the report made; then the data or crosswalk is
 * handed to the atlas. The dialog only draws this and calls its methods.
 */
export class ImportWorkflow {
  state: ImportState = START;
  private pending: PendingLoad | null = null;
  /** The worker that read the chosen table and keeps its rows until it is imported or dropped. */
  private tableWorker: DataWorker | null = null;

  constructor(
    private readonly context: () => ImportContext,
    private readonly events: ImportEvents,
    private readonly onChange: () => void,
  ) {}

  private update(patch: Partial<ImportState>): void {
    this.state = { ...this.state, ...patch };
    this.onChange();
  }

  /** The boundary vintage chosen for the files (or "detect"). */
  chooseVintage(vintage: Vintage | 'auto'): void {
    this.update({ vintage });
  }

  /** The columns of the table mapped by hand. */
  changeMapping(mapping: TableMapping): void {
    this.update({ mapping, mappingRemembered: false });
  }

  /** Back from the name choices to the files. */
  back(): void {
    this.state.awaiting?.loaded.worker.cancel();
    this.update({ awaiting: null });
  }

  /** The report of data already shown (loaded by address), to read again. */
  showReport(loaded: LoadedVintage, report: ValidationReport): void {
    this.update({ report, loadedVintage: loaded });
  }

  /** The report has been read: the next import starts afresh. */
  done(): void {
    this.update({ report: null, loadedVintage: null });
  }

  async add(files: readonly File[]): Promise<void> {
    this.update({ error: null, report: null });
    const classified = await Promise.all(files.map(classifyFile));
    const names = new Set(classified.map((c) => c.file.name));
    // One table at a time: a new one replaces the one chosen before.
    const newTable = classified.filter((c) => c.role === 'table').pop();
    this.update({
      chosen: [
        ...this.state.chosen.filter(
          (c) => !names.has(c.file.name) && !(newTable && c.role === 'table'),
        ),
        ...classified.filter((c) => c.role !== 'table' || c === newTable),
      ],
    });
    if (newTable) await this.readTable(newTable.file);
  }

  /** Reads the table's sheets in a data worker of its own, which keeps them; then proposes a mapping. */
  private async readTable(file: File): Promise<void> {
    this.dropTable();
    const worker = (this.tableWorker = new DataWorker());
    this.update({ progress: { phase: 'reading', fraction: 0, file: file.name } });
    try {
      const tables = await worker.readTables({ name: file.name, blob: file }, (p) => {
        if (this.tableWorker === worker) this.update({ progress: p });
      });
      if (tables.length === 0) {
        throw new DataFileError(file.name, '', {
          vi: 'không có trang tính nào',
          en: 'has no sheet',
        });
      }
      this.update({ tables: tables });
      this.selectSheet(chooseDataSheet(tables.map((t) => t.figureRows)));
    } catch (error) {
      if (this.tableWorker === worker) this.dropTable();
      if (!(error instanceof LoadCancelled)) this.update({ error: errorText(error) });
      this.update({ chosen: this.state.chosen.filter((c) => c.file !== file) });
    } finally {
      if (this.tableWorker === worker || this.tableWorker === null) this.update({ progress: null });
    }
  }

  /** The table chosen is no longer wanted: its worker and its rows go. */
  private dropTable(): void {
    this.tableWorker?.cancel();
    this.tableWorker = null;
    this.update({ tables: null, mapping: null });
  }

  selectSheet(index: number): void {
    const table = this.state.tables?.[index];
    if (!table) return;
    this.update({ tableIndex: index });
    // A table without a header is called A, B, C…: any other table of as many columns would match.
    const remembered = table.layout.headerRows.length ? recallMapping(table.layout.headers) : null;
    this.update({ mappingRemembered: remembered !== null });
    if (remembered) {
      this.update({ mapping: remembered });
      return;
    }
    const { headers, leafHeaders, firstDataRow } = table.layout;
    const guess = (period?: ProgrammePeriod) =>
      suggestFromContent(
        table.raw.rows,
        firstDataRow,
        suggestTableColumns(headers, leafHeaders, CATALOGUE, period),
      );
    let columns = guess();
    const periodColumn = columns.findIndex((r) => r.role === 'period');
    const yearInName = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(table.raw.fileName)?.[1];
    const fixed = yearInName ?? this.context().periodHint ?? String(new Date().getFullYear() - 1);
    // The table's years say whose criteria "TC 7" is: the first year in its year column, or the year given.
    const firstYear =
      periodColumn >= 0
        ? table.raw.rows.slice(firstDataRow).find((row) => row[periodColumn] != null)?.[
            periodColumn
          ]
        : fixed;
    const programme = programmePeriodOf(String(firstYear ?? ''));
    if (programme && programme !== '2021-2025') columns = guess(programme);
    this.update({
      mapping: { columns, period: periodColumn >= 0 ? { column: periodColumn } : { fixed } },
    });
  }

  /**
   * The person says whether the sheet shown has a header row, where the
   * guess was wrong (a first row of data taken for headings, or headings of
   * words the guess read as data); the columns are named and guessed again.
   */
  chooseHeader(choice: HeaderChoice): void {
    const tables = this.state.tables;
    const table = tables?.[this.state.tableIndex];
    if (!tables || !table) return;
    const layout = locateHeader(table.raw.rows, table.raw.merges, choice);
    this.update({
      tables: tables.map((t, i) => (i === this.state.tableIndex ? { ...t, layout } : t)),
    });
    this.selectSheet(this.state.tableIndex);
  }

  /** The dialog closed: whatever was being read stops. */
  close(): void {
    this.cancel();
    this.state.awaiting?.loaded.worker.cancel();
    this.state.replacing?.loaded.worker.cancel();
    this.update({ awaiting: null, replacing: null });
  }

  async load(): Promise<void> {
    const crosswalk = this.state.chosen.find((c) => c.role === 'crosswalk');
    if (crosswalk) {
      if (this.state.chosen.length > 1) {
        this.update({
          error: {
            vi: 'Nhập bảng chuyển đổi riêng, sau khi đã có dữ liệu',
            en: 'Import the crosswalk on its own, once the data is loaded',
          },
        });
        return;
      }
      return this.loadCrosswalk(crosswalk.file);
    }
    const plan = filesToLoad(this.state, this.context());
    if (!('files' in plan)) {
      this.update({ error: plan });
      return;
    }
    this.update({
      error: null,
      status: null,
      report: null,
      progress: { phase: 'reading', fraction: 0, file: '' },
    });
    const pending = (this.pending = loadVintage(plan.vintage, plan.files, (p) => {
      if (this.pending === pending) this.update({ progress: p });
    }));
    try {
      const loaded = await pending.result;
      if (this.state.tables && this.state.mapping) {
        const table = this.state.tables[this.state.tableIndex] as TablePreview;
        if (table.layout.headerRows.length)
          rememberMapping(table.layout.headers, this.state.mapping);
        await this.applyTable(loaded, new Map(), false);
      } else {
        this.accept(loaded);
      }
    } catch (error) {
      // Cancelling is the user's choice, not a failure: the dialog simply waits again.
      if (error instanceof LoadCancelled)
        this.update({ status: { vi: 'Đã hủy.', en: 'Cancelled.' } });
      else this.update({ error: errorText(error) });
    } finally {
      if (this.pending === pending) {
        this.pending = null;
        this.update({ progress: null });
      }
    }
  }

  /**
   * Reads a crosswalk (small: on the page), checks it against the units of
   * both geographies on screen, says what it holds, and hands it to the
   * atlas. A file that cannot be used says where and why, and changes nothing.
   */
  private async loadCrosswalk(file: File): Promise<void> {
    this.update({ error: null, status: null, crosswalkReport: null });
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
      this.update({ error: errorText(error) });
      return;
    }
    const summary = summarizeCrosswalk(crosswalk, file.name, {
      old: this.context().geographies[crosswalk.from],
      new: this.context().geographies[crosswalk.to],
    });
    this.update({ crosswalkReport: { name: file.name, summary }, chosen: [] });
    this.events.onCrosswalk(crosswalk, file.name);
  }

  /**
   * Puts the table's values on the loaded boundaries. Rows whose name fits
   * several units wait for the user's choice first, unless `final`.
   */
  async applyTable(
    loaded: LoadedVintage,
    choices: ReadonlyMap<number, UnitCode | null>,
    final: boolean,
  ): Promise<void> {
    const table = this.state.tables?.[this.state.tableIndex];
    const mapping = this.state.mapping;
    const worker = this.tableWorker;
    if (!table || !mapping || !worker) return;
    this.update({
      progress: { phase: 'checking', fraction: null, file: table.raw.fileName },
    });
    let result: Awaited<ReturnType<DataWorker['importTable']>>;
    try {
      // The rows are in the table's worker: it joins them to the units while the page waits.
      result = await worker.importTable({
        sheet: this.state.tableIndex,
        layout: table.layout,
        mapping,
        units: unitColumns(loaded.hierarchy.vintage, loaded.boundaries.units),
        boundaryProblems: loaded.boundaries.problems,
        choices: [...choices],
      });
    } catch (error) {
      loaded.worker.cancel();
      if (error instanceof LoadCancelled) {
        // Cancelled mid-import: the table's rows went with its worker; it must be chosen again.
        this.update({
          status: { vi: 'Đã hủy.', en: 'Cancelled.' },
          chosen: this.state.chosen.filter((c) => c.role !== 'table'),
        });
      } else this.update({ error: errorText(error) });
      return;
    } finally {
      this.update({ progress: null });
    }
    if (result.ambiguous.length && !final) {
      this.update({ awaiting: { loaded, ambiguous: result.ambiguous } });
      return;
    }
    this.update({ awaiting: null });
    // The files carry the table's figures: kept in the browser and reloaded, they need no re-join.
    const files = {
      ...loaded.files,
      indicators: null,
      table: {
        fileName: table.raw.fileName,
        mapping,
        dataset: result.dataset,
        report: result.report,
      },
    };
    this.accept({ ...loaded, files, dataset: result.dataset, report: result.report });
  }

  /**
   * The import succeeded: show its report and hand the data to the atlas —
   * unless it would replace the person's own units with far fewer (a
   * GeoJSON of a few units dropped for a national one), or their figures
   * with none (a GeoJSON saved as .json dropped where an indicator file was
   * meant): then they are asked first. The demo is replaced without asking.
   * Boundaries without figures always say so in the report.
   */
  private accept(loaded: LoadedVintage, confirmed = false): void {
    const { geographies, demoVintages, figureVintages } = this.context();
    const vintage = loaded.hierarchy.vintage;
    const shown = demoVintages.includes(vintage) ? undefined : geographies[vintage];
    const after = loaded.boundaries.units.length;
    const figures = hasFigures(loaded.dataset);
    const losesFigures = !figures && figureVintages.includes(vintage);
    const fewer = shown !== undefined && after < shown.units.size / 2;
    if (!confirmed && (fewer || losesFigures)) {
      this.update({
        replacing: { loaded, before: shown?.units.size ?? after, after, losesFigures },
      });
      return;
    }
    this.update({ replacing: null });
    // Made in a worker where the values were read, when they were many; else here.
    const report = loaded.report ?? validationReport(loaded.boundaries, loaded.dataset);
    const withNote = figures
      ? report
      : { ...report, problems: [...report.problems, noFiguresProblem(loaded)] };
    this.dropTable();
    this.update({ report: withNote, loadedVintage: loaded, chosen: [] });
    // The map takes the data in a task of its own: the report is on screen first, and
    // neither waits for the other (together they held the page 280 ms for 100,000 units).
    setTimeout(() => this.events.onImported({ ...loaded, report: withNote }, withNote), 0);
  }

  /** The person's answer to "replace the units shown with these?". */
  confirmReplace(replace: boolean): void {
    const replacing = this.state.replacing;
    if (!replacing) return;
    if (replace) return this.accept(replacing.loaded, true);
    replacing.loaded.worker.cancel();
    this.update({
      replacing: null,
      status: { vi: 'Đã giữ bản đồ đang xem.', en: 'The map shown was kept.' },
    });
  }

  cancel(): void {
    this.pending?.cancel();
    this.pending = null;
    // Stopped while its worker was busy, the table is gone with it.
    if (this.state.progress) this.dropTable();
    this.update({ progress: null });
  }
}

/** Boundaries loaded without any figure: the map will show the units uncoloured. */
function noFiguresProblem(loaded: LoadedVintage): DataProblem {
  return {
    severity: 'warning',
    file: loaded.files.boundaries.map((b) => b.name).join(', '),
    where: '',
    message: {
      vi: 'chỉ có ranh giới, không có số liệu chỉ tiêu nào: bản đồ hiện các đơn vị chưa tô màu. Để tô màu, thêm tệp chỉ tiêu (JSON ntp-atlas/indicators) hoặc bảng CSV/Excel',
      en: 'holds boundaries only, no indicator figures: the map shows the units uncoloured. To colour them, add an indicator file (ntp-atlas/indicators JSON) or a CSV/Excel table',
    },
  };
}
