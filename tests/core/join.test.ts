import { describe, expect, it } from 'vitest';
import { joinByCode } from '../../src/core/join';
import { code } from './fixtures';

describe('joining records to units by code', () => {
  const units = [code('40000'), code('40003'), code('40006')];

  it('reports matched codes, records without a unit and units without a record', () => {
    const report = joinByCode(units, [
      { code: code('40000'), where: 'row 2' },
      { code: code('49999'), where: 'row 3' },
    ]);
    expect(report.matched).toEqual(['40000']);
    expect(report.unmatchedRecords).toEqual([{ code: '49999', where: 'row 3' }]);
    expect(report.unitsWithoutRecord).toEqual(['40003', '40006']);
  });

  it('reports every record of a duplicated code instead of dropping one', () => {
    const report = joinByCode(units, [
      { code: code('40003'), where: 'row 2' },
      { code: code('40003'), where: 'row 7' },
    ]);
    expect(report.duplicates.get(code('40003'))?.map((r) => r.where)).toEqual(['row 2', 'row 7']);
    expect(report.matched).toEqual(['40003']);
  });
});
