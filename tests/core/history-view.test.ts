import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue';
import { CATALOGUE_2026_2030 } from '../../src/core/catalogue-2026';
import {
  computeHistoryView,
  computedLayer,
  computedNumbers,
  historyOf,
  periodsWithHistory,
} from '../../src/core/history-view';
import { parseIndicatorFile } from '../../src/core/indicator-file';
import { computeMapView } from '../../src/core/map-view';
import type { BoundaryUnits } from '../../src/core/prepared-boundaries';
import { unitStory } from '../../src/core/unit-story';
import { tableCsv, tableRows } from '../../src/core/unit-table';
import { DEFAULT_VIEW, type ViewState } from '../../src/core/view-state';
import { code, crosswalk, hierarchy as oldHierarchy, target } from './fixtures';

/**
 * The old file has 2023 and 2024 on the seven old communes; the new file has
 * its own 2025 on the new ones. The slider of the new communes then runs
 * 2023 → 2025, the first two years computed from the old communes.
 */
const households = {
  '40000': 100,
  '40003': 300,
  '40006': 400,
  '40009': 200,
  '40012': 100,
  '40015': 500,
  '40018': 500,
};
const poor2023 = {
  '40000': 20,
  '40003': 30,
  '40006': 100,
  '40009': 20,
  '40012': 50,
  '40015': 5,
  '40018': 45,
};
const poor2024 = {
  '40000': 10,
  '40003': 30,
  '40006': 100,
  '40009': 20,
  '40012': 50,
  '40015': 5,
  '40018': 45,
};
const status2024 = {
  '40000': 1,
  '40003': 0,
  '40006': 2,
  '40009': 1,
  '40012': 3,
  '40015': 1,
  '40018': 0,
};
const yearOf = (poor: Record<string, number>, status?: Record<string, number>) =>
  Object.fromEntries(
    Object.keys(households).map((c) => [
      c,
      {
        households_total: households[c as keyof typeof households],
        poor_households: poor[c] as number,
        ...(status ? { ntm_status: status[c] as number } : {}),
      },
    ]),
  );
const old = {
  boundaries: {} as BoundaryUnits,
  hierarchy: oldHierarchy,
  dataset: parseIndicatorFile(
    {
      format: 'ntp-atlas/indicators',
      version: 1,
      vintage: '2021',
      periods: ['2023', '2024'],
      indicators: CATALOGUE,
      values: { '2023': yearOf(poor2023), '2024': yearOf(poor2024, status2024) },
    },
    'old.json',
  ),
};
const own = {
  boundaries: {} as BoundaryUnits,
  hierarchy: target,
  dataset: parseIndicatorFile(
    {
      format: 'ntp-atlas/indicators',
      version: 2,
      vintage: '2025',
      programmePeriods: ['2021-2025', '2026-2030'],
      periods: ['2025'],
      indicators: [
        ...CATALOGUE.filter((d) => !d.id.startsWith('ntm') && d.programmePeriod === undefined),
        ...CATALOGUE_2026_2030.filter((d) => d.id === 'ntm26_status' || d.id === 'commune_group'),
      ],
      values: {
        '2025': {
          '40001': { households_total: 500, poor_households: 40, ntm26_status: 1 },
          '40002': { households_total: 600, poor_households: 60, ntm26_status: 0 },
          '40004': { households_total: 1000, poor_households: 30, ntm26_status: 0 },
        },
      },
    },
    'new.json',
  ),
};
const view = (patch: Partial<ViewState>): ViewState => ({
  ...DEFAULT_VIEW,
  vintage: '2025',
  level: 'commune',
  layer: 'poor_rate',
  ...patch,
});

/** The view of the new communes, with the years the old file gives the layer. */
const historyView = (patch: Partial<ViewState>) => {
  const history = historyOf(crosswalk, own, old, patch.layer ?? 'poor_rate');
  if (!history) throw new Error('no history');
  return computeHistoryView({ history, own, view: view(patch) });
};

