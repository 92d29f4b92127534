import { describe, expect, it } from 'vitest';
import { problemAt } from './problem-lines';
import { placeIn } from '../../src/core/problems';
import { unitValue } from '../../src/core/aggregate';
import { CATALOGUE } from '../../src/core/catalogue';
import { resolveLayer } from '../../src/core/layer';
import { suggestColumns, type ColumnRole } from '../../src/core/column-suggestions';
import { buildHierarchy } from '../../src/core/hierarchy';
import { locateHeader, type TableCell } from '../../src/core/table-header';
import { importTable, type TableSource } from '../../src/core/table-import';
import type { UnitCode } from '../../src/core/units';
import { validationReport } from '../../src/core/validation-report';
import { UNITS, hierarchy, unit } from './fixtures';

const table = (rows: TableCell[][], decimalHint: ',' | '.' = ','): TableSource => ({
  fileName: 'ket-qua.csv',
  sheet: null,
  rows,
  decimalHint,
});
const indicator = (id: string): ColumnRole => ({ role: 'indicator', id });
const run = (
  rows: TableCell[][],
  columns: ColumnRole[],
  period: { column: number } | { fixed: string } = { fixed: '2024' },
  h = hierarchy,
  choices?: Map<number, UnitCode | null>,
) => {
  const source = table(rows);
  return importTable(source, locateHeader(rows), { columns, period }, h, CATALOGUE, choices);
};
const valueOf = (
  result: ReturnType<typeof run>,
  id: string,
  code: string,
  period = '2024',
): number | undefined =>
  result.dataset.values
    .get(period)
    ?.get(id)
    ?.get(code as UnitCode);

