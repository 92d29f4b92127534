import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseBoundaryFiles, type UnitFeature } from '../../src/core/boundary-file';
import { simplifyForDisplay, vertexCount } from '../../src/core/display-simplify';

const file = join(import.meta.dirname, '../../data/demo/boundaries-2021.geojson');
const { features } = parseBoundaryFiles(
  [{ name: 'boundaries-2021.geojson', json: JSON.parse(readFileSync(file, 'utf8')) }],
  '2021',
);

/** Three points added between every two of a ring: the demo at four times its density, as a survey file is. */
function densified(feature: UnitFeature): UnitFeature {
  const ring = (points: Position[]): Position[] =>
    points.flatMap((p, i) => {
      const next = points[i + 1];
      if (!next) return [p];
      return [0, 0.25, 0.5, 0.75].map((t) => [
        p[0]! + (next[0]! - p[0]!) * t,
        p[1]! + (next[1]! - p[1]!) * t,
      ]);
    });
  const g = feature.geometry;
  const geometry =
    g.type === 'Polygon'
      ? { ...g, coordinates: g.coordinates.map(ring) }
      : { ...g, coordinates: g.coordinates.map((polygon) => polygon.map(ring)) };
  return { ...feature, geometry };
}

const ringsOf = (f: UnitFeature): Position[][] =>
  f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
const pointsOf = (f: UnitFeature) =>
  new Set(
    ringsOf(f)
      .flat()
      .map((p) => `${p[0]},${p[1]}`),
  );

describe('lightening heavy boundaries for the map', () => {
  const dense = features.map(densified);

  it('leaves a file within the budget as it is', () => {
    const result = simplifyForDisplay(features, vertexCount(features));
    expect(result.features).toBe(features);
    expect(result.simplification).toBeNull();
  });

  it('brings a heavier file within the budget, keeping every unit a closed polygon', () => {
    const before = vertexCount(dense);
    const budget = Math.round(before / 3);
    const { features: light, simplification } = simplifyForDisplay(dense, budget);
    expect(simplification?.verticesBefore).toBe(before);
    expect(simplification?.verticesAfter).toBe(vertexCount(light));
    expect(vertexCount(light)).toBeLessThanOrEqual(budget);
    expect(light.map((f) => f.properties.code)).toEqual(dense.map((f) => f.properties.code));
    for (const f of light) {
      for (const ring of ringsOf(f)) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
      }
    }
    // The originals are not touched: the worker keeps them for bounds.
    expect(vertexCount(dense)).toBe(before);
  });

  it('moves a shared border the same way for both neighbours: no gap opens between them', () => {
    const { features: light } = simplifyForDisplay(dense, Math.round(vertexCount(dense) / 3));
    const communes = dense
      .map((f, i) => ({ before: pointsOf(f), after: pointsOf(light[i]!) }))
      .filter((_, i) => dense[i]!.properties.level === 'commune');
    let pairs = 0;
    for (let a = 0; a < communes.length; a += 1) {
      for (let b = a + 1; b < communes.length; b += 1) {
        const [A, B] = [communes[a]!, communes[b]!];
        const shared = [...A.before].filter((p) => B.before.has(p));
        if (shared.length < 2) continue;
        pairs += 1;
        // Every point A keeps on their common border, B keeps too.
        const keptByA = shared.filter((p) => A.after.has(p));
        expect(keptByA.every((p) => B.after.has(p))).toBe(true);
        expect(keptByA.length).toBeGreaterThanOrEqual(2);
      }
    }
    // The 300 demo communes have hundreds of neighbours.
    expect(pairs).toBeGreaterThan(500);
  });
});
