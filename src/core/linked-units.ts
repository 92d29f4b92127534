import type { Crosswalk } from './crosswalk';
import { descendantsAt, type Hierarchy } from './hierarchy';
import type { UnitCode } from './units';

/**
 * The units of the other geography that a unit is linked to: an old unit's
 * successors, or a new unit's predecessors. A unit the crosswalk does not
 * name itself (an old district, a new province in a commune-only crosswalk)
 * is linked through the communes within it. `hierarchy` is the unit's own
 * geography; codes are only compared within a vintage, as 2025 codes reuse
 * old ones.
 */
export function linkedAcross(
  crosswalk: Crosswalk,
  hierarchy: Hierarchy,
  code: UnitCode,
): UnitCode[] {
  const forward = hierarchy.vintage === crosswalk.from;
  if (!forward && hierarchy.vintage !== crosswalk.to) return [];
  const index = forward ? crosswalk.successors : crosswalk.predecessors;
  const other = (links: ReturnType<typeof index.get>) =>
    (links ?? []).map((link) => (forward ? link.to : link.from));
  const direct = other(index.get(code));
  if (direct.length > 0) return [...new Set(direct)];
  const found = new Set<UnitCode>();
  for (const commune of descendantsAt(hierarchy, code, 'commune')) {
    for (const linked of other(index.get(commune))) found.add(linked);
  }
  return [...found];
}
