import type { TableCell, TableSheet } from './unit-table';
import type { IndicatorDataset } from './indicator-file';
import { joinByCode, type KeyedRecord } from './join';
import type { BoundaryUnits } from './prepared-boundaries';
import { placeIn, type DataProblem } from './problems';
import { capRepeatedProblems } from './repeated-problems';
import type { Language } from './text';
import type { Level, UnitCode } from './units';

/** What an import found, for the report the user reads before trusting the map. */
export interface ValidationReport {
  readonly unitsByLevel: ReadonlyMap<Level, number>;
  /**
   * Units at the data's base levels with at least one usable value, and those
   * with none (a value refused as out of domain does not count).
   */
  readonly matched: number;
  readonly unitsWithoutValues: number;
  /** Codes in the indicator file (or rows of a table) that no boundary carries. */
  readonly unmatchedCodes: number;
  readonly errors: number;
  readonly warnings: number;
  /** Every problem, boundaries first, each with file, place and what was expected. */
  readonly problems: readonly DataProblem[];
}

/**
 * Puts together what the boundary reader, the indicator reader and the join
 * found. Nothing is dropped silently: every unmatched code and every unit
 * left without values is listed.
 */
export function validationReport(
  boundaries: Pick<BoundaryUnits, 'units' | 'problems'>,
  dataset: IndicatorDataset | null,
): ValidationReport {
  const problems: DataProblem[] = [...boundaries.problems];
  const unitsByLevel = new Map<Level, number>();
  for (const unit of boundaries.units) {
    unitsByLevel.set(unit.level, (unitsByLevel.get(unit.level) ?? 0) + 1);
  }
  let matched = 0;
  let unitsWithoutValues = 0;
  let unmatchedCodes = 0;
  if (dataset) {
    problems.push(...dataset.problems);
    const records: KeyedRecord[] = [];
    const periodsOf = new Map<UnitCode, string[]>();
    const indicatorsWithValues = new Set<string>();
    for (const [period, byIndicator] of dataset.values) {
      for (const [indicator, byCode] of byIndicator) {
        if (byCode.size) indicatorsWithValues.add(indicator);
        for (const code of byCode.keys()) {
          const periods = periodsOf.get(code) ?? [];
          if (!periods.includes(period)) periods.push(period);
          periodsOf.set(code, periods);
        }
      }
    }
    for (const [code, periods] of periodsOf) {
      const row = dataset.origins?.get(code);
      records.push({
        code,
        where:
          row !== undefined
            ? { vi: `dòng ${row}`, en: `row ${row}` }
            : { vi: `giá trị năm ${periods.join(', ')}`, en: `values of ${periods.join(', ')}` },
      });
    }
    // Only the levels the file has values for: a file of commune figures says nothing of districts.
    const baseLevels = new Set(
      dataset.indicators.filter((d) => indicatorsWithValues.has(d.id)).map((d) => d.baseLevel),
    );
    const units = boundaries.units.filter((u) => baseLevels.has(u.level)).map((u) => u.code);
    const join = joinByCode(units, records);
    matched = join.matched.length;
    unitsWithoutValues = join.unitsWithoutRecord.length;
    const known = new Set(boundaries.units.map((u) => u.code));
    for (const record of join.unmatchedRecords) {
      // A reported parent value (a district's own figure) is not a base-level unit but is known.
      if (known.has(record.code)) continue;
      unmatchedCodes += 1;
      problems.push({
        severity: 'error',
        file: dataset.fileName,
        where: {
          vi: `mã ${record.code} (${placeIn(record.where, 'vi')})`,
          en: `code ${record.code} (${placeIn(record.where, 'en')})`,
        },
        message: {
          vi: 'không ranh giới nào có mã này; các giá trị của nó không được hiển thị',
          en: 'no boundary has this code; its values are not shown',
        },
      });
    }
    unmatchedCodes += dataset.unmatchedRecords ?? 0;
    const names = new Map(boundaries.units.map((u) => [u.code, u.name]));
    for (const code of join.unitsWithoutRecord) {
      problems.push({
        severity: 'warning',
        file: dataset.fileName,
        where: `${code} (${names.get(code) ?? ''})`,
        message: {
          vi: 'đơn vị này có ranh giới nhưng không có giá trị ở kỳ nào; hiện là "không có dữ liệu"',
          en: 'this unit has a boundary but no value in any period; it is shown as "no data"',
        },
      });
    }
  }
  const listed = capRepeatedProblems(problems);
  return {
    unitsByLevel,
    matched,
    unitsWithoutValues,
    unmatchedCodes,
    errors: countOf(listed, 'error'),
    warnings: countOf(listed, 'warning'),
    problems: listed,
  };
}

const SEVERITY_WORDS = {
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
} as const;

/**
 * The report's rows for a CSV download: one row per problem, with place and
 * message in Vietnamese, in English, or in both (two columns each), as the
 * atlas speaks when it is downloaded.
 */
export function reportRows(
  report: ValidationReport,
  languages: readonly Language[] = ['vi', 'en'],
): string[][] {
  const header: Record<Language, string[]> = {
    vi: ['mức độ', 'tệp', 'vị trí', 'vấn đề'],
    en: ['severity', 'file', 'where', 'message'],
  };
  const severityColumn = (p: DataProblem) =>
    languages.map((l) => SEVERITY_WORDS[p.severity][l]).join(' / ');
  return [
    [
      languages.map((l) => header[l][0]).join(' / '),
      languages.map((l) => header[l][1]).join(' / '),
      ...languages.map((l) => header[l][2] as string),
      ...languages.map((l) => header[l][3] as string),
    ],
    ...report.problems.map((p) => [
      severityColumn(p),
      p.file,
      ...languages.map((l) => placeIn(p.where, l)),
      ...languages.map((l) => p.message[l]),
    ]),
  ];
}

/**
 * The report as a workbook's sheet: the same rows as the CSV, and an "about"
 * sheet with what was matched and how many errors and warnings.
 */
export function reportSheet(
  report: ValidationReport,
  languages: readonly Language[] = ['vi', 'en'],
): TableSheet {
  const [header = [], ...rows] = reportRows(report, languages);
  const label = (vi: string, en: string) =>
    languages.map((l) => (l === 'vi' ? vi : en)).join(' / ');
  return {
    header,
    rows: rows.map((row) => row.map((value): TableCell => ({ kind: 'text', value }))),
    about: [
      [label('Đơn vị khớp, có số liệu', 'Units matched, with values'), String(report.matched)],
      [label('Đơn vị không có số liệu', 'Units without values'), String(report.unitsWithoutValues)],
      [label('Mã không có địa giới', 'Codes without a boundary'), String(report.unmatchedCodes)],
      [label('Lỗi', 'Errors'), String(report.errors)],
      [label('Cảnh báo', 'Warnings'), String(report.warnings)],
    ],
  };
}

/** How many problems of a severity, a line that stands for many counting as many. */
function countOf(problems: readonly DataProblem[], severity: DataProblem['severity']): number {
  let count = 0;
  for (const p of problems) if (p.severity === severity) count += p.count ?? 1;
  return count;
}
