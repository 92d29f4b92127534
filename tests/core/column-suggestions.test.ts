import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue';
import { suggestColumns, tableShape } from '../../src/core/column-suggestions';

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