describe('a table turned into indicator values', () => {
  it('reads codes that lost their leading zeros, Vietnamese numbers, and no-figure marks', () => {
    const result = run(
      [
        ['Mã xã', 'Số tiêu chí đạt', 'Số hộ nghèo', 'Tổng số hộ'],
        [40000, '17', '1.234', '10.500'],
        ['40003', '—', 'n/a', '2.000'],
      ],
      [
        { role: 'code' },
        indicator('ntm_criteria_met'),
        indicator('poor_households'),
        indicator('households_total'),
      ],
    );
    expect(valueOf(result, 'ntm_criteria_met', '40000')).toBe(17);
    expect(valueOf(result, 'poor_households', '40000')).toBe(1234);
    expect(valueOf(result, 'households_total', '40003')).toBe(2000);
    // "—" and "n/a" are no data, never 0.
    expect(valueOf(result, 'ntm_criteria_met', '40003')).toBeUndefined();
    expect(valueOf(result, 'poor_households', '40003')).toBeUndefined();
    expect(result.dataset.problems.map((p) => placeIn(p.where, 'en'))).toEqual([
      'column "Số tiêu chí đạt"',
      'column "Số hộ nghèo"',
    ]);
    expect(result.dataset.problems[0]?.message.en).toMatch(/1 empty cell .*row 3.*no data, not 0/);
  });

  it('reports values outside the domain, negative counts and text by row and column', () => {
    const result = run(
      [
        ['Mã xã', 'Số tiêu chí NTM đạt', 'Số hộ nghèo', 'Tỷ lệ hộ nghèo'],
        ['40000', '21', '-3', '104,5'],
        ['40003', 'mười', '12', '4,5%'],
      ],
      [
        { role: 'code' },
        indicator('ntm_criteria_met'),
        indicator('poor_households'),
        indicator('poor_rate'),
      ],
    );
    const messages = result.dataset.problems.map((p) => problemAt(p));
    expect(messages).toEqual([
      'row 2, column "Số tiêu chí NTM đạt": 21 is outside 0–19; counted as no data',
      'row 2, column "Số hộ nghèo": a count must be a whole number ≥ 0, found -3; counted as no data',
      'row 2, column "Tỷ lệ hộ nghèo": 104.5 is outside 0–100; counted as no data',
      'row 3, column "Số tiêu chí NTM đạt": "mười" is not a number; counted as no data',
    ]);
    expect(valueOf(result, 'poor_rate', '40003')).toBe(4.5);
    expect(valueOf(result, 'poor_households', '40003')).toBe(12);
  });

  it('reports a code without a boundary and a repeated unit, keeping the first row', () => {
    const result = run(
      [
        ['Mã xã', 'Năm', 'Số tiêu chí đạt'],
        ['40000', '2023', '12'],
        ['40000', 'Năm 2024', '14'],
        ['40000', '2024', '15'],
        ['99999', '2024', '15'],
      ],
      [{ role: 'code' }, { role: 'period' }, indicator('ntm_criteria_met')],
      { column: 1 },
    );
    expect(result.dataset.periods).toEqual(['2023', '2024']);
    expect(valueOf(result, 'ntm_criteria_met', '40000', '2023')).toBe(12);
    expect(valueOf(result, 'ntm_criteria_met', '40000', '2024')).toBe(14);
    expect(result.dataset.problems.map((p) => `${p.severity} ${problemAt(p)}`)).toEqual([
      'error row 4: repeats 40000 (Xã Tân Phú) for 2024, first given in row 3; the first row is kept',
      'error row 5, column "Mã xã": code 99999 is not a commune of the 2021 boundaries; row not shown',
    ]);
    const report = validationReport(
      { units: UNITS, problems: [], bboxes: new Map() } as never,
      result.dataset,
    );
    expect(report.unmatchedCodes).toBe(1);
    expect(report.matched).toBe(1);
  });

  it('matches names within their district, skips total rows, and asks about ambiguous names', () => {
    const h = buildHierarchy('2021', [
      ...UNITS,
      unit('977', 'district', '90', 'Huyện Bình Lục'),
      unit('40021', 'commune', '977', 'Xã Tân Phú'),
    ]);
    const rows: TableCell[][] = [
      ['Tên xã', 'Huyện', 'Mức đạt NTM'],
      ['tân phú', 'Móng Cái', 'Nâng cao'],
      ['TT. Móng Cái', '', 'Đạt chuẩn'],
      ['Xã Tân Phú', '', 'Kiểu mẫu'],
      ['Xã Vô Danh', 'Móng Cái', 'Chưa đạt'],
      ['Tổng cộng', '', ''],
    ];
    const columns: ColumnRole[] = [
      { role: 'name' },
      { role: 'parentName' },
      indicator('ntm_status'),
    ];
    const first = run(rows, columns, { fixed: '2024' }, h);
    expect(valueOf(first, 'ntm_status', '40000')).toBe(2);
    expect(valueOf(first, 'ntm_status', '40006')).toBe(1);
    expect(first.ambiguous).toEqual([
      { row: 4, name: 'Xã Tân Phú', parentNames: [], candidates: ['40000', '40021'] },
    ]);
    expect(first.dataset.problems.map((p) => problemAt(p))).toEqual([
      'row 5 ("Xã Vô Danh", Móng Cái): no unit has this name among the communes of the 2021 boundaries; row not shown',
      'row 6: "Tổng cộng" is a total row; skipped, since the atlas adds up the units itself',
    ]);
    const chosen = run(rows, columns, { fixed: '2024' }, h, new Map([[4, '40021' as UnitCode]]));
    expect(chosen.ambiguous).toEqual([]);
    expect(valueOf(chosen, 'ntm_status', '40021')).toBe(3);
  });

  it('brings along the parts a rate is recomputed from', () => {
    const result = run(
      [
        ['Mã xã', 'Tỷ lệ hộ nghèo'],
        ['40000', '5,5'],
      ],
      [{ role: 'code' }, indicator('poor_rate')],
    );
    expect(result.dataset.indicators.map((d) => d.id)).toEqual([
      'households_total',
      'poor_households',
      'poor_rate',
    ]);
  });
});

