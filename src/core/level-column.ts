import { codeIndex } from './code-index';
import { entryOf } from './entry-of';
import type { UnitCode } from './units';

/**
 * An indicator column laid out in the order of a level's codes: entry i is
 * the value of `codes[i]`, NaN where the file has none (files hold finite
 * numbers only, so NaN is free to mean "no value").
 *
 * An indicator switch over ~10,600 communes and five periods reads ten such
 * columns; looking each value up by code costs a hash probe per unit, reading
 * it by index costs nothing. Each layout is made once per column and level and
 * kept as long as both are (a WeakMap on each), so a second switch, a year
 * step or a return to a layer reads typed arrays only.
 */
export type LevelColumn = Float64Array;

const layouts = new WeakMap<
  ReadonlyMap<UnitCode, number>,
  WeakMap<readonly UnitCode[], LevelColumn>
>();

/** A column's values in the order of `codes` (NaN = no value), made once and kept. */
export function levelColumn(
  column: ReadonlyMap<UnitCode, number>,
  codes: readonly UnitCode[],
): LevelColumn {
  // A few units of a long column (a unit's children, a selection) are looked up, not laid out.
  if (codes.length * 4 < column.size) return Float64Array.from(codes, (c) => column.get(c) ?? NaN);
  const byLevel = entryOf(layouts, column, () => new WeakMap<readonly UnitCode[], LevelColumn>());
  return entryOf(byLevel, codes, () => layOut(column, codes));
}

function layOut(column: ReadonlyMap<UnitCode, number>, codes: readonly UnitCode[]): LevelColumn {
  const laid = new Float64Array(codes.length).fill(NaN);
  // Files mostly list units in the boundary file's order: walk both together,
  // and look a code up only where the two orders part.
  let next = 0;
  let index: ReadonlyMap<UnitCode, number> | null = null;
  // forEach, not for…of: no [code, value] pair is made per entry (and a
  // packed column's forEach is a loop over its two arrays).
  column.forEach((value, code) => {
    if (codes[next] === code) {
      laid[next] = value;
      next += 1;
      return;
    }
    index ??= codeIndex(codes);
    const at = index.get(code);
    // A code of another level, or one the boundaries lack: not on this level.
    if (at === undefined) return;
    laid[at] = value;
    next = at + 1;
  });
  return laid;
}
