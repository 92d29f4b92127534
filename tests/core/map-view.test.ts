import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue';
import { histogramOf } from '../../src/core/histogram';
import { parseIndicatorFile } from '../../src/core/indicator-file';
import { computeMapView, NO_DATA_CLASS, passesFilter } from '../../src/core/map-view';
import { sortRows, tableCsv, tableRows } from '../../src/core/unit-table';
import { DEFAULT_VIEW, type ViewState } from '../../src/core/view-state';
import { code, hierarchy, UNITS } from './fixtures';

const boundaryUnits = {
  vintage: '2021' as const,
  units: UNITS,
  problems: [],
  bounds: new Map(),
  extent: null,
  islands: { type: 'FeatureCollection' as const, features: [] },
};

/** Two years of the tiny geography: criteria, poverty, OCOP, money, regions. */
const dataset = parseIndicatorFile(
  {
    format: 'ntp-atlas/indicators',
    version: 1,
    vintage: '2021',
    periods: ['2021', '2025'],
    indicators: CATALOGUE,
    values: {
      '2021': {
        '40000': { ntm_criteria_met: 10, poor_households: 50, households_total: 1000 },
        '40003': { ntm_criteria_met: 12, poor_households: 100, households_total: 500 },
        '40006': { ntm_criteria_met: 19 },
        '40009': { ntm_criteria_met: 14 },
        '40012': { ntm_criteria_met: 9 },
        '40015': { ntm_criteria_met: 16 },
      },
      '2025': {
        '40000': {
          ntm_criteria_met: 19,
          poor_households: 20,
          households_total: 1000,
          em_region: 3,
          funds_allocated_total: 100,
          funds_disbursed_total: 90,
        },
        '40003': {
          ntm_criteria_met: 15,
          poor_households: 40,
          households_total: 500,
          em_region: 3,
          funds_allocated_total: 900,
          funds_disbursed_total: 450,
        },
        '40006': { ntm_criteria_met: 19, em_region: 1 },
        '40009': { ntm_criteria_met: 17, em_region: 0 },
        '40012': { ntm_criteria_met: 9, em_region: 2 },
        '40015': { ntm_criteria_met: 18, em_region: 3 },
      },
    },
  },
  'two-years.json',
);
const data = { boundaries: boundaryUnits, hierarchy, dataset };
const view = (patch: Partial<ViewState>) =>
  computeMapView(data, { ...DEFAULT_VIEW, period: '2025', ...patch });

describe('the map view an analyst reads', () => {
  it('maps the change between two periods unit by unit, with both values kept', () => {
    const v = view({ layer: 'ntm_criteria_met', compare: '2021' });
    expect(v.change?.from).toBe('2021');
    expect(v.values.get(code('40000'))?.value).toBe(9);
    expect(v.values.get(code('40012'))?.value).toBe(0);
    // 40018 has no value in either year: no change, not a change of 0.
    expect(v.values.get(code('40018'))?.value).toBeNull();
    expect(v.change?.parts.get(code('40003'))).toMatchObject({
      from: { value: 12 },
      to: { value: 15 },
    });
  });

  it('gives the change of a parent from its recomputed rates, in percentage points', () => {
    const v = view({ level: 'district', layer: 'poor_rate', compare: '2021' });
    // 2021: 150 / 1 500 = 10 %; 2025: 60 / 1 500 = 4 % → −6 points.
    expect(v.values.get(code('975'))?.value).toBeCloseTo(-6, 10);
  });

  it('computes breaks on every period by default, so a colour means the same in each year', () => {
    const pooled = view({
      layer: 'ntm_criteria_met',
      classing: { ...DEFAULT_VIEW.classing, method: 'equal-interval', classes: 5 },
    });
    expect(pooled.classBasis?.periods).toEqual(['2021', '2025']);
    expect(pooled.classBasis?.values).toBe(12);
    const single = view({
      layer: 'ntm_criteria_met',
      classing: { ...DEFAULT_VIEW.classing, method: 'equal-interval', classes: 5, basis: 'period' },
    });
    expect(single.classBasis?.periods).toEqual(['2025']);
    // 2021 and 2025 together span 9–19; 2025 alone too, but the pooled quantiles differ.
    const pooledQ = view({
      layer: 'ntm_criteria_met',
      classing: { ...DEFAULT_VIEW.classing, method: 'quantile', classes: 3 },
    });
    const singleQ = view({
      layer: 'ntm_criteria_met',
      classing: { ...DEFAULT_VIEW.classing, method: 'quantile', classes: 3, basis: 'period' },
    });
    expect(pooledQ.classification?.breaks).not.toEqual(singleQ.classification?.breaks);
  });

  it('keeps the classes and their colours when the legend filters', () => {
    const all = view({ layer: 'ntm_criteria_met' });
    const filtered = view({ layer: 'ntm_criteria_met', filter: [3] });
    expect(filtered.classification).toEqual(all.classification);
    expect(filtered.classCounts).toEqual(all.classCounts);
    const passing = filtered.codes.filter((c) => passesFilter(filtered, c));
    // Class 3 of the policy thresholds is "19": communes 40000 and 40006.
    expect(passing).toEqual([code('40000'), code('40006')]);
  });

  it('can filter to the units with no data', () => {
    const v = view({ layer: 'ntm_criteria_met', filter: [NO_DATA_CLASS] });
    expect(v.codes.filter((c) => passesFilter(v, c))).toEqual([code('40018')]);
  });

  it('counts region III communes at parent levels, and gives their share of communes with data', () => {
    const count = view({ level: 'district', layer: 'em_region.region_iii.count' });
    const share = view({ level: 'district', layer: 'em_region.region_iii' });
    expect(count.values.get(code('975'))?.value).toBe(2);
    expect(count.values.get(code('976'))?.value).toBe(1);
    expect(share.values.get(code('975'))?.value).toBe(40);
    expect(share.values.get(code('976'))).toMatchObject({
      value: 100,
      numerator: 1,
      denominator: 1,
    });
  });

  it('recomputes the disbursement rate from summed money, never a mean of rates', () => {
    const v = view({ level: 'district', layer: 'funds_disbursement_rate' });
    // (90 + 450) / (100 + 900) = 54 %; the mean of 90 % and 50 % would be 70 %.
    expect(v.values.get(code('975'))?.value).toBe(54);
  });
});