describe('a new geography shows its earlier years from the old units', () => {
  it('takes the old file’s years before its own, and none for a measure the old file lacks', () => {
    const history = historyOf(crosswalk, own, old, 'poor_rate');
    expect(history?.periods).toEqual(['2023', '2024']);
    expect(periodsWithHistory(own, history)).toEqual(['2023', '2024', '2025']);
    // The 2021–2025 status is not in the new file: every old year is computed.
    expect(historyOf(crosswalk, own, old, 'ntm_status')?.periods).toEqual(['2023', '2024']);
    // The 2026–2030 status has no past.
    expect(historyOf(crosswalk, own, old, 'ntm26_status')).toBeNull();
    // The old geography itself takes nothing from the crosswalk.
    expect(historyOf(crosswalk, old, own, 'poor_rate')).toBeNull();
  });

  it('computes a year before the reform on the new units, saying so', () => {
    const shown = historyView({ period: '2023' });
    // N1 = 40000 + 40003 + ¼ of 40006: (20 + 30 + 25) / (100 + 300 + 100) = 75 / 500 = 15 %.
    expect(shown?.values.get(code('40001'))).toMatchObject({
      value: 15,
      numerator: 75,
      denominator: 500,
    });
    // N2 = ¾ of 40006 + 40009 + 40012: (75 + 20 + 50) / (300 + 200 + 100) = 145 / 600.
    expect(shown?.values.get(code('40002'))?.value).toBeCloseTo((145 / 600) * 100, 10);
    // N3 = 40015 + 40018: 50 / 1,000 = 5 %. A new commune with no link has no data, not 0.
    expect(shown?.values.get(code('40004'))?.value).toBe(5);
    expect(shown?.values.get(code('40005'))?.value).toBeNull();
    expect(shown?.recomputed).toEqual({ from: '2021', periods: ['2023'] });
    // Breaks pooled over the whole slider: 3 linked communes × 2 computed years + 3 own in 2025.
    expect(shown?.classBasis).toEqual({ periods: ['2023', '2024', '2025'], values: 9 });
    // The table's file says it too, since it travels without the legend.
    if (!shown) throw new Error('no view');
    const [header, first] = tableCsv(shown, tableRows(shown, target)).split('\r\n');
    expect(header).toContain(
      '2023 (giai đoạn 2021–2025) [2023: tính lại từ đơn vị cũ, địa giới 2021]',
    );
    expect(first).toMatch(/^\uFEFF?40001,/);
  });

  it('classes every year of the slider alike, computed or the new file’s own', () => {
    const history = historyOf(crosswalk, own, old, 'poor_rate');
    if (!history) throw new Error('no history');
    const computed = computeHistoryView({ history, own, view: view({ period: '2024' }) });
    const layer = computedLayer(history, 'poor_rate');
    if (!layer) throw new Error('no layer');
    const reported = computeMapView(own, view({ period: '2025' }), () => ({
      forLayer: 'poor_rate',
      ...computedNumbers(history, target, layer, target.byLevel.get('commune') ?? []),
    }));
    expect(reported.classBasis).toEqual({ periods: ['2023', '2024', '2025'], values: 9 });
    expect(reported.classification?.breaks).toEqual(computed?.classification?.breaks);
  });

  it('maps the change from a computed year to the new file’s own year', () => {
    const shown = historyView({ period: '2025', compare: '2023' });
    // N1: 40 / 500 = 8 % in 2025, 15 % computed for 2023: −7 points.
    expect(shown?.values.get(code('40001'))?.value).toBeCloseTo(-7, 10);
    // N3: 30 / 1,000 = 3 % against 5 %: −2 points.
    expect(shown?.values.get(code('40004'))?.value).toBeCloseTo(-2, 10);
    expect(shown?.change).toMatchObject({ from: '2023', to: '2025' });
    expect(shown?.recomputed.periods).toEqual(['2023']);
  });

  it('shows a status of the past as a share of the old communes, never inherited', () => {
    const shown = historyView({ layer: 'ntm_status', period: '2024' });
    expect(shown?.layer?.share?.id).toBe('ntm');
    // N3 = 40015 (NTM) + 40018 (not yet): 1 of 2 old communes.
    expect(shown?.values.get(code('40004'))).toMatchObject({
      value: 50,
      numerator: 1,
      denominator: 2,
    });
    expect(shown?.results.get(code('40004'))?.rule.en).toContain('no status is inherited');
  });
});

describe('a new commune’s story across both periods', () => {
  it('lists the computed years and its own year, each cell marked', () => {
    const story = unitStory(own, { crosswalk, old }, code('40004'));
    expect(story?.years.map((y) => y.period)).toEqual(['2023', '2024', '2025']);
    const [status, criteria, poverty] = [0, 1, 2].map((i) => story?.years.map((y) => y.cells[i]));
    // 2023: no status in the old file that year; poverty 50 / 1,000 computed.
    expect(poverty?.[0]).toMatchObject({ computed: true, text: { vi: '5% (50/1.000)' } });
    expect(status?.[1]).toMatchObject({ computed: true, text: { vi: '1/2 xã cũ' } });
    // 2025: the new file's own poverty, 30 / 1,000; its own 2026–2030 status is not of 2025.
    expect(poverty?.[2]).toMatchObject({ computed: false, text: { vi: '3% (30/1.000)' } });
    expect(criteria?.[2]?.text.vi).toBe('—');
    expect(story?.rules.map((r) => r.label.en)).toEqual([
      'Share of communes meeting NTM',
      'Poor-household rate',
    ]);
  });
});
