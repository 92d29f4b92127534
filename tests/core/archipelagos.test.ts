import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  archipelagosPresent,
  islandPoints,
  isNationalExtent,
  missingArchipelagoProblems,
  sovereigntyMarks,
} from '../../src/core/archipelagos';
import type { UnitFeature } from '../../src/core/boundary-file';
import { code } from './fixtures';

const square = (lng: number, lat: number, size = 0.01): Position[][] => [
  [
    [lng, lat],
    [lng + size, lat],
    [lng + size, lat + size],
    [lng, lat + size],
    [lng, lat],
  ],
];

function feature(c: string, polygons: Position[][][]): UnitFeature {
  return {
    type: 'Feature',
    geometry: { type: 'MultiPolygon', coordinates: polygons },
    properties: { code: code(c), name: c, level: 'commune', parent: null },
  };
}

/** Real extents: the 2025 communes with both archipelagos, and the demo's fictional region. */
const VIETNAM: [number, number, number, number] = [102.14, 7.18, 117.83, 23.39];
const DEMO: [number, number, number, number] = [103.87, 20.28, 106.67, 22.24];

describe('the archipelagos', () => {
  it('finds one point per island, and none on the mainland or its coastal islands', () => {
    const points = islandPoints([
      // Đà Nẵng's mainland and one island of Hoàng Sa (Phú Lâm).
      feature('20194', [square(108.2, 16.05, 0.1), square(112.33, 16.83)]),
      // Trường Sa: Song Tử Tây and a bank south-west of 9° N (as in the 2025 file).
      feature('22736', [square(114.33, 11.43), square(109.5, 7.4)]),
      // Khánh Hòa's coastal island Hòn Tre and Côn Đảo: not the archipelagos.
      feature('22333', [square(109.25, 12.2)]),
      feature('26000', [square(106.6, 8.68)]),
    ]);
    expect(points.features.map((f) => [f.properties.code, f.properties.archipelago])).toEqual([
      ['20194', 'hoang-sa'],
      ['22736', 'truong-sa'],
      ['22736', 'truong-sa'],
    ]);
    const [lng, lat] = points.features[0]!.geometry.coordinates as [number, number];
    expect(lng).toBeCloseTo(112.335, 3);
    expect(lat).toBeCloseTo(16.835, 3);
  });

  it('calls a map national when it spans the country, not a region of it', () => {
    expect(isNationalExtent(VIETNAM)).toBe(true);
    expect(isNationalExtent(DEMO)).toBe(false);
    expect(isNationalExtent(null)).toBe(false);
  });

  it('warns when a national file lacks an archipelago, and marks it from reference islands', () => {
    const present = new Set(['hoang-sa'] as const);
    const problems = missingArchipelagoProblems('provinces.geojson', VIETNAM, present);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message.vi).toMatch(
      /^không có đảo nào của Quần đảo Trường Sa \(Khánh Hòa\)/,
    );
    expect(problems[0]!.severity).toBe('warning');
    const marks = sovereigntyMarks(VIETNAM, present);
    expect(marks.labels.features.map((f) => f.properties.name)).toEqual([
      'Quần đảo Hoàng Sa',
      'Quần đảo Trường Sa',
    ]);
    expect(marks.landmarks.features).toHaveLength(6);
    expect(new Set(marks.landmarks.features.map((f) => f.properties.archipelago))).toEqual(
      new Set(['truong-sa']),
    );
  });

  it('names only the archipelagos a regional file has, and invents nothing for it', () => {
    expect(missingArchipelagoProblems('demo.geojson', DEMO, new Set())).toEqual([]);
    const none = sovereigntyMarks(DEMO, new Set());
    expect(none.labels.features).toEqual([]);
    expect(none.landmarks.features).toEqual([]);
    // Đà Nẵng alone: its islands are named, though the file is not national.
    const danang = sovereigntyMarks(
      [107.8, 15.9, 112.8, 17.2],
      archipelagosPresent(islandPoints([feature('48', [square(112.33, 16.83)])])),
    );
    expect(danang.labels.features.map((f) => f.properties.name)).toEqual(['Quần đảo Hoàng Sa']);
  });
});
