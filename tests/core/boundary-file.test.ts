import { describe, expect, it } from 'vitest';
import { problemAt } from './problem-lines';
import { parseBoundaryFiles } from '../../src/core/boundary-file';

const square = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ],
};
const feature = (properties: Record<string, unknown>, geometry: unknown = square) => ({
  type: 'Feature',
  properties,
  geometry,
});

describe('reading boundary files', () => {
  it('reads units, infers levels from code length and parents from province_code', () => {
    const set = parseBoundaryFiles(
      [
        {
          name: 'b.geojson',
          json: {
            type: 'FeatureCollection',
            features: [
              feature({ code: '01', name: 'Hà Nội' }),
              feature({ code: '00004', name: 'Ba Đình', province_code: '01' }),
            ],
          },
        },
      ],
      '2025',
    );
    expect(set.units.map((u) => [u.code, u.level, u.parent])).toEqual([
      ['01', 'province', null],
      ['00004', 'commune', '01'],
    ]);
    expect(set.problems).toEqual([]);
  });

  it('normalises names to NFC', () => {
    const decomposed = 'Ba Đình'.normalize('NFD');
    const set = parseBoundaryFiles(
      [
        {
          name: 'b',
          json: {
            type: 'FeatureCollection',
            features: [feature({ code: '01', name: decomposed })],
          },
        },
      ],
      '2025',
    );
    expect(set.units[0]?.name).toBe('Ba Đình'.normalize('NFC'));
  });

  it('reports null geometries and duplicate codes with their feature numbers', () => {
    const set = parseBoundaryFiles(
      [
        {
          name: 'b.geojson',
          json: {
            type: 'FeatureCollection',
            features: [
              feature({ code: '01', name: 'A' }),
              feature({ code: '02', name: 'B' }, null),
              feature({ code: '01', name: 'C' }),
            ],
          },
        },
      ],
      '2025',
    );
    expect(set.units).toHaveLength(1);
    expect(set.problems.map((p) => problemAt(p))).toEqual([
      'feature 2 (code "02"): expected a Polygon or MultiPolygon geometry, found null; feature skipped',
      'b.geojson feature 1, b.geojson feature 3: code "01" appears 2 times; only the first is drawn',
    ]);
  });

  it('refuses a district in the 2025 vintage, which has none', () => {
    const set = parseBoundaryFiles(
      [
        {
          name: 'b',
          json: { type: 'FeatureCollection', features: [feature({ code: '975', name: 'Huyện' })] },
        },
      ],
      '2025',
    );
    expect(set.problems[0]?.message.en).toMatch(/cannot tell the level/);
  });

  it('refuses something that is not a FeatureCollection', () => {
    expect(() =>
      parseBoundaryFiles([{ name: 'b.json', json: { type: 'Topology' } }], '2025'),
    ).toThrow(/b\.json: expected a GeoJSON FeatureCollection, found "Topology"/);
  });
});

describe('invalid geometry (issue 20, point 7)', () => {
  const polygon = (...rings: unknown[][]) => ({ type: 'Polygon', coordinates: rings });
  const read = (features: unknown[]) =>
    parseBoundaryFiles(
      [{ name: 'hinh.geojson', json: { type: 'FeatureCollection', features } }],
      '2025',
    );

  it('closes an unclosed ring and says so', () => {
    const set = read([
      feature(
        { code: '01', name: 'Hà Nội' },
        polygon([
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ]),
      ),
    ]);
    expect(set.units.map((u) => u.code)).toEqual(['01']);
    expect(set.problems.map((p) => problemAt(p))).toEqual([
      'feature 1 (code "01"): 1 unclosed ring was closed (the first position added at the end)',
    ]);
  });

  it('leaves out a unit whose only ring has three positions, and one whose coordinates are text', () => {
    const set = read([
      feature(
        { code: '01', name: 'Hà Nội' },
        polygon([
          [0, 0],
          [1, 0],
          [0, 0],
        ]),
      ),
      feature(
        { code: '02', name: 'Hà Giang' },
        polygon([
          ['0', '0'],
          ['1', '0'],
          ['1', '1'],
          ['0', '0'],
        ]),
      ),
    ]);
    expect(set.units).toEqual([]);
    expect(set.problems.map((p) => problemAt(p))).toEqual([
      'feature 1 (code "01"): polygon 1 has an outer ring of 3 positions (at least 4 are needed); that polygon is left out',
      'feature 1 (code "01"): no polygon left to draw; feature skipped',
      'feature 2 (code "02"): coordinates that are not numbers (["0","0"]) in ring 1 of polygon 1; feature skipped',
    ]);
  });

  it('says where a ring crosses itself, and draws it as given', () => {
    // A bow tie: the ring crosses itself at (0.5, 0.5).
    const set = read([
      feature(
        { code: '01', name: 'Hà Nội' },
        polygon([
          [0, 0],
          [1, 1],
          [1, 0],
          [0, 1],
          [0, 0],
        ]),
      ),
    ]);
    expect(set.units.map((u) => u.code)).toEqual(['01']);
    expect(set.problems.map((p) => problemAt(p))).toEqual([
      'feature 1 (code "01"): ring 1 of polygon 1 crosses itself near (0.50000, 0.50000); drawn as given, but its area and area weights may be wrong',
    ]);
  });
});