describe('a table never joins a row to a unit of another level (issue 20, point 0)', () => {
  const u = (c: string, level: 'province' | 'commune', parent: string | null, name: string) => ({
    ...unit(c, level, parent, name),
    vintage: '2025' as const,
  });
  // Province 25 (Phú Thọ) and commune 00025 share their last digits; so do 04 and 00004.
  const h = buildHierarchy('2025', [
    u('04', 'province', null, 'Tỉnh Cao Bằng'),
    u('25', 'province', null, 'Tỉnh Phú Thọ'),
    u('00004', 'commune', '04', 'Phường Thục Phán'),
    u('00025', 'commune', '04', 'Xã Một'),
    u('00082', 'commune', '04', 'Xã Hai'),
    u('01234', 'commune', '25', 'Xã Ba'),
    u('12345', 'commune', '25', 'Xã Bốn'),
  ]);

  it('pads commune codes that lost their zeros as communes, and says how many and where', () => {
    const result = run(
      [
        ['Mã xã', 'Tổng số hộ'],
        ['25', '100'],
        ['82', '200'],
        ['1234', '300'],
        ['12345', '400'],
      ],
      [{ role: 'code' }, indicator('households_total')],
      { fixed: '2024' },
      h,
    );
    expect(valueOf(result, 'households_total', '00025')).toBe(100);
    expect(valueOf(result, 'households_total', '00082')).toBe(200);
    expect(valueOf(result, 'households_total', '01234')).toBe(300);
    expect(valueOf(result, 'households_total', '12345')).toBe(400);
    // Never the province that "25" would be on its own.
    expect(valueOf(result, 'households_total', '25')).toBeUndefined();
    const warning = result.dataset.problems.find((p) => /leading zeros/.test(p.message.en));
    expect(warning?.message.en).toBe(
      '3 codes had lost their leading zeros (Excel drops them) and were padded as commune codes: 25 → 00025, 82 → 00082, 1234 → 01234 (rows 2, 3, 4); please check',
    );
    expect(problemAt(warning!)).toMatch(/column "Mã xã"/);
  });

  it('reports a province total row among commune rows instead of joining it to the province', () => {
    const result = run(
      [
        ['Mã xã', 'Tổng số hộ'],
        ['00004', '100'],
        ['04', '9999'],
        ['00025', '300'],
      ],
      [{ role: 'code' }, indicator('households_total')],
      { fixed: '2024' },
      h,
    );
    expect(valueOf(result, 'households_total', '00004')).toBe(100);
    expect(valueOf(result, 'households_total', '04')).toBeUndefined();
    const error = result.dataset.problems.find((p) => p.severity === 'error');
    expect(error?.message.en).toBe(
      'code 04 is a province code in a column of commune codes (a province total row?); row not shown',
    );
  });
});

describe('a table with a header and no rows (issue 20, point 10c)', () => {
  it('is refused, so the map that was shown stays', () => {
    expect(() =>
      run([['Mã xã', 'Tổng số hộ']], [{ role: 'code' }, indicator('households_total')]),
    ).toThrow(
      /has a header but no rows of figures; nothing was imported and the map stays as it was/,
    );
  });
});

