import { describe, expect, it } from 'vitest';
import { buildCrosswalk } from '../../src/core/crosswalk';
import { linkedAcross } from '../../src/core/linked-units';
import { computeMapView } from '../../src/core/map-view';
import { computeReaggregatedView } from '../../src/core/reaggregated-view';
import type { BoundaryUnits } from '../../src/core/prepared-boundaries';
import { DEFAULT_VIEW } from '../../src/core/view-state';
import { code, crosswalk, dataset, hierarchy as oldHierarchy, target } from './fixtures';

const old = {
  boundaries: {} as BoundaryUnits,
  hierarchy: oldHierarchy,
  dataset: dataset({
    '40000': { households_total: 100, poor_households: 10, ntm_status: 1 },
    '40003': { households_total: 300, poor_households: 30, ntm_status: 0 },
    '40006': { households_total: 400, poor_households: 100, ntm_status: 2 },
    '40009': { households_total: 200, poor_households: 20, ntm_status: 1 },
    '40012': { households_total: 100, poor_households: 50, ntm_status: 3 },
    '40015': { households_total: 500, poor_households: 5, ntm_status: 1 },
    '40018': { households_total: 500, poor_households: 45, ntm_status: 0 },
  }),
};
const input = {
  crosswalk,
  old,
  target,
  level: 'commune' as const,
  period: null,
  compare: null,
  classing: DEFAULT_VIEW.classing,
  classesOf: null,
};

describe('old results drawn on the new units', () => {
  it('recomputes rates from re-aggregated households, split units by their weight', () => {
    const view = computeReaggregatedView({ ...input, layerKey: 'poor_rate' });
    if (!view) throw new Error('no view');
    expect(view.vintage).toBe('2025');
    expect(view.codes).toEqual(['40001', '40002', '40004', '40005']);
    // N1: (10 + 30 + 100 × 0.25) / (100 + 300 + 400 × 0.25) = 65 / 500 = 13 %.
    expect(view.values.get(code('40001'))).toMatchObject({
      value: 13,
      numerator: 65,
      denominator: 500,
    });
    // N2: (100 × 0.75 + 20 + 50) / (400 × 0.75 + 200 + 100) = 145 / 600.
    expect(view.values.get(code('40002'))?.value).toBeCloseTo((145 / 600) * 100, 10);
    expect(view.values.get(code('40004'))?.value).toBe(5);
    expect(view.values.get(code('40005'))).toEqual({ value: null, source: 'none' });
    expect(view.noDataCount).toBe(1);
    expect(view.notice?.en).toBe('1 of 4 new units have no link in the crosswalk: no data');
    expect(view.results.get(code('40001'))?.rule.en).toBe(
      'Recomputed from numerators and denominators summed over 3 old communes',
    );
  });

  it('shows a status as the share of predecessor communes, never as an inherited status', () => {
    const view = computeReaggregatedView({ ...input, layerKey: 'ntm_status' });
    if (!view) throw new Error('no view');
    // The commune layer is a category on the old map; here it is a share.
    expect(view.layer?.share?.id).toBe('ntm');
    expect(view.classification?.method).not.toBe('categories');
    // N1: 40000 (standard) and 40006 (advanced) of 40000, 40003, 40006 meet NTM: 2 of 3.
    expect(view.values.get(code('40001'))).toMatchObject({ numerator: 2, denominator: 3 });
    expect(view.results.get(code('40001'))?.rule.en).toMatch(
      /^2 of 3 old communes .*no status is inherited/,
    );
  });

  it('reuses the old map’s classes for the same numeric layer, so one colour means one value', () => {
    const oldView = computeMapView(old, { ...DEFAULT_VIEW, layer: 'poor_rate' });
    const classification = oldView.classification;
    if (!classification) throw new Error('no classes');
    const view = computeReaggregatedView({
      ...input,
      layerKey: 'poor_rate',
      classesOf: { layerKey: 'poor_rate', classification },
    });
    expect(view?.sharedClasses).toBe(true);
    expect(view?.classification).toBe(classification);
    const other = computeReaggregatedView({
      ...input,
      layerKey: 'ntm_status',
      classesOf: { layerKey: 'ntm_status', classification },
    });
    expect(other?.sharedClasses).toBe(false);
  });

  it('uses the province links at province level', () => {
    const view = computeReaggregatedView({ ...input, level: 'province', layerKey: 'poor_rate' });
    // Old province 90: 260 poor of 2,100 households.
    expect(view?.values.get(code('90'))?.value).toBeCloseTo((260 / 2100) * 100, 10);
  });
});

describe('a new province in a crosswalk of communes only', () => {
  const communesOnly = buildCrosswalk(
    '2021',
    '2025',
    crosswalk.links.filter((l) => l.level === 'commune'),
  );
  const at = (layerKey: string) =>
    computeReaggregatedView({ ...input, crosswalk: communesOnly, level: 'province', layerKey });

  it('is reached through its communes, a split old commune counted once and whole', () => {
    // Old 40006 is split between two new communes of the same province: whole in it.
    expect(at('poor_rate')?.values.get(code('90'))?.value).toBeCloseTo((260 / 2100) * 100, 10);
    // NTM: 40000, 40006, 40009, 40012 and 40015 of the 7 old communes — each counted once.
    expect(at('ntm_status.ntm')?.values.get(code('90'))).toMatchObject({
      numerator: 5,
      denominator: 7,
    });
    expect(at('poor_rate')?.notice).toBeNull();
  });
});

describe('units linked across the reform', () => {
  it('links a new commune to its predecessors and an old one to its successors', () => {
    expect(linkedAcross(crosswalk, target, code('40001'))).toEqual(['40000', '40003', '40006']);
    expect(linkedAcross(crosswalk, oldHierarchy, code('40006'))).toEqual(['40001', '40002']);
    expect(linkedAcross(crosswalk, target, code('40005'))).toEqual([]);
  });

  it('links a unit the crosswalk does not name through its communes', () => {
    // Old district 976 (40015, 40018) went into new commune 40004.
    expect(linkedAcross(crosswalk, oldHierarchy, code('976'))).toEqual(['40004']);
    // A province named by the crosswalk keeps its own link.
    expect(linkedAcross(crosswalk, oldHierarchy, code('90'))).toEqual(['90']);
  });
});
