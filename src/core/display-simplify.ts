/**
 * Geometry lighter for the map when a boundary file is heavier than a browser
 * draws smoothly: national communes at survey density are ~5 million points,
 * which MapLibre would cut into tiles for many seconds and hold in memory.
 *
 * The whole set is simplified as one topology (see simplify-topology.ts): a
 * border shared by two units — or by a commune and its province — moves the
 * same way for both, so no gap opens between neighbours at any zoom, and no
 * unit is ever dropped. Issue 18 measured the alternative, each unit
 * simplified on its own (Douglas–Peucker): 2.5 s instead of 5.3 s for 4.56
 * million points, but with gaps of up to its tolerance (about 9 m) along
 * every shared border, visible from the commune zoom.
 */
import type { UnitFeature } from './boundary-file';
import { topologySimplifier } from './simplify-topology';

/** Points the map is given at most: under twice a national file prepared at default settings (~0.6 M). */
export const DISPLAY_VERTEX_BUDGET = 1_000_000;

export interface DisplaySimplification {
  readonly verticesBefore: number;
  readonly verticesAfter: number;
}

export function vertexCount(features: readonly UnitFeature[]): number {
  let count = 0;
  for (const { geometry } of features) {
    if (geometry.type === 'Polygon') for (const ring of geometry.coordinates) count += ring.length;
    else
      for (const polygon of geometry.coordinates) for (const ring of polygon) count += ring.length;
  }
  return count;
}

/**
 * The features within the budget, or the same features when they already
 * are. The topology is built once; the share of points kept is first taken
 * from the budget, then lowered while the result is over it: points where
 * three units meet always stay, so a file of many small units needs a
 * smaller share than the budget alone says.
 */
export function simplifyForDisplay(
  features: readonly UnitFeature[],
  budget = DISPLAY_VERTEX_BUDGET,
): { features: readonly UnitFeature[]; simplification: DisplaySimplification | null } {
  const before = vertexCount(features);
  if (before <= budget) return { features, simplification: null };
  const simplifyTo = topologySimplifier(features.map((f) => f.geometry));
  let keep = (budget * 0.95) / before;
  let result = simplifyTo(keep);
  for (let step = 0; result.pointsAfter > budget && step < 8; step += 1) {
    keep *= Math.min(0.8, (budget * 0.95) / result.pointsAfter);
    result = simplifyTo(keep);
  }
  return {
    features: features.map((f, i) => ({ ...f, geometry: result.shapes[i]! })),
    simplification: { verticesBefore: before, verticesAfter: result.pointsAfter },
  };
}
