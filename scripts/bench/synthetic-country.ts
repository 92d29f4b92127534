/**
 * The benchmark's synthetic country, also drawn by the fidelity test: ~10,600
 * communes as Voronoi cells in 63 rectangular "provinces", with five years of
 * indicator values from a seeded generator. Written to a folder (never committed).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import { CATALOGUE } from '../../src/core/catalogue';
import { createRandom } from '../demo/random';

/** Five years, as a national file carries them: breaks pooled over all of them cost five levels' values. */
export const BENCH_PERIODS = ['2021', '2022', '2023', '2024', '2025'];

export function writeBenchIndicators(codes: string[], file: string): void {
  const random = createRandom(7);
  const values: Record<string, Record<string, Record<string, number>>> = {};
  for (const period of BENCH_PERIODS) values[period] = {};
  for (const code of codes) {
    const households = 500 + Math.floor(random.next() * 4000);
    const criteria = Math.floor(random.next() * 16);
    const poverty = random.next() * 0.3;
    BENCH_PERIODS.forEach((period, year) => {
      const allocated = Math.round(2000 + random.next() * 30000);
      values[period]![code] = {
        ntm_criteria_met: Math.min(19, criteria + Math.floor(random.next() * (year + 1))),
        households_total: households + year * 20,
        poor_households: Math.floor(households * poverty * (1 - year * 0.12)),
        near_poor_households: Math.floor(households * poverty * 0.6),
        ocop_total: Math.floor(random.next() * random.next() * 12),
        funds_allocated_total: allocated,
        funds_disbursed_total: Math.round(allocated * (0.4 + random.next() * 0.6)),
      };
    });
  }
  const indicators = CATALOGUE.filter((d) =>
    [
      'ntm_criteria_met',
      'households_total',
      'poor_households',
      'near_poor_households',
      'poor_rate',
      'multidim_poor_rate',
      'ocop_total',
      'funds_allocated_total',
      'funds_disbursed_total',
      'funds_disbursement_rate',
    ].includes(d.id),
  );
  writeFileSync(
    file,
    JSON.stringify({
      format: 'ntp-atlas/indicators',
      version: 1,
      vintage: '2025',
      title: 'benchmark (synthetic values)',
      synthetic: true,
      periods: BENCH_PERIODS,
      indicators,
      values,
    }),
  );
}

/** Writes provinces.geojson, communes.geojson and indicators.json to `folder`; returns the commune codes. */
export function writeSyntheticCountry(folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  const random = createRandom(11);
  const provinces: GeoJSON.Feature[] = [];
  const communes: GeoJSON.Feature[] = [];
  const [cols, rows, perProvince] = [9, 7, 169];
  let communeCode = 10000;
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      const bbox: [number, number, number, number] = [
        102 + c * 0.9,
        9 + r * 2,
        102 + (c + 1) * 0.9,
        9 + (r + 1) * 2,
      ];
      const code = String(10 + provinces.length);
      provinces.push(
        turf.bboxPolygon(bbox, {
          properties: { code, name: `Tỉnh Thử ${code}`, level: 'province' },
        }),
      );
      const points = turf.featureCollection(
        Array.from({ length: perProvince }, () =>
          turf.point([bbox[0] + random.next() * 0.9, bbox[1] + random.next() * 2]),
        ),
      );
      for (const cell of turf.voronoi(points, { bbox }).features) {
        if (!cell) continue;
        const id = String(communeCode++);
        communes.push({
          ...turf.truncate(cell, { precision: 5 }),
          properties: { code: id, name: `Xã Thử ${id}`, level: 'commune', parent: code },
        });
      }
    }
  }
  writeFileSync(
    join(folder, 'provinces.geojson'),
    JSON.stringify(turf.featureCollection(provinces)),
  );
  writeFileSync(join(folder, 'communes.geojson'), JSON.stringify(turf.featureCollection(communes)));
  const codes = communes.map((f) => f.properties!.code as string);
  writeBenchIndicators(codes, join(folder, 'indicators.json'));
  return codes;
}
