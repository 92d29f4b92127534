import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBoundaryFiles } from '../../src/core/boundary-file';
import { simplifyForDisplay, vertexCount } from '../../src/core/display-simplify';

const file = join(import.meta.dirname, '../../data/demo/boundaries-2021.geojson');
const { features } = parseBoundaryFiles(
  [{ name: 'boundaries-2021.geojson', json: JSON.parse(readFileSync(file, 'utf8')) }],
  '2021',
);

describe('lightening heavy boundaries for the map', () => {
  it('leaves a file within the budget as it is', () => {
    const result = simplifyForDisplay(features, vertexCount(features));
    expect(result.features).toBe(features);
    expect(result.simplification).toBeNull();
  });

  it('brings a heavier file within the budget, keeping every unit a closed polygon', () => {
    const before = vertexCount(features);
    // The demo is coarse already (about ten points a commune): a 30 % cut is real work.
    const budget = Math.round(before * 0.7);
    const { features: light, simplification } = simplifyForDisplay(features, budget);
    expect(simplification?.verticesBefore).toBe(before);
    expect(simplification?.verticesAfter).toBe(vertexCount(light));
    expect(vertexCount(light)).toBeLessThanOrEqual(budget);
    expect(light.map((f) => f.properties.code)).toEqual(features.map((f) => f.properties.code));
    for (const { geometry } of light) {
      const rings =
        geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
      for (const ring of rings) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
      }
    }
    // The originals are not touched: the worker keeps them for bounds.
    expect(vertexCount(features)).toBe(before);
  });
});
