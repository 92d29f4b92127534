import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue';
import { suggestColumns, suggestFromContent, tableShape } from '../../src/core/column-suggestions';

describe('column suggestions for a table', () => {
  it('reads a Vietnamese sheet’s headers', () => {
    expect(
      suggestColumns(
        ['Mã xã', 'Tên xã', 'Huyện', 'Năm', 'Số tiêu chí NTM đạt', 'Ghi chú'],
        CATALOGUE,
      ),
    ).toEqual([
      { role: 'code' },
      { role: 'name' },
      { role: 'parentName' },
      { role: 'period' },
      { role: 'indicator', id: 'ntm_criteria_met' },
      { role: 'ignore' },
    ]);
  });

  it('reads English headers and indicator ids, each indicator once', () => {
    expect(
      suggestColumns(
        ['code', 'Commune', 'year', 'NTM criteria met', 'ntm_criteria_met'],
        CATALOGUE,
      ),
    ).toEqual([
      { role: 'code' },
      { role: 'name' },
      { role: 'period' },
      { role: 'indicator', id: 'ntm_criteria_met' },
      { role: 'ignore' },
    ]);
  });

  it('gives one key to tables of the same shape, whatever the accents or case', () => {
    expect(tableShape(['Mã xã', 'Tên xã'])).toBe(tableShape(['MA XA', 'ten xa']));
    expect(tableShape(['Mã xã', 'Tên xã'])).not.toBe(tableShape(['Mã xã', 'Năm']));
  });
});

describe('guesses from the cells of a table without headers (issue 20, point 9)', () => {
  const ignore = { role: 'ignore' } as const;
  it('takes distinct codes for the code and "Xã …" texts for the name, never a row count', () => {
    const rows = [
      [1, '40366', 'Xã Kỳ Tiến', 9497, 225],
      [2, '40003', 'Xã Tường An', 6943, 617],
      [3, '40309', 'Phường Kỳ Triệu', 10084, 109],
    ];
    expect(suggestFromContent(rows, 0, [ignore, ignore, ignore, ignore, ignore])).toEqual([
      ignore,
      { role: 'code' },
      { role: 'name' },
      ignore,
      ignore,
    ]);
  });

  it('leaves roles a header named, and repeated numbers, alone', () => {
    const rows = [
      ['Mã', 'Tên', 'Số hộ'],
      ['01', 'Xã A', 12],
      ['02', 'Xã B', 12],
    ];
    const named = [{ role: 'code' }, { role: 'name' }, ignore] as const;
    expect(suggestFromContent(rows, 1, named)).toEqual(named);
    expect(suggestFromContent(rows, 1, [ignore, ignore, ignore])).toEqual([
      ignore,
      { role: 'name' },
      ignore,
    ]);
  });
});
