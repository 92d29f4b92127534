import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue';
import { isCategoryLayer } from '../../src/core/classify';
import { parseIndicatorFile } from '../../src/core/indicator-file';
import { resolveLayer } from '../../src/core/layer';
import { switchesAhead, withLayer } from '../../src/core/layer-switch';
import { computeMapView } from '../../src/core/map-view';
import { DEFAULT_VIEW, type ViewState } from '../../src/core/view-state';
import { hierarchy, UNITS } from './fixtures';

/** Two years of money, poverty and criteria for the tiny geography: parsed anew each call. */
const readFile = () =>
  parseIndicatorFile(
    {
      format: 'ntp-atlas/indicators',
      version: 1,
      vintage: '2021',
      periods: ['2024', '2025'],
      indicators: CATALOGUE,
      values: Object.fromEntries(
        ['2024', '2025'].map((period, year) => [
          period,
          Object.fromEntries(
            ['40000', '40003', '40006', '40009', '40012', '40015'].map((code, i) => [
              code,
              {
                ntm_criteria_met: 8 + i + year,
                poor_households: 30 + 10 * i - 5 * year,
                households_total: 900 + 50 * i,
                funds_allocated_total: 100 * (i + 1),
                funds_disbursed_total: 60 * (i + 1) + 10 * year,
              },
            ]),
          ),
        ]),
      ),
    },
    'switches.json',
  );
const dataset = readFile();
const data = {
  boundaries: {
    vintage: '2021' as const,
    units: UNITS,
    problems: [],
    bounds: new Map(),
    extent: null,
    islands: { type: 'FeatureCollection' as const, features: [] },
  },
  hierarchy,
  dataset,
};
const shownView: ViewState = {
  ...DEFAULT_VIEW,
  layer: 'ntm_criteria_met',
  classing: { ...DEFAULT_VIEW.classing, method: 'equal-interval', classes: 3 },
  filter: [1],
};

describe('layer switches prepared ahead', () => {
  it('picks another layer from its own defaults: no classing or filter carried over', () => {
    const next = withLayer(shownView, 'poor_rate');
    expect(next.layer).toBe('poor_rate');
    expect(next.classing).toEqual(DEFAULT_VIEW.classing);
    expect(next.filter).toEqual([]);
    expect(next.period).toBe(shownView.period);
  });

  it('prepares every other numeric layer of the level, and no category layer', () => {
    const shown = computeMapView(data, shownView);
    const ahead = switchesAhead(data, shownView, shown);
    const keys = ahead.map((view) => view.layer);
    expect(keys).toContain('poor_rate');
    expect(keys).toContain('funds_disbursement_rate');
    expect(keys).not.toContain('ntm_criteria_met');
    for (const key of keys) expect(isCategoryLayer(resolveLayer(CATALOGUE, key)!)).toBe(false);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('gives a switch the very classes computed ahead, equal to those computed afresh', () => {
    const shown = computeMapView(data, shownView);
    const ahead = switchesAhead(data, shownView, shown);
    const prepared = new Map(ahead.map((view) => [view.layer, computeMapView(data, view)]));
    const switched = computeMapView(data, withLayer(shownView, 'poor_rate'));
    expect(switched.classification).toBe(prepared.get('poor_rate')?.classification);
    // The same breaks as from a file never seen (nothing kept for it).
    const afresh = computeMapView(
      { ...data, dataset: readFile() },
      withLayer(shownView, 'poor_rate'),
    );
    expect(afresh.classification).not.toBe(switched.classification);
    expect(afresh.classification?.breaks.length).toBeGreaterThan(0);
    expect(afresh.classification?.breaks).toEqual(switched.classification?.breaks);
  });

  it('prepares nothing while the map shows a change between two years', () => {
    const comparing = { ...shownView, compare: '2024', period: '2025' };
    expect(switchesAhead(data, comparing, computeMapView(data, comparing))).toEqual([]);
  });
});
