import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue';
import { fromTransfer, toTransfer } from '../../src/core/dataset-transfer';
import { parseIndicatorFile } from '../../src/core/indicator-file';
import { levelColumn } from '../../src/core/level-column';
import { PackedColumn } from '../../src/core/packed-column';
import { code } from './fixtures';

const codes = ['40000', '40003', '40006', '40009'].map(code);

describe('packed indicator columns', () => {
  it('read as the map of the values they hold, no-data codes absent', () => {
    const packed = new PackedColumn(codes, Float64Array.from([3, NaN, 0, 7.5]));
    const map = new Map([
      [codes[0]!, 3],
      [codes[2]!, 0],
      [codes[3]!, 7.5],
    ]);
    expect(packed.size).toBe(3);
    expect([...packed]).toEqual([...map]);
    expect([...packed.keys()]).toEqual([...map.keys()]);
    expect([...packed.values()]).toEqual([...map.values()]);
    const seen: [string, number][] = [];
    packed.forEach((value, key) => seen.push([key, value]));
    expect(seen).toEqual([...map]);
    expect(packed.get(codes[1]!)).toBeUndefined();
    expect(packed.has(codes[1]!)).toBe(false);
    expect(packed.get(codes[2]!)).toBe(0);
    expect(packed.get(code('99999'))).toBeUndefined();
  });

  it('lay out for a level as the same values in a map would, in any order', () => {
    const level = [codes[3]!, code('40012'), codes[0]!, codes[2]!, codes[1]!];
    const packed = new PackedColumn(codes, Float64Array.from([3, NaN, 0, 7.5]));
    const map = new Map([...packed]);
    expect([...levelColumn(packed, level)]).toEqual([...levelColumn(map, level)]);
    expect([...levelColumn(packed, level)]).toEqual([7.5, NaN, 3, 0, NaN]);
  });

  it('are what an indicator file is read into: each period its rows once, a column per indicator given', () => {
    const dataset = parseIndicatorFile(
      {
        format: 'ntp-atlas/indicators',
        version: 1,
        vintage: '2021',
        periods: ['2025'],
        indicators: CATALOGUE,
        values: {
          '2025': {
            '40000': { ntm_criteria_met: 19, poor_households: 20 },
            bad: { ntm_criteria_met: 3 },
            '40003': { ntm_criteria_met: 25, poor_households: 40 },
            '40006': { ntm_criteria_met: null, poor_households: 5 },
          },
        },
      },
      'packed.json',
    );
    const period = dataset.values.get('2025')!;
    const criteria = period.get('ntm_criteria_met');
    expect(criteria).toBeInstanceOf(PackedColumn);
    // 25 is outside 0–19 and "bad" is no unit code: both left out, and said.
    expect([...criteria!]).toEqual([[code('40000'), 19]]);
    expect([...period.get('poor_households')!]).toEqual([
      [code('40000'), 20],
      [code('40003'), 40],
      [code('40006'), 5],
    ]);
    expect((criteria as PackedColumn).codes).toBe(
      (period.get('poor_households') as PackedColumn).codes,
    );
    // An indicator with no value in the period holds nothing, and costs no array.
    expect(period.get('ocop_total')?.size).toBe(0);
    expect(period.get('ocop_total')).not.toBeInstanceOf(PackedColumn);
    // Rows in the order JSON gives them: unit-code-like keys first, ascending.
    expect(dataset.problems.map((p) => p.where)).toEqual([
      'values["2025"]["40003"].ntm_criteria_met',
      'values["2025"]["bad"]',
    ]);
  });

  it('cross from the worker to the page as typed arrays, handed over, and read back the same', () => {
    const dataset = parseIndicatorFile(
      {
        format: 'ntp-atlas/indicators',
        version: 1,
        vintage: '2021',
        periods: ['2024', '2025'],
        indicators: CATALOGUE,
        values: {
          '2024': { '40000': { ntm_criteria_met: 12 }, '40003': { poor_households: 7 } },
          '2025': { '40003': { ntm_criteria_met: 14, poor_households: 6 } },
        },
      },
      'two.json',
    );
    // What the page must read: taken before the arrays are handed over.
    const expected = [...dataset.values].flatMap(([period, columns]) =>
      [...columns].map(([id, column]) => [period, id, [...column]] as const),
    );
    const { transferred, buffers } = toTransfer(dataset);
    const used = [...dataset.values.values()].flatMap((period) =>
      [...period.values()].filter((c) => c instanceof PackedColumn),
    );
    expect(buffers.length).toBe(used.length);
    const received = fromTransfer(structuredClone(transferred, { transfer: buffers }));
    for (const [period, id, entries] of expected)
      expect([...(received.values.get(period)?.get(id) ?? [])], `${period} ${id}`).toEqual(entries);
    expect(expected.filter(([, , entries]) => entries.length > 0)).toHaveLength(4);
    expect(received.problems).toEqual(dataset.problems);
    expect(received.indicators).toEqual(dataset.indicators);
    // Handed over, not copied: the worker's arrays are emptied.
    expect((used[0] as PackedColumn).numbers.length).toBe(0);
  });

  it('packs columns that a table import made as maps', () => {
    const dataset = {
      ...parseIndicatorFile(
        {
          format: 'ntp-atlas/indicators',
          version: 1,
          vintage: '2021',
          periods: ['2025'],
          indicators: CATALOGUE,
          values: {},
        },
        'table.json',
      ),
      values: new Map([['2025', new Map([['ntm_criteria_met', new Map([[codes[1]!, 9]])]])]]),
    };
    const received = fromTransfer(structuredClone(toTransfer(dataset).transferred));
    expect([...received.values.get('2025')!.get('ntm_criteria_met')!]).toEqual([[codes[1], 9]]);
  });

  it('sends the codes of years that share them once, and the rows each unit came from', () => {
    const year = (value: number) =>
      new Map([
        [
          'ntm_criteria_met',
          new Map([
            [codes[1]!, value],
            [codes[2]!, value + 1],
          ]),
        ],
      ]);
    const dataset = {
      ...parseIndicatorFile(
        {
          format: 'ntp-atlas/indicators',
          version: 1,
          vintage: '2021',
          periods: ['2024', '2025'],
          indicators: CATALOGUE,
          values: {},
        },
        'table.csv',
      ),
      values: new Map([
        ['2024', year(8)],
        ['2025', year(9)],
      ]),
      origins: new Map([
        [codes[1]!, 3],
        [codes[2]!, 4],
      ]),
    };
    const { transferred, buffers } = toTransfer(dataset);
    expect(transferred.values[0]![1]).toBe(transferred.values[1]![1]);
    expect(buffers).toHaveLength(3);
    const received = fromTransfer(structuredClone(transferred));
    expect([...received.values.get('2025')!.get('ntm_criteria_met')!]).toEqual([
      [codes[1], 9],
      [codes[2], 10],
    ]);
    expect([...received.origins!]).toEqual([
      [codes[1], 3],
      [codes[2], 4],
    ]);
  });
});
