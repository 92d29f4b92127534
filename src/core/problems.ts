/**
 * What went wrong in an input file, said so that a planner can fix it:
 * which file, where in it (row, feature, JSON path), what was expected.
 */
export interface DataProblem {
  readonly severity: 'error' | 'warning';
  readonly file: string;
  /** e.g. `feature 12 (code "00004")`, `values["2023"]["97001"].poor_households`. */
  readonly where: string;
  readonly message: string;
}

/** A problem that stops a file from loading at all. */
export class DataFileError extends Error {
  readonly file: string;
  readonly where: string;
  constructor(file: string, where: string, message: string) {
    super(`${file}: ${where ? `${where}: ` : ''}${message}`);
    this.name = 'DataFileError';
    this.file = file;
    this.where = where;
  }
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
