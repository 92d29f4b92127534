import type { IndicatorDataset, PeriodValues } from './indicator-file';
import { PackedColumn } from './packed-column';
import type { UnitCode } from './units';

/** A period's columns as plain data: codes once, then each column's numbers (NaN = none). */
type TransferredPeriod = [
  period: string,
  codes: readonly UnitCode[],
  columns: [id: string, numbers: Float64Array][],
];

/** An indicator file as it crosses from the data worker to the page. */
export interface TransferredDataset extends Omit<IndicatorDataset, 'values'> {
  readonly values: readonly TransferredPeriod[];
}

/**
 * The dataset in a form the structured clone copies cheaply, and the
 * buffers to hand over rather than copy. Each period's codes go once,
 * however many columns share them; columns that are not packed (none, from
 * the file reader) are packed here.
 */
export function toTransfer(dataset: IndicatorDataset): {
  transferred: TransferredDataset;
  buffers: ArrayBuffer[];
} {
  const buffers: ArrayBuffer[] = [];
  const values = [...dataset.values].map(([period, columns]): TransferredPeriod => {
    const first = [...columns.values()].find((c) => c instanceof PackedColumn);
    const codes = first?.codes ?? [...new Set([...columns.values()].flatMap((c) => [...c.keys()]))];
    const packed = [...columns].map(([id, column]): [string, Float64Array] => {
      // A column without values (an indicator the period does not give) goes empty.
      if (column.size === 0) return [id, new Float64Array(0)];
      const numbers =
        column instanceof PackedColumn && column.codes === codes
          ? column.numbers
          : Float64Array.from(codes, (code) => column.get(code) ?? NaN);
      // A buffer is handed over whole: only one that holds just this column.
      if (
        numbers.byteLength === numbers.buffer.byteLength &&
        !buffers.includes(numbers.buffer as ArrayBuffer)
      )
        buffers.push(numbers.buffer as ArrayBuffer);
      return [id, numbers];
    });
    return [period, codes, packed];
  });
  return { transferred: { ...dataset, values }, buffers };
}

/** The dataset again, its columns read as maps over the numbers received. */
export function fromTransfer(transferred: TransferredDataset): IndicatorDataset {
  const values = new Map<string, PeriodValues>(
    transferred.values.map(([period, codes, columns]) => [
      period,
      new Map(
        columns.map(([id, numbers]) => [
          id,
          numbers.length === 0 ? new Map() : new PackedColumn(codes, numbers),
        ]),
      ),
    ]),
  );
  return { ...transferred, values };
}
