import { describe, expect, it } from 'vitest';
import { scorecard } from '../../src/core/scorecard';
import { code, dataset, hierarchy } from './fixtures';

/** Met (1) or not (0) on each of the 19 criteria, all met but `missing`; `only` limits the data. */
const criteria = (missing: number[], only = 19) =>
  Object.fromEntries(
    Array.from({ length: only }, (_, i) => [
      `ntm_c${String(i + 1).padStart(2, '0')}`,
      missing.includes(i + 1) ? 0 : 1,
    ]),
  );

/**
 * District 975's five communes, by hand: 40000 meets all 19; 40003 misses
 * criterion 17; 40006 misses 5 and 17; 40009 misses 5, 13 and 17; 40012 has
 * data for criteria 1–10 only, all met. District 976 is left out of the area.
 */
const data = dataset({
  '40000': criteria([]),
  '40003': criteria([17]),
  '40006': criteria([5, 17]),
  '40009': criteria([5, 13, 17]),
  '40012': criteria([], 10),
  '40015': criteria([1, 2, 3]),
});

describe('the criteria scorecard of a district', () => {
  const card = scorecard(hierarchy, data, '2025', code('975'));

  it('lists the district’s communes against the 19 criteria of 2021–2025', () => {
    expect(card?.programme).toBe('2021-2025');
    expect(card?.size).toBe(19);
    expect(card?.rows.map((r) => [r.code, r.met, r.withData])).toEqual([
      ['40000', 19, 19],
      ['40003', 18, 19],
      ['40006', 17, 19],
      ['40009', 16, 19],
      ['40012', 10, 10],
    ]);
  });

  it('puts the criteria holding most communes back first, with their counts', () => {
    // 17 holds back three of the four communes with data on it (40012 has none);
    // 5 two of five (40012 meets it); 13 one of four.
    expect(card?.holdingBack.map((c) => [c.number, c.notMet, c.met, c.withData])).toEqual([
      [17, 3, 1, 4],
      [5, 2, 3, 5],
      [13, 1, 3, 4],
    ]);
    expect(card?.criteria[0]).toMatchObject({ id: 'ntm_c01', met: 5, withData: 5 });
  });

  it('names the communes missing one or two criteria, and which', () => {
    expect(card?.closest.map((r) => [r.name, r.missing])).toEqual([
      ['Xã Hòa Bình', [17]],
      ['Thị trấn Móng Cái', [5, 17]],
    ]);
  });

  it('has nothing for a year without criteria', () => {
    expect(scorecard(hierarchy, data, '2024', code('975'))).toBeNull();
  });
});
