/**
 * CSV for spreadsheets: UTF-8 with a byte order mark (without it Excel reads
 * Vietnamese as mojibake), CRLF line ends, every cell quoted when it must be.
 * A cell that starts like a formula is prefixed with an apostrophe so a
 * spreadsheet never runs text that came from a data file.
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (value: string | number | null): string => {
    if (value === null) return '';
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
