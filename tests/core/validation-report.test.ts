import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/core/csv-writer';
import type { BoundaryUnits } from '../../src/core/prepared-boundaries';
import { problemLine } from '../../src/core/problems';
import { reportRows, validationReport } from '../../src/core/validation-report';
import { dataset, UNITS } from './fixtures';

const boundaries: BoundaryUnits = {
  vintage: '2021',
  units: UNITS,
  problems: [
    {
      severity: 'error',
      file: 'b.geojson',
      where: { vi: 'đối tượng 9', en: 'feature 9' },
      message: { vi: 'thấy null; bỏ qua đối tượng này', en: 'found null; feature skipped' },
    },
  ],
  bounds: new Map(),
  extent: null,
  islands: { type: 'FeatureCollection', features: [] },
};

describe('the validation report', () => {
  it('counts matches, lists unmatched codes and units without values, and keeps the file problems', () => {
    const data = dataset({
      '40000': { ntm_criteria_met: 19 },
      '40003': { ntm_criteria_met: 21 },
      '40006': { ntm_criteria_met: 12 },
      '49999': { ntm_criteria_met: 9 },
    });
    const report = validationReport(boundaries, data);
    expect(report.unitsByLevel.get('commune')).toBe(7);
    expect(report.unitsByLevel.get('district')).toBe(2);
    // 40003's only value (21 > 19) is refused by the reader: it is left with no usable value.
    expect(report.matched).toBe(2);
    expect(report.unitsWithoutValues).toBe(5);
    expect(report.unmatchedCodes).toBe(1);
    const messages = report.problems.map((p) => problemLine('', p.where, p.message).en);
    const vietnamese = report.problems.map((p) => problemLine('', p.where, p.message).vi);
    expect(messages).toContain('feature 9: found null; feature skipped');
    expect(messages).toContain(
      'code 49999 (values of 2025): no boundary has this code; its values are not shown',
    );
    expect(messages.some((m) => m.startsWith('values["2025"]["40003"].ntm_criteria_met'))).toBe(
      true,
    );
    expect(messages).toContain(
      '40009 (Xã Ẩn Ống): this unit has a boundary but no value in any period; it is shown as "no data"',
    );
    expect(vietnamese).toContain(
      'mã 49999 (giá trị năm 2025): không ranh giới nào có mã này; các giá trị của nó không được hiển thị',
    );
    expect(vietnamese).toContain(
      'values["2025"]["40003"].ntm_criteria_met: 21 nằm ngoài khoảng 0–19; coi như không có dữ liệu',
    );
    expect(report.errors + report.warnings).toBe(report.problems.length);
  });

  it('downloads as CSV that Excel opens in Vietnamese, with quoting and no formulas', () => {
    const csv = toCsv([
      ['severity', 'where', 'message'],
      ['error', 'Xã Ẩn Ống, "A"', '=HYPERLINK("x")'],
      ['warning', null, 12.5],
    ]);
    expect(csv).toBe(
      '\uFEFFseverity,where,message\r\nerror,"Xã Ẩn Ống, ""A""","\'=HYPERLINK(""x"")"\r\nwarning,,12.5\r\n',
    );
    const report = validationReport(boundaries, null);
    expect(reportRows(report, ['en'])).toEqual([
      ['severity', 'file', 'where', 'message'],
      ['error', 'b.geojson', 'feature 9', 'found null; feature skipped'],
    ]);
    expect(reportRows(report, ['vi'])).toEqual([
      ['mức độ', 'tệp', 'vị trí', 'vấn đề'],
      ['lỗi', 'b.geojson', 'đối tượng 9', 'thấy null; bỏ qua đối tượng này'],
    ]);
    // Both languages: place and message each get a column per language, Vietnamese first.
    expect(reportRows(report)).toEqual([
      ['mức độ / severity', 'tệp / file', 'vị trí', 'where', 'vấn đề', 'message'],
      [
        'lỗi / error',
        'b.geojson',
        'đối tượng 9',
        'feature 9',
        'thấy null; bỏ qua đối tượng này',
        'found null; feature skipped',
      ],
    ]);
  });
});