describe('a table of the 2026–2030 criteria (issue 21, point 6)', () => {
  const headers = ['Mã xã', 'Nhóm xã', 'TC 7 KHCN và CĐS', 'Số tiêu chí NTM đạt (bộ 2026–2030)'];

  it('reads "TC 7" as criterion 7 of the 2026–2030 set and "Nhóm xã" as the group', () => {
    expect(suggestColumns(headers, CATALOGUE, '2026-2030')).toEqual([
      { role: 'code' },
      indicator('commune_group'),
      indicator('ntm26_c07'),
      indicator('ntm26_criteria_met'),
    ]);
    // The same "TC 7" in a 2021–2025 table is rural commercial infrastructure.
    expect(suggestColumns(['TC 7'], CATALOGUE)).toEqual([indicator('ntm_c07')]);
  });

  it('imports a 2026 row, and refuses a 2026–2030 criterion in a 2024 row', () => {
    const rows: TableCell[][] = [headers, ['40000', 3, 1, 8]];
    const columns = [
      { role: 'code' } as const,
      indicator('commune_group'),
      indicator('ntm26_c07'),
      indicator('ntm26_criteria_met'),
    ];
    const imported = run(rows, columns, { fixed: '2026' });
    expect(valueOf(imported, 'commune_group', '40000', '2026')).toBe(3);
    expect(valueOf(imported, 'ntm26_c07', '40000', '2026')).toBe(1);
    expect(imported.dataset.programmePeriods).toEqual(['2026-2030']);
    const old = run(rows, columns, { fixed: '2024' });
    expect(valueOf(old, 'ntm26_c07', '40000')).toBeUndefined();
    expect(old.dataset.problems.map((p) => p.message.en)).toContain(
      '1 value of "ntm26_c07" in 2024 (2021–2025 period) refused: this indicator belongs to the 2026–2030 period\'s criteria set, not the same measure',
    );
  });

  it('refuses a table that mixes criteria of both periods, naming the columns', () => {
    const rows: TableCell[][] = [
      ['Mã xã', 'Số tiêu chí NTM đạt', 'TC 7 KHCN và CĐS'],
      ['40000', 17, 1],
    ];
    expect(() =>
      run(rows, [{ role: 'code' }, indicator('ntm_criteria_met'), indicator('ntm26_c07')]),
    ).toThrow(
      /mixes criteria of two periods: "Số tiêu chí NTM đạt" are of the 2021–2025 set \(19 criteria\), "TC 7 KHCN và CĐS" of the 2026–2030 set \(10 criteria\)/,
    );
  });
});

describe('the indicators (chỉ tiêu) of the 2026–2030 criteria (issue 21, point 2)', () => {
  it('reads "Chỉ tiêu 7.2" as indicator 2 of criterion 7, only in a 2026–2030 table', () => {
    const headers = ['Mã xã', 'Chỉ tiêu 7.2', 'CT 1.1', 'Chỉ tiêu 11.1'];
    expect(suggestColumns(headers, CATALOGUE, '2026-2030')).toEqual([
      { role: 'code' },
      indicator('ntm26_c07_i02'),
      indicator('ntm26_c01_i01'),
      // There is no criterion 11.
      { role: 'ignore' },
    ]);
    expect(suggestColumns(['Chỉ tiêu 7.2'], CATALOGUE)).toEqual([{ role: 'ignore' }]);
  });

  it('imports them as met / not met, named by number and criterion, shared at the parent', () => {
    // Communes 40000, 40003, 40006 of district 975: 7.2 met by two of the three.
    const rows: TableCell[][] = [
      ['Mã xã', 'Chỉ tiêu 7.2'],
      ['40000', 1],
      ['40003', 0],
      ['40006', 1],
    ];
    const imported = run(rows, [{ role: 'code' }, indicator('ntm26_c07_i02')], { fixed: '2026' });
    const definition = imported.dataset.indicators.find((d) => d.id === 'ntm26_c07_i02');
    expect(definition?.label.vi).toBe(
      'Chỉ tiêu 7.2 (2026–2030), thuộc tiêu chí 7: Khoa học công nghệ và chuyển đổi số',
    );
    expect(definition?.programmePeriod).toBe('2026-2030');
    expect(valueOf(imported, 'ntm26_c07_i02', '40003', '2026')).toBe(0);
    const share = resolveLayer(imported.dataset.indicators, 'ntm26_c07_i02.met');
    if (!share) throw new Error('no share');
    // The district's share: 2 of its 3 communes with data = 66.67 %.
    expect(
      unitValue({ hierarchy, dataset: imported.dataset, period: '2026' }, share, '975' as UnitCode),
    ).toMatchObject({ numerator: 2, denominator: 3 });
  });
});
