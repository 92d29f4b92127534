import { describe, expect, it } from 'vitest';
import { unitBenchmarks } from '../../src/core/benchmarks';
import { computeMapView } from '../../src/core/map-view';
import type { BoundaryUnits } from '../../src/core/prepared-boundaries';
import { DEFAULT_VIEW } from '../../src/core/view-state';
import { code, dataset, hierarchy } from './fixtures';

/**
 * Poor households of the fixture's seven communes (district 975: the first
 * five; 976: the last two), typed in by hand:
 *   40000 10/100 = 10 %   40003 60/300 = 20 %   40006 20/400 = 5 %
 *   40009 50/200 = 25 %   40012  5/100 =  5 %   40015 50/500 = 10 %
 *   40018 100/500 = 20 %
 * District 975: 145/1,100 = 13.18 %; the whole area: 295/2,100 = 14.05 %.
 */
const data = {
  boundaries: {} as BoundaryUnits,
  hierarchy,
  dataset: dataset({
    '40000': { households_total: 100, poor_households: 10, ocop_total: 2 },
    '40003': { households_total: 300, poor_households: 60, ocop_total: 7 },
    '40006': { households_total: 400, poor_households: 20, ocop_total: 0 },
    '40009': { households_total: 200, poor_households: 50, ocop_total: 3 },
    '40012': { households_total: 100, poor_households: 5 },
    '40015': { households_total: 500, poor_households: 50, ocop_total: 4 },
    '40018': { households_total: 500, poor_households: 100, ocop_total: 4 },
  }),
};
const viewOf = (layer: string) =>
  computeMapView(data, { ...DEFAULT_VIEW, level: 'commune', layer, period: '2025' });

describe('a unit beside its parent and the whole map', () => {
  it('sets a commune’s poverty rate against its district’s and the whole area’s, in points', () => {
    const found = unitBenchmarks(viewOf('poor_rate'), hierarchy, code('40003'));
    expect(found?.parent?.value).toBeCloseTo((145 / 1100) * 100, 10);
    expect(found?.parent?.text.vi).toBe('cao hơn bình quân huyện 6,8 điểm % (13,18%)');
    expect(found?.whole?.value).toBeCloseTo((295 / 2100) * 100, 10);
    expect(found?.whole?.text.en).toBe(
      '6 percentage points above the whole area’s average (14.05%)',
    );
  });

  it('ranks it among its siblings with data, the lowest poverty first', () => {
    // 20 % among 10, 20, 5, 25, 5: three are lower, so 4th of 5.
    const found = unitBenchmarks(viewOf('poor_rate'), hierarchy, code('40003'));
    expect(found?.rank).toMatchObject({ rank: 4, of: 5 });
    expect(found?.rank?.text.vi).toBe('hạng 4/5 xã của huyện (1 = thấp nhất, tốt nhất)');
  });

  it('compares a count with the mean per commune, leaving out the commune without data', () => {
    // OCOP products: district 975 has data for 4 of its 5 communes, 12 products: 3 per commune.
    const found = unitBenchmarks(viewOf('ocop_total'), hierarchy, code('40003'));
    expect(found?.parent?.value).toBe(3);
    expect(found?.parent?.text.vi).toMatch(/^cao hơn bình quân xã của huyện 4 sản phẩm/);
    // 7 is the most of the 4 with data: first.
    expect(found?.rank).toMatchObject({ rank: 1, of: 4 });
    // No data, no comparison.
    expect(unitBenchmarks(viewOf('ocop_total'), hierarchy, code('40012'))).toBeNull();
  });
});
