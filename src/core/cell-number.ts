/**
 * Numbers in spreadsheet cells as Vietnamese offices type them: "1.234,5"
 * (Vietnamese and most of Europe), "1,234.5" (English), "45,2%", thousands
 * grouped with spaces, and the many ways of writing "no figure" — which is
 * "no data", never 0.
 */

export type CellNumber =
  | { readonly kind: 'number'; readonly value: number }
  /** Empty, or a mark meaning "no figure": shown as no data. */
  | { readonly kind: 'missing'; readonly raw: string }
  | { readonly kind: 'invalid'; readonly raw: string };

export type DecimalSeparator = ',' | '.';

/** Marks that mean "no figure" in tables from provincial offices (compared lower-case). */
const MISSING_MARKS = new Set([
  '-',
  '–',
  '—',
  '..',
  '...',
  '…',
  'x',
  'n/a',
  'na',
  '#n/a',
  'null',
  'không có',
  'chưa có',
  'không',
  'kxđ',
  'k/xđ',
]);

/** Spaces of every kind, which group thousands in some files. */
const SPACES = /[\s\u00a0\u202f\u2009]/g;

/**
 * Which character separates decimals in a column (or a file): a cell with
 * both marks tells by the last one; otherwise a lone mark followed by other
 * than three digits is a decimal mark; otherwise the file's habit (`fallback`:
 * "," for semicolon-separated files, as Excel writes them in Vietnamese).
 */
export function detectDecimalSeparator(
  cells: Iterable<unknown>,
  fallback: DecimalSeparator,
): DecimalSeparator {
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const text = cell.replace(SPACES, '').replace(/%$/, '');
    if (!/^[-+]?[\d.,]+$/.test(text)) continue;
    const lastComma = text.lastIndexOf(',');
    const lastDot = text.lastIndexOf('.');
    if (lastComma >= 0 && lastDot >= 0) return lastComma > lastDot ? ',' : '.';
    if (/^[-+]?\d+,\d+$/.test(text) && !/,\d{3}$/.test(text)) return ',';
    if (/^[-+]?\d+\.\d+$/.test(text) && !/\.\d{3}$/.test(text)) return '.';
    // Two group marks of the same kind can only be thousands: "1.234.567".
    if (/^\d{1,3}(\.\d{3}){2,}$/.test(text)) return ',';
    if (/^\d{1,3}(,\d{3}){2,}$/.test(text)) return '.';
  }
  return fallback;
}

/** Reads one cell as a number, given the column's decimal separator. */
export function readCellNumber(raw: unknown, decimal: DecimalSeparator): CellNumber {
  if (typeof raw === 'number') {
    return Number.isFinite(raw)
      ? { kind: 'number', value: raw }
      : { kind: 'invalid', raw: String(raw) };
  }
  if (raw === null || raw === undefined) return { kind: 'missing', raw: '' };
  const shown = String(raw).trim();
  if (shown === '' || MISSING_MARKS.has(shown.toLowerCase()))
    return { kind: 'missing', raw: shown };
  const group = decimal === ',' ? '.' : ',';
  let text = shown.replace(SPACES, '').replace(/%$/, '');
  // Parentheses are how accountants write a negative amount.
  const negative = /^\(.*\)$/.test(text);
  if (negative) text = text.slice(1, -1);
  const grouped = new RegExp(`^[-+]?\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  const plain = new RegExp(`^[-+]?\\d*(\\${decimal}\\d+)?$`);
  if (!grouped.test(text) && !(plain.test(text) && /\d/.test(text))) {
    return { kind: 'invalid', raw: shown };
  }
  const value = Number(text.split(group).join('').replace(decimal, '.'));
  if (!Number.isFinite(value)) return { kind: 'invalid', raw: shown };
  return { kind: 'number', value: negative ? -value : value };
}
