import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { area, intersect, simplify as simplifyFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArguments, runPrepare } from '../../scripts/data-prepare';
import type { PrepareResult } from '../../scripts/prepare/prepare-boundaries';
import { layoutRole } from '../../scripts/prepare/upstream-layout';
import { parseBoundaryFiles } from '../../src/core/boundary-file';
import { inferVintage } from '../../src/core/infer-vintage';
import { drawsAsIs } from '../../src/core/prepared-boundaries';

const SAMPLE = join(__dirname, '../../../shared/fixtures/upstream-sample');
const present = existsSync(join(SAMPLE, '04_cao_bang'));
if (!present) console.warn(`Skipping the data:prepare tests on ${SAMPLE}: it is absent.`);

type Shape = Feature<Polygon | MultiPolygon>;

/** The largest overlap between two units, as a share of the smaller one's area. */
function worstOverlap(features: readonly Shape[]): number {
  let worst = 0;
  const boxes = features.map((f) => {
    const points = (
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
    ).flat(2);
    const xs = points.map((p) => p[0] as number);
    const ys = points.map((p) => p[1] as number);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  });
  for (let i = 0; i < features.length; i += 1) {
    for (let j = i + 1; j < features.length; j += 1) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a[0]! > b[2]! || b[0]! > a[2]! || a[1]! > b[3]! || b[1]! > a[3]!) continue;
      const shared = intersect({
        type: 'FeatureCollection',
        features: [features[i]!, features[j]!],
      });
      if (!shared) continue;
      const smaller = Math.min(area(features[i]!), area(features[j]!));
      worst = Math.max(worst, area(shared) / smaller);
    }
  }
  return worst;
}

describe('data:prepare arguments', () => {
  it('reads inputs and options, and refuses what it cannot use', () => {
    expect(parseArguments(['a.geojson', '--keep', '0.1', '--vintage', '2025'])).toMatchObject({
      inputs: ['a.geojson'],
      keep: 0.1,
      vintage: '2025',
    });
    expect(() => parseArguments([])).toThrow(/at least one boundary file/);
    expect(() => parseArguments(['a', '--keep', '5'])).toThrow(/--keep must be a share/);
    expect(() => parseArguments(['a', '--vintage', '2019'])).toThrow(/2021, 2025 or auto/);
  });

  it('recognises the upstream layout by its paths', () => {
    expect(layoutRole('x/json/geojson/04_cao_bang/04_cao_bang.geojson')).toEqual({
      level: 'province',
      province: '04',
    });
    expect(layoutRole('04_cao_bang/wards/01768_phan_thanh.geojson')).toEqual({
      level: 'commune',
      province: '04',
    });
    expect(layoutRole('04_cao_bang/other.geojson')).toBeNull();
  });
});

describe.skipIf(!present)('data:prepare on the upstream sample (Cao Bằng)', () => {
  let result: PrepareResult;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the written GeoJSON, read back as JSON
  let written: any;
  beforeAll(() => {
    const out = join(mkdtempSync(join(tmpdir(), 'ntp-prepare-')), 'cao-bang.geojson');
    result = runPrepare({
      inputs: [SAMPLE],
      out,
      vintage: 'auto',
      keep: 0.05,
      precision: 5,
      allowProblems: false,
    }).result;
    written = JSON.parse(readFileSync(out, 'utf8'));
  });

  it('finds the province and its 56 communes, with no problem', () => {
    expect(result.counts).toEqual({ province: 1, commune: 56 });
    expect(result.problems).toEqual([]);
    expect(result.pointsAfter).toBeLessThan(result.pointsBefore * 0.1);
  });

  it('writes a file the app reads with every unit matched, its vintage declared, drawn as it is', () => {
    expect(inferVintage([{ json: written }]).vintage).toBe('2025');
    const set = parseBoundaryFiles([{ name: 'cao-bang.geojson', json: written }], '2025');
    expect(set.problems).toEqual([]);
    expect(set.units).toHaveLength(57);
    expect(set.units.filter((u) => u.level === 'commune').every((u) => u.parent === '04')).toBe(
      true,
    );
    expect(set.units.find((u) => u.code === '01768')?.name).toBe('Phan Thanh');
    expect(drawsAsIs(written, set)).toBe(true);
    expect(written.features[1].properties).toMatchObject({
      fullName: expect.stringMatching(/^(Xã|Phường) /),
      labelLng: expect.any(Number),
      labelLat: expect.any(Number),
    });
  });

  it('keeps shared borders shared: simplified neighbours neither overlap nor leave gaps', () => {
    const communes = (written.features as Shape[]).filter((f) => f.properties?.level === 'commune');
    const province = (written.features as Shape[]).find((f) => f.properties?.level === 'province')!;
    expect(worstOverlap(communes)).toBeLessThan(1e-4);
    const total = communes.reduce((sum, f) => sum + area(f), 0);
    expect(Math.abs(total / area(province) - 1)).toBeLessThan(0.002);
    // The same simplification done unit by unit would not hold: the check can fail.
    const separately = communes.map((f) => simplifyFeature(f, { tolerance: 0.01 }) as Shape);
    expect(worstOverlap(separately)).toBeGreaterThan(1e-3);
  });
});
