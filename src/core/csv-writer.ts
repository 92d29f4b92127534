/**
 * CSV for spreadsheets: UTF-8 with a byte order mark (without it Excel reads
 * Vietnamese as mojibake), CRLF line ends, every cell quoted when it must be.
 * A cell that starts like a formula is prefixed with an apostrophe so a
 * spreadsheet never runs text that came from a data file.
 */
/** U+0000–U+001F but tab, line feed and carriage return; and DEL. */
// eslint-disable-next-line no-control-regex -- finding them is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (value: string | number | null): string => {
    if (value === null) return '';
    // Control characters (other than tab and line ends) have no place in a cell: dropped.
    let text = String(value).replace(CONTROL_CHARACTERS, '');
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
