import type { BilingualText, Language } from './text';

/**
 * Where in a file a problem is. A JSON path (`values["2023"]["97001"]`) or a
 * column name reads the same in any language, so it stays a plain string;
 * anything with words in it ("row 12", "feature 3") is given in both.
 */
export type Place = string | BilingualText;

/**
 * What went wrong in an input file, said so that a planner can fix it:
 * which file, where in it (row, feature, JSON path), what was expected —
 * in Vietnamese and English, since the report is read in either.
 */
export interface DataProblem {
  readonly severity: 'error' | 'warning';
  readonly file: string;
  /** e.g. `feature 12 (code "00004")`, `values["2023"]["97001"].poor_households`. */
  readonly where: Place;
  readonly message: BilingualText;
  /** How many places this line stands for, when it sums up many alike (see repeated-problems); 1 if absent. */
  readonly count?: number;
}

/** An error said in both languages, for the page to show in the language it speaks. */
export class BilingualError extends Error {
  readonly text: BilingualText;
  constructor(text: BilingualText) {
    super(text.en);
    this.name = 'BilingualError';
    this.text = text;
  }
}

/**
 * A problem that stops a file from loading at all. Its `message` is the
 * English line (for logs and the command line); `text` holds both languages
 * for the page. The fields survive the trip from a worker (see worker-errors.ts).
 */
export class DataFileError extends BilingualError {
  readonly file: string;
  readonly where: Place;
  constructor(file: string, where: Place, text: BilingualText) {
    super(text);
    this.message = problemLine(file, where, text).en;
    this.name = 'DataFileError';
    this.file = file;
    this.where = where;
  }
}

/** The place in one language. */
export function placeIn(where: Place, language: Language): string {
  return typeof where === 'string' ? where : where[language];
}

/** The place as text in both languages (a JSON path reads the same in each). */
export function placeText(where: Place): BilingualText {
  return typeof where === 'string' ? { vi: where, en: where } : where;
}

/** Several places as one: "row 3, row 9". */
export function listPlaces(places: readonly Place[]): Place {
  if (places.every((place) => typeof place === 'string')) return places.join(', ');
  return {
    vi: places.map((place) => placeIn(place, 'vi')).join(', '),
    en: places.map((place) => placeIn(place, 'en')).join(', '),
  };
}

/** "file: where: message", in each language; empty parts are left out. */
export function problemLine(file: string, where: Place, message: BilingualText): BilingualText {
  const line = (language: Language) =>
    [file, placeIn(where, language), message[language]].filter(Boolean).join(': ');
  return { vi: line('vi'), en: line('en') };
}

function isBilingual(value: unknown): value is BilingualText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as BilingualText).vi === 'string' &&
    typeof (value as BilingualText).en === 'string'
  );
}

/**
 * The words of anything thrown, in both languages: a data file's error as
 * its reader wrote it; anything else (a bug, the browser's own error) as it
 * was thrown, since there is nothing better to show. Works on errors that
 * crossed from a worker, which arrive as plain objects with the same fields.
 */
export function errorText(error: unknown): BilingualText {
  const fields = (typeof error === 'object' && error !== null ? error : {}) as {
    file?: unknown;
    where?: unknown;
    text?: unknown;
    message?: unknown;
  };
  if (isBilingual(fields.text)) {
    const where = typeof fields.where === 'string' || isBilingual(fields.where) ? fields.where : '';
    return problemLine(typeof fields.file === 'string' ? fields.file : '', where, fields.text);
  }
  const message = typeof fields.message === 'string' ? fields.message : String(error);
  return { vi: message, en: message };
}

/** A value from a file, described for a message: `"abc"`, `number 5`, `an array`. */
export function describeValue(value: unknown): BilingualText {
  if (value === null) return { vi: 'null', en: 'null' };
  if (value === undefined) return { vi: 'không có gì', en: 'nothing' };
  if (Array.isArray(value)) return { vi: 'một danh sách', en: 'an array' };
  if (typeof value === 'string') {
    const quoted = `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
    return { vi: quoted, en: quoted };
  }
  if (typeof value === 'object') return { vi: 'một đối tượng', en: 'an object' };
  if (typeof value === 'number') return { vi: `số ${value}`, en: `number ${value}` };
  return { vi: `giá trị ${String(value)}`, en: `${typeof value} ${String(value)}` };
}

/** "expected …, found …" — the most common message — in both languages. */
export function expectedFound(expected: BilingualText, value: unknown): BilingualText {
  const found = describeValue(value);
  return {
    vi: `cần ${expected.vi}, nhưng thấy ${found.vi}`,
    en: `expected ${expected.en}, found ${found.en}`,
  };
}

/** Two bilingual texts joined ("…; counted as no data"). */
export function joinTexts(
  first: BilingualText,
  second: BilingualText,
  separator = '; ',
): BilingualText {
  return { vi: `${first.vi}${separator}${second.vi}`, en: `${first.en}${separator}${second.en}` };
}

/** Said of a file the JSON parser refused, with the parser's own words. */
export function notValidJson(error: unknown): BilingualText {
  const detail = error instanceof Error ? ` (${error.message})` : '';
  return { vi: `không phải JSON hợp lệ${detail}`, en: `is not valid JSON${detail}` };
}

/** The same words in both languages: a code, a number, a name. */
export function same(text: string): BilingualText {
  return { vi: text, en: text };
}
