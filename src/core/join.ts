import type { Place } from './problems';
import type { UnitCode } from './units';

/** One keyed record from a file: a feature or a data row, with where it was found. */
export interface KeyedRecord {
  readonly code: UnitCode;
  /** "feature 12", "row 40", `values["2024"]`: shown in reports. */
  readonly where: Place;
}

export interface JoinReport {
  /** Codes found on both sides. */
  readonly matched: readonly UnitCode[];
  /** Records whose code is not among the units: reported, never silently dropped. */
  readonly unmatchedRecords: readonly KeyedRecord[];
  /** Units that no record speaks of. */
  readonly unitsWithoutRecord: readonly UnitCode[];
  /** Codes that appear in more than one record, with every record that carries them. */
  readonly duplicates: ReadonlyMap<UnitCode, readonly KeyedRecord[]>;
}

/**
 * Joins records to units by code, like a database join that reports instead of
 * dropping: what matched, what did not on either side, and which codes repeat.
 * Codes must already be normalised ({@link parseUnitCode}); a string/number
 * mismatch cannot happen because both sides are branded strings.
 */
export function joinByCode(units: Iterable<UnitCode>, records: Iterable<KeyedRecord>): JoinReport {
  const unitSet = new Set(units);
  const seen = new Map<UnitCode, KeyedRecord[]>();
  const unmatchedRecords: KeyedRecord[] = [];
  for (const record of records) {
    const list = seen.get(record.code);
    if (list) list.push(record);
    else seen.set(record.code, [record]);
    if (!unitSet.has(record.code)) unmatchedRecords.push(record);
  }
  const matched: UnitCode[] = [];
  const unitsWithoutRecord: UnitCode[] = [];
  for (const code of unitSet) {
    if (seen.has(code)) matched.push(code);
    else unitsWithoutRecord.push(code);
  }
  const duplicates = new Map<UnitCode, KeyedRecord[]>();
  for (const [code, list] of seen) if (list.length > 1) duplicates.set(code, list);
  return { matched, unmatchedRecords, unitsWithoutRecord, duplicates };
}
