import { describe, expect, it } from 'vitest';
import { unitValue } from '../../src/core/aggregate';
import { CATALOGUE } from '../../src/core/catalogue';
import { buildHierarchy } from '../../src/core/hierarchy';
import { parseIndicatorFile } from '../../src/core/indicator-file';
import { resolveLayer } from '../../src/core/layer';
import type { Unit, UnitCode } from '../../src/core/units';

const code = (text: string) => text as UnitCode;
const commune = (c: string, name: string): Unit => ({
  code: code(c),
  name,
  level: 'commune',
  parent: code('01'),
  vintage: '2025',
});

/** One province of six new communes: one of group 1, two of group 2, three of group 3. */
const hierarchy = buildHierarchy('2025', [
  { code: code('01'), name: 'Tỉnh Thử', level: 'province', parent: null, vintage: '2025' },
  commune('00004', 'Phường A'),
  commune('00008', 'Xã B'),
  commune('00012', 'Xã C'),
  commune('00016', 'Xã D'),
  commune('00020', 'Xã E'),
  commune('00024', 'Xã F'),
]);

//                 group  status  criteria met
const ROWS: [string, number, number, number][] = [
  ['00004', 1, 1, 10],
  ['00008', 2, 0, 7],
  ['00012', 2, 2, 10],
  ['00016', 3, 0, 4],
  ['00020', 3, 1, 10],
  ['00024', 3, 0, 6],
];

const dataset = parseIndicatorFile(
  {
    format: 'ntp-atlas/indicators',
    version: 2,
    vintage: '2025',
    programmePeriods: ['2026-2030'],
    periods: ['2026'],
    indicators: CATALOGUE,
    values: {
      '2026': Object.fromEntries(
        ROWS.map(([c, group, status, met]) => [
          c,
          { commune_group: group, ntm26_status: status, ntm26_criteria_met: met },
        ]),
      ),
    },
  },
  'new-communes-2026.json',
);
const context = { hierarchy, dataset, period: '2026' };
const at = (key: string) => {
  const layer = resolveLayer(dataset.indicators, key);
  if (!layer) throw new Error(key);
  return unitValue(context, layer, code('01'));
};

describe('the 2026–2030 catalogue at a province of new communes, by hand', () => {
  it('shares of NTM and modern NTM communes, each with its base', () => {
    // NTM: Phường A, Xã C (modern), Xã E = 3 of 6.
    expect(at('ntm26_status.ntm')).toMatchObject({ value: 50, numerator: 3, denominator: 6 });
    // Modern: Xã C, of the 3 NTM communes.
    const modern = at('ntm26_status.modern');
    expect([modern.numerator, modern.denominator]).toEqual([1, 3]);
    expect(modern.value).toBeCloseTo(33.33, 2);
  });

  it('the same shares within each commune group, over that group only', () => {
    // Group 3: Xã D, E, F; one NTM (E).
    const g3 = at('ntm26_status.ntm_g3');
    expect([g3.numerator, g3.denominator, g3.unitsTotal]).toEqual([1, 3, 3]);
    // Group 2: Xã B, C; one NTM (C), which is modern: 1 of 1.
    expect(at('ntm26_status.ntm_g2')).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
    expect(at('ntm26_status.modern_g2')).toMatchObject({
      value: 100,
      numerator: 1,
      denominator: 1,
    });
    // Group 1: Phường A alone, NTM.
    expect(at('ntm26_status.ntm_g1')).toMatchObject({ value: 100, numerator: 1, denominator: 1 });
  });

  it('criteria met as the mean per commune, and the groups as shares of communes', () => {
    // (10 + 7 + 10 + 4 + 10 + 6) / 6 = 47 / 6.
    expect(at('ntm26_criteria_met').value).toBeCloseTo(7.8333, 4);
    expect(at('commune_group.g3')).toMatchObject({ value: 50, numerator: 3, denominator: 6 });
  });
});

describe('programme periods in an indicator file', () => {
  const file = (version: number, extra: Record<string, unknown>) => ({
    format: 'ntp-atlas/indicators',
    version,
    vintage: '2025',
    periods: ['2025'],
    indicators: CATALOGUE,
    values: { '2025': { '00004': { ntm_status: 1, households_total: 900 } } },
    ...extra,
  });

  it('reads a version 1 file as 2021–2025, its definitions with the catalogue’s period meaning', () => {
    const read = parseIndicatorFile(
      file(1, { indicators: CATALOGUE.map(({ programmePeriod: _, ...d }) => d) }),
      'old.json',
    );
    expect(read.programmePeriods).toEqual(['2021-2025']);
    expect(read.indicators.find((d) => d.id === 'ntm_status')?.programmePeriod).toBe('2021-2025');
    expect(read.indicators.find((d) => d.id === 'poor_rate')?.seriesBreak).toBe('poverty-standard');
  });

  it('refuses a year of a period the file does not declare, naming both', () => {
    expect(() =>
      parseIndicatorFile(
        file(2, { programmePeriods: ['2021-2025'], periods: ['2025', '2026'] }),
        'x.json',
      ),
    ).toThrow(
      /periods\[1\]: year "2026" belongs to the 2026–2030 period, but the file declares only 2021–2025 period in "programmePeriods"/,
    );
  });

  it('refuses values of one period’s criteria set in the other’s years, and says how many', () => {
    const read = parseIndicatorFile(
      file(2, {
        programmePeriods: ['2021-2025', '2026-2030'],
        periods: ['2025', '2026'],
        values: {
          '2026': { '00004': { ntm_status: 1, ntm26_status: 1 }, '00008': { ntm_status: 3 } },
        },
      }),
      'mixed.json',
    );
    expect(read.values.get('2026')?.get('ntm_status')?.size).toBe(0);
    expect(read.values.get('2026')?.get('ntm26_status')?.size).toBe(1);
    expect(read.problems.map((p) => p.message.en)).toContain(
      '2 values of "ntm_status" in 2026 (2026–2030 period) refused: this indicator belongs to the 2021–2025 period\'s criteria set, not the same measure',
    );
  });
});
