import { describe, expect, it } from 'vitest';
import { parseBoundaryFiles } from '../../src/core/boundary-file';
import { drawsAsIs } from '../../src/core/prepared-boundaries';

const square = (x: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 10],
      [x + 1, 10],
      [x + 1, 11],
      [x, 10],
    ],
  ],
});

const file = (features: unknown[]) => ({ type: 'FeatureCollection', features });
const province = { code: '01', name: 'Tỉnh A', level: 'province' };
const commune = { code: '00004', name: 'Xã B', level: 'commune', parent: '01' };

describe('whether the map can draw a boundary file as it is', () => {
  const check = (json: ReturnType<typeof file>) =>
    drawsAsIs(json, parseBoundaryFiles([{ name: 'f.geojson', json }], '2025'));

  it('accepts a file whose codes are text and whose levels are named', () => {
    expect(
      check(
        file([
          { type: 'Feature', geometry: square(0), properties: province },
          { type: 'Feature', geometry: square(1), properties: commune },
        ]),
      ),
    ).toBe(true);
  });

  it('refuses one whose codes are numbers: the map would not find them', () => {
    expect(
      check(
        file([
          { type: 'Feature', geometry: square(0), properties: province },
          { type: 'Feature', geometry: square(1), properties: { ...commune, code: 4 } },
        ]),
      ),
    ).toBe(false);
  });

  it('refuses one whose levels are only told by code length', () => {
    expect(
      check(
        file([{ type: 'Feature', geometry: square(0), properties: { code: '01', name: 'A' } }]),
      ),
    ).toBe(false);
  });

  it('refuses one with a skipped feature or a repeated code', () => {
    const point = { type: 'Point', coordinates: [0, 0] };
    expect(
      check(
        file([
          { type: 'Feature', geometry: square(0), properties: province },
          { type: 'Feature', geometry: point, properties: commune },
        ]),
      ),
    ).toBe(false);
    expect(
      check(
        file([
          { type: 'Feature', geometry: square(0), properties: province },
          { type: 'Feature', geometry: square(1), properties: province },
        ]),
      ),
    ).toBe(false);
  });
});
