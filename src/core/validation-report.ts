import type { IndicatorDataset } from './indicator-file';
import { joinByCode, type KeyedRecord } from './join';
import type { BoundaryUnits } from './prepared-boundaries';
import type { DataProblem } from './problems';
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
  boundaries: BoundaryUnits,
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
      records.push({
        code,
        where: dataset.origins?.get(code) ?? `values of ${periods.join(', ')}`,
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
        where: `code ${record.code} (${record.where})`,
        message: 'no boundary has this code; its values are not shown',
      });
    }
    unmatchedCodes += dataset.unmatchedRecords ?? 0;
    const names = new Map(boundaries.units.map((u) => [u.code, u.name]));
    for (const code of join.unitsWithoutRecord) {
      problems.push({
        severity: 'warning',
        file: dataset.fileName,
        where: `${code} (${names.get(code) ?? ''})`,
        message: 'this unit has a boundary but no value in any period; it is shown as "no data"',
      });
    }
  }
  return {
    unitsByLevel,
    matched,
    unitsWithoutValues,
    unmatchedCodes,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    problems,
  };
}

/** The report's rows for a CSV download: one row per problem. */
export function reportRows(report: ValidationReport): string[][] {
  return [
    ['severity', 'file', 'where', 'message'],
    ...report.problems.map((p) => [p.severity, p.file, p.where, p.message]),
  ];
}
