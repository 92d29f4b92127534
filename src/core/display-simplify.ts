/**
 * Geometry lighter for the map when a boundary file is heavier than a browser
 * draws smoothly: national communes at survey density are ~5 million points,
 * which MapLibre would cut into tiles for many seconds and hold in memory.
 *
 * Each feature is simplified on its own (Douglas–Peucker, with turf), with the
 * smallest tolerance that brings the whole set within the budget. Shared
 * borders may then part by up to the tolerance at high zoom — which is why
 * `npm run data:prepare` (topology-preserving) is the way to prepare a file
 * for good; this keeps a raw file usable in the meantime, and says so.
 */
import { simplify } from '@turf/turf';
import type { UnitFeature } from './boundary-file';

/** Points the map is given at most: under twice a national file prepared at default settings (~0.6 M). */
export const DISPLAY_VERTEX_BUDGET = 1_000_000;

/** 2 m doubled this many times is about 2 km: no use going coarser. */
const MAX_DOUBLINGS = 10;

export interface DisplaySimplification {
  readonly verticesBefore: number;
  readonly verticesAfter: number;
  /** In degrees; about 111 km per degree. */
  readonly tolerance: number;
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

const simplified = (feature: UnitFeature, tolerance: number): UnitFeature =>
  simplify(feature, { tolerance, highQuality: false, mutate: false }) as UnitFeature;

/**
 * The features within the budget, or the same features when they already are.
 * The tolerance is chosen on a sample (every tenth feature) so that the full
 * set is simplified once.
 */
export function simplifyForDisplay(
  features: readonly UnitFeature[],
  budget = DISPLAY_VERTEX_BUDGET,
): { features: readonly UnitFeature[]; simplification: DisplaySimplification | null } {
  const before = vertexCount(features);
  if (before <= budget) return { features, simplification: null };
  const sample = features.filter((_, i) => i % 10 === 0);
  const sampleBefore = vertexCount(sample);
  // From about 2 m, doubling, until the sample shrinks as much as the whole must.
  let tolerance = 0.00002;
  for (let step = 0; step < MAX_DOUBLINGS; step += 1) {
    const after = vertexCount(sample.map((f) => simplified(f, tolerance)));
    if ((after / sampleBefore) * before <= budget * 0.95) break;
    tolerance *= 2;
  }
  let result = features.map((f) => simplified(f, tolerance));
  // A sample can misjudge the whole: go on doubling on the full set if it did.
  for (let step = 0; vertexCount(result) > budget && step < MAX_DOUBLINGS; step += 1) {
    tolerance *= 2;
    result = features.map((f) => simplified(f, tolerance));
  }
  return {
    features: result,
    simplification: { verticesBefore: before, verticesAfter: vertexCount(result), tolerance },
  };
}
