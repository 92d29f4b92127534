import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHierarchy } from '../../src/core/hierarchy';
import { parseIndicatorFile } from '../../src/core/indicator-file';
import { targetsFor } from '../../src/core/targets';
import type { Unit, UnitCode, Vintage } from '../../src/core/units';

const root = join(__dirname, '../..');
const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
function demo(vintage: Vintage) {
  const boundaries = read(`data/demo/boundaries-${vintage}.geojson`) as {
    features: { properties: Omit<Unit, 'vintage'> }[];
  };
  const hierarchy = buildHierarchy(
    vintage,
    boundaries.features.map((f) => ({ ...f.properties, vintage })),
  );
  const dataset = parseIndicatorFile(read(`data/demo/indicators-${vintage}.json`), 'demo.json');
  return { hierarchy, dataset };
}
const rowsOf = (view: ReturnType<typeof targetsFor>) =>
  view?.rows.map((r) => [r.id, r.figure?.vi ?? null, r.met, r.gap.vi]);

/*
 * Counted by hand (a separate script over data/demo/*.json):
 * 2021 geography, 2025: 238 of 300 communes NTM, 101 advanced, 26 model, 49 under 15 criteria.
 * 2025 geography, 2026: 17 of 87 xã NTM, 1 modern; poor + near-poor 38,567 of 798,231
 * households in 2025 (4.83 %) and 34,179 of 807,808 in 2026 (4.23 %), down 0.60 points;
 * in the 51 communes of the ethnic-minority region, 23,154 of 284,484 (8.14 %).
 */
describe('where the demo stands against its period’s targets', () => {
  it('2025 on the old communes, against QĐ 263', () => {
    const { hierarchy, dataset } = demo('2021');
    const view = targetsFor(hierarchy, dataset, '2025', null);
    expect(view?.period).toBe('2021-2025');
    expect(rowsOf(view)).toEqual([
      ['ntm-80', '238/300 xã (79,3%)', false, 'còn thiếu 2 xã để đạt 80%'],
      ['advanced-40', '101/238 xã (42,4%)', true, 'đã đạt 40%'],
      ['model-10', '26/238 xã (10,9%)', true, 'đã đạt 10%'],
      ['criteria-15', '49/300 xã dưới 15 tiêu chí', false, 'còn 49 xã dưới 15 tiêu chí'],
    ]);
  });

  it('2026 on the new communes, against NQ 257', () => {
    const { hierarchy, dataset } = demo('2025');
    const view = targetsFor(hierarchy, dataset, '2026', null);
    expect(view?.period).toBe('2026-2030');
    expect(rowsOf(view)).toEqual([
      ['ntm-65', '17/87 xã (19,5%)', false, 'còn thiếu 40 xã để đạt 65%'],
      ['modern-10', '1/17 xã (5,9%)', false, 'còn thiếu 1 xã để đạt 10%'],
      ['poverty-fall', '4,83% → 4,23% (-0,6 điểm %)', false, 'còn thiếu 0,4 điểm % để giảm 1 điểm'],
      ['region-poverty', '8,14% (51 xã trong vùng)', true, 'đã đạt'],
    ]);
  });

  it('says “no data” for a target whose indicators the year lacks, never met', () => {
    const { hierarchy, dataset } = demo('2025');
    // 2025 on the new communes: the review counted households, not NTM statuses.
    const view = targetsFor(hierarchy, dataset, '2025', null);
    expect(view?.rows.map((r) => [r.id, r.met, r.gap.en])).toEqual([
      ['ntm-80', null, 'no data'],
      ['advanced-40', null, 'no data'],
      ['model-10', null, 'no data'],
      ['criteria-15', null, 'no data'],
    ]);
  });

  it('counts a province’s communes only', () => {
    const { hierarchy, dataset } = demo('2025');
    // Tỉnh Pắc Thắng: 4 of its 44 xã NTM; 65 % of 44 is 28.6, so 29 − 4 = 25 more.
    const view = targetsFor(hierarchy, dataset, '2026', '90' as UnitCode);
    expect(view?.rows[0]?.figure?.vi).toBe('4/44 xã (9,1%)');
    expect(view?.rows[0]?.gap.vi).toBe('còn thiếu 25 xã để đạt 65%');
  });
});
