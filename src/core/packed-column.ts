import { codeIndex } from './code-index';
import type { UnitCode } from './units';

/**
 * An indicator column as read from a file: the period's unit codes in file
 * order (shared by every column of the period) and one number per code, NaN
 * where the file gives none. Read as a map from code to value.
 *
 * A national file holds ~530,000 values (10,600 communes × 5 years × 10
 * columns). As one hash map per column they cost the data worker ~100 ms
 * to build, and the page as much again to receive, entry by entry; as
 * typed arrays they are handed over without copying, and laying a column
 * out for a level walks two arrays.
 */
export class PackedColumn implements ReadonlyMap<UnitCode, number> {
  readonly size: number;

  constructor(
    readonly codes: readonly UnitCode[],
    readonly numbers: Float64Array,
  ) {
    let size = 0;
    for (let i = 0; i < numbers.length; i += 1) if (!Number.isNaN(numbers[i])) size += 1;
    this.size = size;
  }

  get(code: UnitCode): number | undefined {
    const at = codeIndex(this.codes).get(code);
    if (at === undefined) return undefined;
    const value = this.numbers[at] as number;
    return Number.isNaN(value) ? undefined : value;
  }

  has(code: UnitCode): boolean {
    return this.get(code) !== undefined;
  }

  forEach(
    callback: (value: number, key: UnitCode, map: ReadonlyMap<UnitCode, number>) => void,
  ): void {
    for (let i = 0; i < this.numbers.length; i += 1) {
      const value = this.numbers[i] as number;
      if (!Number.isNaN(value)) callback(value, this.codes[i] as UnitCode, this);
    }
  }

  *entries(): MapIterator<[UnitCode, number]> {
    for (let i = 0; i < this.numbers.length; i += 1) {
      const value = this.numbers[i] as number;
      if (!Number.isNaN(value)) yield [this.codes[i] as UnitCode, value];
    }
  }

  *keys(): MapIterator<UnitCode> {
    for (const [code] of this.entries()) yield code;
  }

  *values(): MapIterator<number> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[UnitCode, number]> {
    return this.entries();
  }
}
