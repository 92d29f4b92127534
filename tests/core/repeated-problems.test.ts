import { describe, expect, it } from 'vitest';
import type { DataProblem } from '../../src/core/problems';
import { capRepeatedProblems } from '../../src/core/repeated-problems';
import { validationReport } from '../../src/core/validation-report';

const noParent = (i: number): DataProblem => ({
  severity: 'error',
  file: 'xa.geojson',
  where: `feature ${i + 1}`,
  message: { vi: 'không có mã tỉnh cấp trên', en: 'has no parent province code' },
});

describe('the same problem on many features (issue 20, point 10b)', () => {
  it('keeps the first of each with their places and sums up the rest in one line', () => {
    const problems = [
      ...Array.from({ length: 7 }, (_, i) => noParent(i)),
      { ...noParent(0), severity: 'warning' as const, message: { vi: 'khác', en: 'other' } },
    ];
    const capped = capRepeatedProblems(problems, 3);
    expect(capped.map((p) => [p.where, p.count ?? 1])).toEqual([
      ['feature 1', 1],
      ['feature 2', 1],
      ['feature 3', 1],
      ['feature 1', 1],
      [{ vi: '4 chỗ khác', en: '4 more places' }, 4],
    ]);
    expect(capped[4]!.message.en).toBe(
      'the same problem as above (7 places in all; the first 3 are listed): has no parent province code',
    );
  });

  it('still counts every place in the report', () => {
    const problems = capRepeatedProblems(Array.from({ length: 2500 }, (_, i) => noParent(i)));
    expect(problems).toHaveLength(1001);
    const report = validationReport({ units: [], problems }, null);
    expect([report.errors, report.warnings]).toEqual([2500, 0]);
  });
});
