/**
 * Which sheet of a workbook holds the data. Offices put instructions, a
 * cover or notes on the first sheet ("Hướng dẫn", "Ghi chú") and the figures
 * on another; taking the first sheet would offer the person a table of
 * sentences. A data row has at least two filled cells and a figure.
 */
import type { TableCell, TableLayout } from './table-header';

interface SheetToChoose {
  readonly raw: { readonly rows: readonly (readonly TableCell[])[] };
  readonly layout: TableLayout;
}

const isFilled = (cell: TableCell) => cell !== null && String(cell).trim() !== '';
const isFigure = (cell: TableCell) =>
  typeof cell === 'number' || /^[-+]?\d[\d.,\s\u00a0]*%?$/.test(String(cell ?? '').trim());

/**
 * The rows under the header that read as data: two filled cells or more,
 * one of them a figure other than the row's own number — so that numbered
 * steps ("1 | Nhập mã xã…") are not figures.
 */
export function dataRowCount(table: SheetToChoose): number {
  let count = 0;
  for (const row of table.raw.rows.slice(table.layout.firstDataRow)) {
    const filled = row.filter(isFilled);
    if (filled.length >= 2 && filled.slice(1).some(isFigure)) count += 1;
  }
  return count;
}

/**
 * Given each sheet's {@link dataRowCount}, the first sheet with at least
 * half as many data rows as the fullest: a
 * workbook of yearly sheets keeps its order, while a page of numbered
 * instructions ("1 | Nhập mã xã") does not outweigh a sheet of communes.
 */
export function chooseDataSheet(counts: readonly number[]): number {
  const most = Math.max(0, ...counts);
  return Math.max(
    0,
    counts.findIndex((count) => count > 0 && count * 2 >= most),
  );
}
