import { describe, expect, it } from 'vitest';
import { problemAt } from './problem-lines';
import { parseIndicatorFile } from '../../src/core/indicator-file';
import { CATALOGUE } from '../../src/core/catalogue';

const base = {
  format: 'ntp-atlas/indicators',
  version: 1,
  vintage: '2021',
  periods: ['2024'],
  indicators: CATALOGUE,
};

describe('reading an indicator file', () => {
  it('refuses a file without a vintage, naming the field and the choices', () => {
    expect(() => parseIndicatorFile({ ...base, vintage: undefined, values: {} }, 'x.json')).toThrow(
      /x\.json: vintage: expected "2021".*"2025"/,
    );
  });

  it('refuses an unknown format version', () => {
    expect(() => parseIndicatorFile({ ...base, version: 3, values: {} }, 'x.json')).toThrow(
      /versions 1 and 2, found number 3/,
    );
  });

  it('refuses a ratio whose parts are not defined', () => {
    const indicators = [
      {
        id: 'r',
        label: 'r',
        kind: 'rate',
        aggregation: { rule: 'ratio', numerator: 'a', denominator: 'b' },
      },
    ];
    expect(() => parseIndicatorFile({ ...base, indicators, values: {} }, 'x.json')).toThrow(
      /refers to indicator "a"/,
    );
  });

  it('reports values outside the domain, of the wrong type or not a category, and keeps the rest', () => {
    const data = parseIndicatorFile(
      {
        ...base,
        values: {
          '2024': {
            '40000': {
              ntm_criteria_met: 21,
              ntm_status: 5,
              poor_households: -3,
              households_total: 'many',
              ocop_3star: 2,
            },
            '40003': { ntm_criteria_met: null, unknown_indicator: 1 },
          },
        },
      },
      'x.json',
    );
    const messages = data.problems.map((p) => problemAt(p));
    expect(messages).toEqual([
      'values["2024"]["40000"].ntm_criteria_met: 21 is outside 0–19; counted as no data',
      'values["2024"]["40000"].ntm_status: 5 is not one of the categories (0, 1, 2, 3); counted as no data',
      'values["2024"]["40000"].poor_households: a count must be a whole number ≥ 0, found -3; counted as no data',
      'values["2024"]["40000"].households_total: expected a number or null, found "many"; counted as no data',
      'values["2024"]["40003"].unknown_indicator: indicator "unknown_indicator" is not defined in "indicators"; value ignored',
    ]);
    expect(
      data.values
        .get('2024')
        ?.get('ocop_3star')
        ?.get('40000' as never),
    ).toBe(2);
    expect(
      data.values
        .get('2024')
        ?.get('ntm_criteria_met')
        ?.has('40003' as never),
    ).toBe(false);
  });

  it('reports codes that are not unit codes of the vintage', () => {
    const data = parseIndicatorFile(
      { ...base, vintage: '2025', values: { '2024': { '975': { ocop_3star: 1 } } } },
      'x.json',
    );
    expect(data.problems[0]?.message.en).toMatch(/"975" is not a 2025 unit code/);
  });
});
