import { entryOf } from './entry-of';
import type { UnitCode } from './units';

const indexes = new WeakMap<readonly UnitCode[], ReadonlyMap<UnitCode, number>>();

/** Where each code sits in a list (a level's units, a period's rows): made once per list and kept with it. */
export function codeIndex(codes: readonly UnitCode[]): ReadonlyMap<UnitCode, number> {
  return entryOf(indexes, codes, () => new Map(codes.map((code, i) => [code, i])));
}
