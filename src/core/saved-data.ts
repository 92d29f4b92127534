import type { Crosswalk } from './crosswalk';
import type { TransferredDataset } from './dataset-transfer';
import { formatDate, formatNumber } from './format';
import { vintageText } from './legend-text';
import { PROGRAMME_PERIOD_NAMES, type ProgrammePeriod } from './programme-period';
import type { TableMapping } from './table-import';
import type { BilingualText, Language } from './text';
import type { Vintage } from './units';
import type { ValidationReport } from './validation-report';

/**
 * What the browser keeps of the person's work (IndexedDB, on this computer
 * only): each import as the files it was read from, and the figures a table
 * gave (a table's rows are joined to units once, with the person's choices;
 * its figures are kept rather than the choices asked again).
 */

/** A file kept in the browser: its name and its bytes. */
export interface KeptFile {
  readonly name: string;
  readonly blob: Blob;
}

/** A table's import: where it came from, how its columns were read, and the figures it gave. */
export interface KeptTable {
  readonly fileName: string;
  readonly mapping: TableMapping | null;
  readonly dataset: TransferredDataset;
  readonly report: ValidationReport | null;
}

/** One import: boundaries with an indicator file, a table, or neither. */
export interface SavedData {
  readonly id: string;
  readonly kind: 'data';
  readonly name: string;
  readonly vintage: Vintage;
  readonly periods: readonly string[];
  readonly programmePeriods: readonly ProgrammePeriod[];
  /** What it takes in the browser: its files and its table's figures. */
  readonly bytes: number;
  /** When it was kept, ISO 8601. */
  readonly savedAt: string;
  readonly boundaries: readonly KeptFile[];
  readonly indicators: KeptFile | null;
  readonly table: KeptTable | null;
}

/** A crosswalk between the two geographies, as read. */
export interface SavedCrosswalk {
  readonly id: string;
  readonly kind: 'crosswalk';
  readonly name: string;
  readonly from: Vintage;
  readonly to: Vintage;
  readonly bytes: number;
  readonly savedAt: string;
  readonly crosswalk: Crosswalk;
}

export type SavedEntry = SavedData | SavedCrosswalk;

/** What was on screen when the page was left: which kept data, and the view (with its story). */
export interface WorkspaceSession {
  readonly dataInUse: Partial<Record<Vintage, string>>;
  readonly crosswalkInUse: string | null;
  /** The view's link query (as the address carries it), story included. */
  readonly view: string;
}

/** "1,2 MB" in Vietnamese, "1.2 MB" in English. */
export function formatBytes(bytes: number, language: Language): string {
  if (bytes < 1024) return `${formatNumber(bytes, language, 0)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, language, 0)} kB`;
  return `${formatNumber(bytes / (1024 * 1024), language, 1)} MB`;
}

/** The lines a saved entry is listed with: what it is, its geography and years, its size and date. */
export function describeSaved(entry: SavedEntry): {
  what: BilingualText;
  vintage: BilingualText;
  years: BilingualText;
} {
  if (entry.kind === 'crosswalk') {
    return {
      what: { vi: 'Bảng chuyển đổi đơn vị cũ → mới', en: 'Crosswalk, old units → new' },
      vintage: {
        vi: `Địa giới ${entry.from} → ${entry.to}`,
        en: `Boundaries ${entry.from} → ${entry.to}`,
      },
      years: { vi: '', en: '' },
    };
  }
  const what: BilingualText = entry.table
    ? {
        vi: `Bảng ${entry.table.fileName} trên địa giới`,
        en: `Table ${entry.table.fileName} on boundaries`,
      }
    : entry.indicators
      ? { vi: 'Địa giới và tệp chỉ tiêu', en: 'Boundaries and indicator file' }
      : { vi: 'Chỉ có địa giới', en: 'Boundaries only' };
  const first = entry.periods[0];
  const last = entry.periods.at(-1);
  const span = first === undefined ? null : first === last ? first : `${first}–${last}`;
  const programmes = entry.programmePeriods.map((p) => PROGRAMME_PERIOD_NAMES[p]);
  return {
    what,
    vintage: vintageText(entry.vintage),
    years: span
      ? {
          vi: `Năm ${span}${programmes.length ? ` · ${programmes.map((p) => p.vi).join(', ')}` : ''}`,
          en: `${span}${programmes.length ? ` · ${programmes.map((p) => p.en).join(', ')}` : ''}`,
        }
      : { vi: 'Không có số liệu chỉ tiêu', en: 'No indicator figures' },
  };
}

/** When it was kept, as a date. */
export function savedDate(entry: SavedEntry, language: Language): string {
  return formatDate(entry.savedAt, language);
}
