/**
 * The data worker's side of a CSV or Excel import. The sheets, however
 * large (a 50 MB CSV is 700,000 rows), stay here: the page receives a
 * preview of each (its first rows, for the mapping step) and asks for the
 * import with the mapping chosen; the values come back packed. Reading
 * every row on the page held it for 5 s in one task.
 */
import { CATALOGUE } from '../core/catalogue';
import { unitsOfColumns, type UnitColumns } from '../core/boundary-transfer';
import { toTransfer, type TransferredDataset } from '../core/dataset-transfer';
import { buildHierarchy } from '../core/hierarchy';
import type { DataProblem } from '../core/problems';
import { capRepeatedProblems } from '../core/repeated-problems';
import { dataRowCount } from '../core/sheet-choice';
import { locateHeader, type TableLayout } from '../core/table-header';
import { importTable, type AmbiguousRow, type TableMapping } from '../core/table-import';
import type { UnitCode } from '../core/units';
import { validationReport, type ValidationReport } from '../core/validation-report';
import type { RawTable } from '../formats/table-file';
import { readBytes, type FileRef, type ProgressListener } from './read-bytes';

/** The rows of a sheet the page sees: titles, header and enough data rows to guess and show examples. */
export const PREVIEW_ROWS = 300;

/** One sheet as the page sees it: its first rows, where its header is, how many rows it has. */
export interface TablePreview {
  /** The sheet with its first {@link PREVIEW_ROWS} rows only. */
  readonly raw: RawTable;
  readonly layout: TableLayout;
  /** All the sheet's rows, header included. */
  readonly rowCount: number;
  /** Rows under the header that read as data (see sheet-choice). */
  readonly figureRows: number;
}

/** What the page asks to import: a sheet, its header and mapping, the units to join to. */
export interface TableImportRequest {
  readonly sheet: number;
  readonly layout: TableLayout;
  readonly mapping: TableMapping;
  readonly units: UnitColumns;
  /** What reading the boundaries found, for the report. */
  readonly boundaryProblems: readonly DataProblem[];
  readonly choices: readonly (readonly [row: number, code: UnitCode | null])[];
}

export interface TransferredTableImport {
  readonly dataset: TransferredDataset;
  readonly ambiguous: readonly AmbiguousRow[];
  /** The check of boundaries and values together, made here where the values are. */
  readonly report: ValidationReport;
}

let sheets: readonly RawTable[] = [];

export async function readTablePreviews(
  ref: FileRef,
  onProgress: ProgressListener,
): Promise<TablePreview[]> {
  const bytes = await readBytes(ref, onProgress);
  onProgress({ phase: 'parsing', fraction: null, file: ref.name });
  // Loaded on first use: the spreadsheet reader is not needed to open the atlas.
  const { readTableFile } = await import('../formats/table-file');
  sheets = await readTableFile(ref.name, bytes);
  return sheets.map((raw) => {
    const layout = locateHeader(raw.rows, raw.merges);
    return {
      raw: {
        ...raw,
        rows: raw.rows.slice(0, PREVIEW_ROWS),
        problems: capRepeatedProblems(raw.problems),
      },
      layout,
      rowCount: raw.rows.length,
      figureRows: dataRowCount({ raw, layout }),
    };
  });
}

/** Imports a sheet read before; see {@link TableImportRequest}. */
export function importSheet(request: TableImportRequest): {
  result: TransferredTableImport;
  buffers: ArrayBuffer[];
} {
  const raw = sheets[request.sheet];
  if (!raw) throw new Error(`sheet ${request.sheet} was not read`);
  const units = unitsOfColumns(request.units);
  const hierarchy = buildHierarchy(request.units.vintage, units);
  const { dataset, ambiguous } = importTable(
    raw,
    request.layout,
    request.mapping,
    hierarchy,
    CATALOGUE,
    new Map(request.choices),
  );
  const problems: DataProblem[] = capRepeatedProblems([...raw.problems, ...dataset.problems]);
  const checked = { ...dataset, problems };
  const report = validationReport({ units, problems: request.boundaryProblems }, checked);
  const { transferred, buffers } = toTransfer(checked);
  return { result: { dataset: transferred, ambiguous, report }, buffers };
}
