import type { TableCell, TableSheet } from './unit-table';

/** A workbook cell as the writer takes it: a typed value and its number format. */
export type WorkbookCell =
  | null
  | {
      readonly type: StringConstructor;
      readonly value: string;
      readonly fontWeight?: 'bold';
      readonly wrap?: boolean;
    }
  | { readonly type: NumberConstructor; readonly value: number; readonly format: string };

export interface WorkbookSheet {
  readonly sheet: string;
  readonly data: readonly (readonly WorkbookCell[])[];
  readonly columns: readonly { readonly width: number }[];
  readonly stickyRowsCount?: number;
}

/**
 * The table as an Excel workbook: typed cells (a code stays text with its
 * leading zeros, a number a number, a rate a percentage of the same value),
 * bilingual headers, and a second sheet saying what the numbers are (source,
 * year, programme period, boundaries, base). Pure: the writer is loaded only
 * when a workbook is asked for.
 */
export function tableWorkbook(table: TableSheet, name = 'Bảng · Table'): WorkbookSheet[] {
  const header: WorkbookCell[] = table.header.map((value) => ({
    type: String,
    value,
    fontWeight: 'bold',
    wrap: true,
  }));
  const rows = table.rows.map((row) => row.map(workbookCell));
  return [
    {
      sheet: name,
      data: [header, ...rows],
      columns: table.header.map((_, i) => ({ width: i === 1 || i === 2 ? 28 : i === 3 ? 22 : 14 })),
      stickyRowsCount: 1,
    },
    {
      sheet: 'Nguồn · About',
      data: table.about.map(([key, value]) => [
        { type: String, value: key, fontWeight: 'bold' },
        { type: String, value },
      ]),
      columns: [{ width: 30 }, { width: 90 }],
    },
  ];
}

function workbookCell(cell: TableCell): WorkbookCell {
  if (cell.value === null) return null;
  if (cell.kind === 'text') return { type: String, value: cell.value };
  if (cell.kind === 'percent') return { type: Number, value: cell.value / 100, format: '0.00%' };
  return {
    type: Number,
    value: cell.value,
    format: Number.isInteger(cell.value) ? '#,##0' : '#,##0.00',
  };
}
