import { splitsWithoutWeights } from './area-weights';
import type { Crosswalk } from './crosswalk';
import { checkCrosswalk, splitUnits } from './crosswalk-check';
import type { Hierarchy } from './hierarchy';
import type { DataProblem } from './problems';
import type { UnitCode } from './units';

/** What a planner is told about a crosswalk they loaded. */
export interface CrosswalkSummary {
  readonly links: number;
  readonly oldUnits: number;
  readonly newUnits: number;
  /** Old units split between several new ones, and how many of those have no weights. */
  readonly splits: number;
  readonly unweightedSplits: number;
  /** Checked against the units of each geography that is loaded. */
  readonly checkedOld: boolean;
  readonly checkedNew: boolean;
  readonly problems: readonly DataProblem[];
}

/**
 * Counts a crosswalk and checks it against the geographies loaded: only the
 * levels the crosswalk links are checked (a commune crosswalk says nothing
 * of provinces), and the old units of the levels it links must all go
 * somewhere.
 */
export function summarizeCrosswalk(
  crosswalk: Crosswalk,
  fileName: string,
  loaded: { readonly old?: Hierarchy; readonly new?: Hierarchy },
): CrosswalkSummary {
  const levels = new Set(crosswalk.links.map((link) => link.level));
  const codesOf = (hierarchy: Hierarchy | undefined): UnitCode[] | undefined =>
    hierarchy
      ? [...levels].flatMap((level) => [...(hierarchy.byLevel.get(level) ?? [])])
      : undefined;
  return {
    links: crosswalk.links.length,
    oldUnits: crosswalk.successors.size,
    newUnits: crosswalk.predecessors.size,
    splits: splitUnits(crosswalk).size,
    unweightedSplits: splitsWithoutWeights(crosswalk).length,
    checkedOld: !!loaded.old,
    checkedNew: !!loaded.new,
    problems: checkCrosswalk(crosswalk, fileName, {
      old: codesOf(loaded.old),
      new: codesOf(loaded.new),
    }),
  };
}
