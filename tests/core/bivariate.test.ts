import { describe, expect, it } from 'vitest';
import { bivariateCell, computeBivariateView } from '../../src/core/bivariate';
import { computeMapView } from '../../src/core/map-view';
import type { BoundaryUnits } from '../../src/core/prepared-boundaries';
import { DEFAULT_VIEW } from '../../src/core/view-state';
import { code, dataset, hierarchy } from './fixtures';

/**
 * Seven communes, by hand. Poverty: 10, 20, 5, 25, 5, 10, 20 % → sorted
 * 5 5 10 10 20 20 25, tertiles at ranks 2 and 4: 10 and 20. Criteria
 * met: 19, 18, 12, 8, 19, 15, 10 → sorted 8 10 12 15 18 19 19: 12 and 18.
 */
const rows: [string, number, number, number][] = [
  //        households poor criteria
  ['40000', 100, 10, 19],
  ['40003', 300, 60, 18],
  ['40006', 400, 20, 12],
  ['40009', 200, 50, 8],
  ['40012', 100, 5, 19],
  ['40015', 500, 50, 15],
  ['40018', 500, 100, 10],
];
const data = (criteria: (c: number) => number) => ({
  boundaries: {} as BoundaryUnits,
  hierarchy,
  dataset: dataset(
    Object.fromEntries(
      rows.map(([c, households, poor, met]) => [
        c,
        { households_total: households, poor_households: poor, ntm_criteria_met: criteria(met) },
      ]),
    ),
  ),
});
const view = { ...DEFAULT_VIEW, level: 'commune' as const, layer: 'poor_rate', period: '2025' };

describe('a bivariate map of two layers', () => {
  it('cuts each layer in thirds and puts each unit in its cell', () => {
    const d = data((met) => met);
    const shown = computeBivariateView(d, computeMapView(d, view), 'ntm_criteria_met', []);
    expect(shown?.bivariate.x.breaks).toEqual([10, 20]);
    expect(shown?.bivariate.y.breaks).toEqual([12, 18]);
    // Cell = poverty third + 3 × criteria third.
    expect(rows.map(([c]) => shown?.classOf.get(code(c)))).toEqual([7, 8, 3, 2, 6, 4, 2]);
    expect(shown?.classCounts.filter((c) => c.count > 0)).toEqual([
      { index: 2, count: 2 },
      { index: 3, count: 1 },
      { index: 4, count: 1 },
      { index: 6, count: 1 },
      { index: 7, count: 1 },
      { index: 8, count: 1 },
    ]);
  });

  it('falls back to the programme’s thresholds where ties collapse the thirds', () => {
    // Five of seven communes with all 19: tertiles would both be 19; the 2025 floor of 15 and 19 cut it.
    const d = data((met) => (met >= 12 ? 19 : met));
    const shown = computeBivariateView(d, computeMapView(d, view), 'ntm_criteria_met', []);
    expect(shown?.bivariate.y).toMatchObject({ breaks: [15, 19], method: 'policy' });
  });

  it('filters by cell like a legend class, and has no cell without both values', () => {
    const d = data((met) => met);
    const shown = computeBivariateView(d, computeMapView(d, view), 'ntm_criteria_met', [2]);
    expect([...(shown?.filter ?? [])]).toEqual([2]);
    expect(bivariateCell(5, null, [10, 20], [12, 18])).toBeNull();
  });
});
