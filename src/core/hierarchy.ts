import type { Level, Unit, UnitCode, Vintage } from './units';
import { levelsOf } from './units';

/**
 * The units of one vintage indexed for lookups up and down the tree.
 * Built once per loaded boundary set; every query is a map lookup.
 */
export interface Hierarchy {
  readonly vintage: Vintage;
  readonly units: ReadonlyMap<UnitCode, Unit>;
  /** Direct children of each unit, in input order. */
  readonly children: ReadonlyMap<UnitCode, readonly UnitCode[]>;
  /** Units of each level, in input order. */
  readonly byLevel: ReadonlyMap<Level, readonly UnitCode[]>;
}

export function buildHierarchy(vintage: Vintage, units: Iterable<Unit>): Hierarchy {
  const byCode = new Map<UnitCode, Unit>();
  const children = new Map<UnitCode, UnitCode[]>();
  const byLevel = new Map<Level, UnitCode[]>(levelsOf(vintage).map((level) => [level, []]));
  for (const unit of units) {
    byCode.set(unit.code, unit);
    byLevel.get(unit.level)?.push(unit.code);
  }
  for (const unit of byCode.values()) {
    if (unit.parent === null || !byCode.has(unit.parent)) continue;
    const list = children.get(unit.parent);
    if (list) list.push(unit.code);
    else children.set(unit.parent, [unit.code]);
  }
  return { vintage, units: byCode, children, byLevel };
}

/** The unit's ancestors from the top down, not including the unit itself. */
export function ancestorsOf(hierarchy: Hierarchy, code: UnitCode): Unit[] {
  const chain: Unit[] = [];
  let current = hierarchy.units.get(code);
  while (current?.parent) {
    const parent = hierarchy.units.get(current.parent);
    if (!parent) break;
    chain.unshift(parent);
    current = parent;
  }
  return chain;
}

/** All descendants of a unit at the given level (the unit itself if it is of that level). */
export function descendantsAt(hierarchy: Hierarchy, code: UnitCode, level: Level): UnitCode[] {
  const unit = hierarchy.units.get(code);
  if (!unit) return [];
  if (unit.level === level) return [code];
  const found: UnitCode[] = [];
  const stack = [...(hierarchy.children.get(code) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop() as UnitCode;
    const child = hierarchy.units.get(next);
    if (!child) continue;
    if (child.level === level) found.push(next);
    else stack.push(...(hierarchy.children.get(next) ?? []));
  }
  return found;
}

/** Whether `code` is `ancestor` or lies below it. */
export function isWithin(hierarchy: Hierarchy, code: UnitCode, ancestor: UnitCode): boolean {
  let current: Unit | undefined = hierarchy.units.get(code);
  while (current) {
    if (current.code === ancestor) return true;
    current = current.parent ? hierarchy.units.get(current.parent) : undefined;
  }
  return false;
}

/** The level below `level` in this vintage, or undefined at the bottom. */
export function childLevel(vintage: Vintage, level: Level): Level | undefined {
  const levels = levelsOf(vintage);
  return levels[levels.indexOf(level) + 1];
}

/** The level above `level` in this vintage, or undefined at the top. */
export function parentLevel(vintage: Vintage, level: Level): Level | undefined {
  const levels = levelsOf(vintage);
  const index = levels.indexOf(level);
  return index > 0 ? levels[index - 1] : undefined;
}
