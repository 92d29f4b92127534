/**
 * Where the header of a spreadsheet table is, and what each column is called.
 *
 * Tables from provincial offices rarely start on row 1: a title or two come
 * first ("BÁO CÁO KẾT QUẢ THỰC HIỆN…"), the header often spans two or three
 * rows with group cells merged across their sub-columns ("Hộ nghèo" over
 * "Số hộ" and "Tỷ lệ"), and a row numbering the columns "(1) (2) (3)" may sit
 * under it. This finds the header block, names each column by its group and
 * its own header ("Hộ nghèo / Số hộ"), and says on which row the data starts.
 */

export type TableCell = string | number | null;

/** A rectangle of merged cells, 0-based and inclusive, as the sheet declares it. */
export interface MergedRange {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
}

export interface TableLayout {
  /** The header rows, 0-based, first to last; empty when the table has no header. */
  readonly headerRows: readonly number[];
  /** The row the data starts on, 0-based. */
  readonly firstDataRow: number;
  /** Each column's full name: its header cells top-down, joined by " / ". */
  readonly headers: readonly string[];
  /** Each column's own (lowest) header cell, for matching names like "Số hộ nghèo". */
  readonly leafHeaders: readonly string[];
  /** A row under the header that only numbers the columns ("(1) (2) (3)"), skipped. */
  readonly numberingRow: number | null;
}

/** A header is at most this many rows; a taller block is data. */
const MAX_HEADER_ROWS = 4;

const isBlank = (cell: TableCell) => cell === null || String(cell).trim() === '';
const textOf = (cell: TableCell) => (cell === null ? '' : String(cell).replace(/\s+/g, ' ').trim());
const looksNumeric = (cell: TableCell) =>
  typeof cell === 'number' || /^[-+(]?[\d.,\s\u00a0]+%?\)?$/.test(textOf(cell));
const isYear = (cell: TableCell) => /^(19|20)\d{2}$/.test(textOf(cell));

/**
 * A header row has mostly words. A row of years alone ("2023 | 2024" under a
 * merged "Tỷ lệ hộ nghèo") is a header row too; a data row has a name or a
 * code and figures.
 */
function isHeaderLike(row: readonly TableCell[]): boolean {
  const cells = row.filter((cell) => !isBlank(cell));
  if (cells.length === 0) return false;
  const numeric = cells.filter(looksNumeric);
  if (numeric.length === 0) return true;
  if (numeric.length === cells.length) return numeric.every(isYear);
  return numeric.length / cells.length < 0.34 && numeric.every(isYear);
}

function hasGapsOrMerges(
  row: readonly TableCell[],
  index: number,
  width: number,
  merges: readonly MergedRange[],
): boolean {
  if (merges.some((m) => m.firstRow <= index && m.lastRow >= index)) return true;
  for (let c = 0; c < width; c += 1) if (isBlank(row[c] ?? null)) return true;
  return false;
}

/** "(1) (2) (3)…", "1 2 3…" or "A B C…": a row that numbers the columns. */
function isNumberingRow(row: readonly TableCell[]): boolean {
  const cells = row.filter((cell) => !isBlank(cell)).map(textOf);
  if (cells.length < 3) return false;
  const numbers = cells.map((cell) => /^\(?(\d{1,2})\)?$/.exec(cell)?.[1]);
  if (numbers.every(Boolean)) {
    const values = numbers.map(Number);
    return values.every((value, index) => index === 0 || value > (values[index - 1] as number));
  }
  return cells.every((cell) => /^\(?[A-Z]\)?$/.test(cell));
}

/**
 * Whether the table has a header: found by looking (`auto`), or said by the
 * person when the guess is wrong: `none` (the first row is data) or `first`
 * (the first row under any title is the header).
 */
export type HeaderChoice = 'auto' | 'none' | 'first';

/** Finds the header and names the columns. `merges` come from an Excel sheet; CSV has none. */
export function locateHeader(
  rows: readonly (readonly TableCell[])[],
  merges: readonly MergedRange[] = [],
  choice: HeaderChoice = 'auto',
): TableLayout {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  // Titles above the table fill one cell (or one merged range) of their row.
  let start = 0;
  while (start < rows.length && (rows[start] ?? []).filter((c) => !isBlank(c)).length < 2) {
    start += 1;
  }
  const headerRows: number[] = choice === 'first' && start < rows.length ? [start] : [];
  for (
    let r = start;
    choice === 'auto' && r < rows.length && headerRows.length < MAX_HEADER_ROWS;
    r += 1
  ) {
    if (!isHeaderLike(rows[r] ?? [])) break;
    // A second header row only continues a first one with gaps or merges, so
    // that a table of names alone ("Phúc Xá | Ba Đình | Nâng cao") keeps its data.
    if (headerRows.length > 0 && !hasGapsOrMerges(rows[r - 1] ?? [], r - 1, width, merges)) break;
    headerRows.push(r);
  }
  if (headerRows.length === 0) {
    // No header at all: columns are called by their letter.
    const headers = Array.from({ length: width }, (_, c) => columnLetter(c));
    return { headerRows, firstDataRow: start, headers, leafHeaders: headers, numberingRow: null };
  }
  // A merged cell's text belongs to every column (and row) it covers.
  const grid = headerRows.map((r) =>
    Array.from({ length: width }, (_, c) => textOf(rows[r]?.[c] ?? null)),
  );
  for (const range of merges) {
    const top = rows[range.firstRow]?.[range.firstColumn] ?? null;
    for (let r = range.firstRow; r <= range.lastRow; r += 1) {
      const g = headerRows.indexOf(r);
      if (g < 0) continue;
      for (let c = range.firstColumn; c <= range.lastColumn && c < width; c += 1) {
        (grid[g] as string[])[c] = textOf(top);
      }
    }
  }
  const headers: string[] = [];
  const leafHeaders: string[] = [];
  for (let c = 0; c < width; c += 1) {
    const parts: string[] = [];
    for (const line of grid) {
      const text = line[c] ?? '';
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    }
    headers.push(parts.join(' / ') || columnLetter(c));
    leafHeaders.push(parts[parts.length - 1] ?? columnLetter(c));
  }
  let firstDataRow = (headerRows[headerRows.length - 1] as number) + 1;
  let numberingRow: number | null = null;
  if (isNumberingRow(rows[firstDataRow] ?? [])) {
    numberingRow = firstDataRow;
    firstDataRow += 1;
  }
  return { headerRows, firstDataRow, headers, leafHeaders, numberingRow };
}

/** "A", "B", … "Z", "AA": how Excel names a column, for tables without a header. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** Reads an Excel range reference such as "C1:E1" (0-based result). */
export function parseRangeReference(reference: string): MergedRange | null {
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(reference.trim().toUpperCase());
  if (!match) return null;
  const column = (letters: string) =>
    [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return {
    firstRow: Number(match[2]) - 1,
    lastRow: Number(match[4]) - 1,
    firstColumn: column(match[1] as string),
    lastColumn: column(match[3] as string),
  };
}
