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
export interface TransferredDataset extends Omit<IndicatorDataset, 'values' | 'origins'> {
  readonly values: readonly TransferredPeriod[];
  /** The row each unit's values came from, as codes and one handed-over array of rows. */
  readonly origins?: readonly [codes: readonly UnitCode[], rows: Int32Array];
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
  let previousCodes: readonly UnitCode[] = [];
  const values = [...dataset.values].map(([period, columns]): TransferredPeriod => {
    const first = [...columns.values()].find((c) => c instanceof PackedColumn);
    let codes = first?.codes ?? [...new Set([...columns.values()].flatMap((c) => [...c.keys()]))];
    // Periods of the same units share one list: the structured clone then copies it once
    // (16 years of 100,000 communes were 1.6 million strings to receive).
    if (sameCodes(codes, previousCodes)) codes = previousCodes;
    previousCodes = codes;
    const packed = [...columns].map(([id, column]): [string, Float64Array] => {
      // A column without values (an indicator the period does not give) goes empty.
      if (column.size === 0) return [id, new Float64Array(0)];
      const numbers =
        column instanceof PackedColumn && (column.codes === codes || column.codes === first?.codes)
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
  const { origins: rowsOf, ...rest } = dataset;
  let origins: TransferredDataset['origins'];
  if (rowsOf) {
    const rows = Int32Array.from(rowsOf.values());
    buffers.push(rows.buffer as ArrayBuffer);
    origins = [[...rowsOf.keys()], rows];
  }
  return { transferred: { ...rest, values, ...(origins ? { origins } : {}) }, buffers };
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
  const { origins: packed, ...rest } = transferred;
  const origins = packed
    ? new Map(packed[0].map((code, i): [UnitCode, number] => [code, packed[1][i] as number]))
    : undefined;
  return { ...rest, values, ...(origins ? { origins } : {}) };
}

function sameCodes(a: readonly UnitCode[], b: readonly UnitCode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
