import type { Classification } from './classify';
import { entryOf } from './entry-of';
import type { IndicatorDataset } from './indicator-file';
import type { UnitCode } from './units';

/** A classification and how many values it was computed on. */
export interface BasisClasses {
  readonly classification: Classification;
  readonly values: number;
}

/**
 * Per level and file: every layer of a level (77 at district level in the
 * demo, prepared while the page is idle) and then some; a few kilobytes each.
 */
export const KEPT_PER_FILE = 160;

const kept = new WeakMap<
  readonly UnitCode[],
  WeakMap<IndicatorDataset, Map<string, BasisClasses>>
>();

/**
 * The classes of a layer on a level, computed once per choice and kept.
 *
 * Breaks pooled over every period depend neither on the year shown nor on
 * the order layers are visited, yet computing them means gathering and
 * partitioning ~53,000 values for 10,600 communes over five years. Kept here,
 * a year step or a return to a layer costs a lookup. `key` must name
 * everything the classes depend on besides the level's units and the file
 * (layer, periods pooled, method, classes, breaks, palette…); both of those
 * are held weakly, so a replaced file or boundary set takes its classes with it.
 */
export function keptClasses(
  codes: readonly UnitCode[],
  dataset: IndicatorDataset,
  key: string,
  compute: () => BasisClasses,
): BasisClasses {
  const byFile = entryOf(
    kept,
    codes,
    () => new WeakMap<IndicatorDataset, Map<string, BasisClasses>>(),
  );
  const entries = entryOf(byFile, dataset, () => new Map<string, BasisClasses>());
  const found = entries.get(key);
  if (found) {
    // Most recently used last: the first entry is the one to let go.
    entries.delete(key);
    entries.set(key, found);
    return found;
  }
  const made = compute();
  entries.set(key, made);
  if (entries.size > KEPT_PER_FILE) entries.delete(entries.keys().next().value as string);
  return made;
}
