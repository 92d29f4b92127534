import type { UnitCode } from './units';

/** A unit where it is on screen (the centre of its bounds, in CSS pixels). */
export interface ScreenUnit {
  readonly code: UnitCode;
  readonly x: number;
  readonly y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const AXES: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/** How far across the arrow a unit may lie for every pixel along it: within 60° either side. */
const SPREAD = Math.tan((60 * Math.PI) / 180);

/**
 * The unit a person at the keyboard goes to from `from` with an arrow key:
 * among the units ahead (within 60° of the arrow), the nearest, straying
 * from the arrow's line counting double. Null when there is none that way.
 */
export function unitInDirection(
  from: ScreenUnit,
  units: readonly ScreenUnit[],
  direction: Direction,
): UnitCode | null {
  const [ax, ay] = AXES[direction];
  let best: UnitCode | null = null;
  let bestScore = Infinity;
  for (const unit of units) {
    if (unit.code === from.code) continue;
    const dx = unit.x - from.x;
    const dy = unit.y - from.y;
    const along = dx * ax + dy * ay;
    const across = Math.abs(dx * ay - dy * ax);
    if (along <= 0 || across > along * SPREAD) continue;
    const score = along + 2 * across;
    if (score < bestScore) [best, bestScore] = [unit.code, score];
  }
  return best;
}

/** The unit nearest a point: where keyboard travel starts (the map's centre). */
export function nearestUnit(
  at: { readonly x: number; readonly y: number },
  units: readonly ScreenUnit[],
): UnitCode | null {
  let best: UnitCode | null = null;
  let bestDistance = Infinity;
  for (const unit of units) {
    const distance = Math.hypot(unit.x - at.x, unit.y - at.y);
    if (distance < bestDistance) [best, bestDistance] = [unit.code, distance];
  }
  return best;
}