describe('the table beside the map', () => {
  it('ranks by value with shared ranks for ties, over the whole level', () => {
    const rows = tableRows(view({ layer: 'ntm_criteria_met' }), hierarchy);
    const rank = (c: string) => rows.find((r) => r.code === c)?.rank;
    expect([rank('40000'), rank('40006'), rank('40015'), rank('40009'), rank('40012')]).toEqual([
      1, 1, 3, 4, 6,
    ]);
    expect(rank('40018')).toBeNull();
  });

  it('sorts names in Vietnamese order and puts no data last in both directions', () => {
    const rows = tableRows(view({ layer: 'ntm_criteria_met' }), hierarchy);
    expect(sortRows(rows, 'name', 'ascending').map((r) => r.name)).toEqual([
      'Phường Đông Hải',
      'Thị trấn Móng Cái',
      'Xã Ẩn Ống',
      'Xã Bắc Sơn',
      'Xã Điền Lư',
      'Xã Hòa Bình',
      'Xã Tân Phú',
    ]);
    expect(sortRows(rows, 'value', 'ascending').at(-1)?.code).toBe('40018');
    expect(sortRows(rows, 'value', 'descending').at(-1)?.code).toBe('40018');
    expect(sortRows(rows, 'value', 'ascending')[0]?.value).toBe(9);
  });

  it('lists only the units inside the unit drilled into and passing the filter', () => {
    const rows = tableRows(view({ layer: 'ntm_criteria_met', selected: code('976') }), hierarchy);
    expect(rows.map((r) => r.code)).toEqual(['40015', '40018']);
  });

  it('exports exactly the rows shown as CSV with a BOM, bilingual headers and empty no-data cells', () => {
    const v = view({ level: 'district', layer: 'poor_rate' });
    const rows = sortRows(tableRows(v, hierarchy), 'value', 'descending');
    const csv = tableCsv(v, rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Mã (địa giới 2021) / Code (2021 boundaries),Tên / Name,Thuộc / Part of,Tỷ lệ hộ nghèo (%) 2025 (giai đoạn 2021–2025) / Poor-household rate (%) 2025 (2021–2025 period),Tử số / Numerator,Mẫu số / Base,Hạng / Rank,Lớp / Class',
    );
    expect(lines[1]).toMatch(/^975,Huyện Móng Cái,Tỉnh Sơn Nguyên,4,60,1500,1,/);
    expect(lines[2]).toMatch(
      /^976,Huyện Đồng Xuân,Tỉnh Sơn Nguyên,,,,,Không có dữ liệu \/ No data$/,
    );
  });

  it('writes a change with its two periods', () => {
    const v = view({ layer: 'ntm_criteria_met', compare: '2021', filter: [] });
    const csv = tableCsv(v, tableRows(v, hierarchy).slice(0, 1));
    const [header, first] = csv.slice(1).trimEnd().split('\r\n');
    expect(header).toContain('Thay đổi Số tiêu chí NTM đạt (tiêu chí) 2021→2025');
    expect(header).toContain('Năm 2021 / 2021,Năm 2025 / 2025');
    expect(first).toMatch(/^40000,Xã Tân Phú,Huyện Móng Cái,9,10,19,/);
  });
});

describe('the distribution', () => {
  it('gives one bar per whole number for criteria, each in one class', () => {
    const v = view({ layer: 'ntm_criteria_met' });
    const h = histogramOf(v, v.codes);
    expect(h?.domain).toEqual([9, 20]);
    const bar19 = h?.bins.find((b) => b.x0 === 19);
    expect(bar19?.codes).toEqual([code('40000'), code('40006')]);
    expect(bar19?.classIndex).toBe(3);
    expect(h?.bins.reduce((n, b) => n + b.codes.length, 0)).toBe(6);
  });

  it('puts class breaks on bar edges for continuous values', () => {
    const v = view({
      level: 'commune',
      layer: 'poor_rate',
      classing: { ...DEFAULT_VIEW.classing, method: 'manual', breaks: [3.3] },
    });
    const h = histogramOf(v, v.codes);
    expect(h?.bins.some((b) => b.x0 === 3.3 || b.x1 === 3.3)).toBe(true);
    for (const bin of h?.bins ?? []) {
      for (const c of bin.codes) expect(v.classOf.get(c)).toBe(bin.classIndex);
    }
  });

  it('gives one bar per category', () => {
    const v = view({ layer: 'em_region' });
    const h = histogramOf(v, v.codes);
    expect(h?.categorical).toBe(true);
    expect(h?.bins.map((b) => b.codes.length)).toEqual([1, 1, 1, 3]);
  });
});