describe('Shapefiles as Vietnamese GIS offices export them (issue 20, point 6)', () => {
  const read = (features: unknown[], vintage: '2021' | '2025') =>
    parseBoundaryFiles(
      [{ name: 'xa.shp', json: { type: 'FeatureCollection', features } }],
      vintage,
    );

  it("reads MA_XA / TEN_XA / MA_HUYEN / MA_TINH, numeric codes padded by their field's level", () => {
    const set = read(
      [
        feature({ MA_TINH: 1, TEN_TINH: 'Thành phố Hà Nội' }),
        feature({ MA_HUYEN: 1, TEN_HUYEN: 'Quận Ba Đình', MA_TINH: 1 }),
        feature({ MA_XA: 4, TEN_XA: 'Phường Phúc Xá', MA_HUYEN: 1, MA_TINH: 1 }),
      ],
      '2021',
    );
    expect(set.units.map((u) => [u.code, u.level, u.name, u.parent])).toEqual([
      ['01', 'province', 'Thành phố Hà Nội', null],
      ['001', 'district', 'Quận Ba Đình', '01'],
      ['00004', 'commune', 'Phường Phúc Xá', '001'],
    ]);
    // The padding is said once, not as an error on every feature.
    expect(set.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('reads field names cut to ten characters by the .dbf format', () => {
    const set = read(
      [
        feature({ province_c: '01', province_n: 'Thành phố Hà Nội' }),
        feature({ commune_co: '00004', commune_na: 'Phường Ba Đình', province_c: '01' }),
      ],
      '2025',
    );
    expect(set.units.map((u) => [u.code, u.level, u.name, u.parent])).toEqual([
      ['01', 'province', 'Thành phố Hà Nội', null],
      ['00004', 'commune', 'Phường Ba Đình', '01'],
    ]);
    expect(set.problems).toEqual([]);
  });
});

describe('polygons wrapped in a GeometryCollection (issue 20, point 10c)', () => {
  it('reads them as one MultiPolygon and says so', () => {
    const set = parseBoundaryFiles(
      [
        {
          name: 'gc.geojson',
          json: {
            type: 'FeatureCollection',
            features: [
              feature(
                { code: '01', name: 'Hà Nội' },
                { type: 'GeometryCollection', geometries: [square, square] },
              ),
            ],
          },
        },
      ],
      '2025',
    );
    expect(set.units.map((u) => u.code)).toEqual(['01']);
    expect(set.problems.map((p) => problemAt(p))).toEqual([
      'feature 1 (code "01"): geometry is a GeometryCollection of polygons; read as one MultiPolygon',
    ]);
  });
});

describe('coordinates nested 100,000 deep (issue 20, point 10b)', () => {
  it('refuses the feature with a short message instead of overflowing the stack', () => {
    let deep: unknown = [0, 0];
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    const set = parseBoundaryFiles(
      [
        {
          name: 'sau.geojson',
          json: {
            type: 'FeatureCollection',
            features: [
              feature({ code: '01', name: 'Hà Nội' }, { type: 'Polygon', coordinates: deep }),
            ],
          },
        },
      ],
      '2025',
    );
    expect(set.units).toEqual([]);
    expect(set.problems.map((p) => problemAt(p))).toEqual([
      'feature 1 (code "01"): coordinates that are not numbers ([[…]]) in ring 1 of polygon 1; feature skipped',
    ]);
  });
});

describe('communes whose parent is not in the files', () => {
  it('are said once per parent, with how many and which, not once per commune', () => {
    const set = parseBoundaryFiles(
      [
        {
          name: 'quang-ninh.geojson',
          json: {
            type: 'FeatureCollection',
            features: ['06652', '06658', '06661', '06673'].map((code, i) =>
              feature({ code, name: `Xã ${i + 1}`, province_code: '22' }),
            ),
          },
        },
      ],
      '2025',
    );
    expect(set.units).toHaveLength(4);
    expect(set.problems.map((p) => [p.where, p.message.en])).toEqual([
      [
        {
          vi: '4 xã: 06652 (Xã 1), 06658 (Xã 2), 06661 (Xã 3), …',
          en: '4 communes: 06652 (Xã 1), 06658 (Xã 2), 06661 (Xã 3), …',
        },
        'their parent 22 has no boundary in the files; they are drawn but have no parent to aggregate into',
      ],
    ]);
  });
});
