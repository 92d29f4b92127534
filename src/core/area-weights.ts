import { area, featureCollection, intersect } from '@turf/turf';
import type { UnitFeature } from './boundary-file';
import { buildCrosswalk, successorsOf, type Crosswalk, type CrosswalkLink } from './crosswalk';
import type { UnitCode } from './units';

/** An old unit split between several new ones, and those new ones, in the crosswalk's order. */
export interface UnweightedSplit {
  readonly from: UnitCode;
  readonly to: readonly UnitCode[];
}

/** Old units split with no weight given for some part: their counts would have to be divided equally. */
export function splitsWithoutWeights(crosswalk: Crosswalk): UnweightedSplit[] {
  const splits: UnweightedSplit[] = [];
  for (const [from, links] of crosswalk.successors) {
    if (links.length < 2 || links.every((link) => link.weight !== null)) continue;
    splits.push({ from, to: links.map((link) => link.to) });
  }
  return splits;
}

/**
 * The share of an old unit's area inside each new unit, by intersecting the
 * two geometries (turf). Shares are scaled to add up to 1: the two vintages'
 * borders never coincide exactly, and a sliver outside every new unit is a
 * drawing difference, not territory that went nowhere. Null when the old
 * unit overlaps none of them.
 */
export function areaShares(
  old: UnitFeature,
  parts: readonly (UnitFeature | undefined)[],
): number[] | null {
  const areas = parts.map((part) => {
    if (!part) return 0;
    const common = intersect(featureCollection([old, part]));
    return common ? area(common) : 0;
  });
  const total = areas.reduce((sum, a) => sum + a, 0);
  return total > 0 ? areas.map((a) => a / total) : null;
}

/**
 * The crosswalk with the computed area shares filled in where the file gave
 * no weight; weights the file gives are kept as they are. Each filled link
 * says its weight came from the areas.
 */
export function withAreaWeights(
  crosswalk: Crosswalk,
  shares: ReadonlyMap<UnitCode, readonly number[]>,
): Crosswalk {
  const links: CrosswalkLink[] = [];
  const filled = new Map<CrosswalkLink, CrosswalkLink>();
  for (const [from, parts] of shares) {
    successorsOf(crosswalk, from).forEach((link, index) => {
      const share = parts[index];
      if (link.weight === null && share !== undefined) {
        filled.set(link, { ...link, type: 'partial', weight: share, weightFrom: 'area' });
      }
    });
  }
  for (const link of crosswalk.links) links.push(filled.get(link) ?? link);
  return buildCrosswalk(crosswalk.from, crosswalk.to, links, {
    synthetic: crosswalk.synthetic,
    source: crosswalk.source,
  });
}
