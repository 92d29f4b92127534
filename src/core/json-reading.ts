import { expectedFound, type Place } from './problems';
import type { BilingualText } from './text';

/**
 * Reading a JSON data file by hand: each reader checks its part and, when
 * it cannot be used, fails with the place and what was expected.
 */

export const AN_OBJECT: BilingualText = { vi: 'một đối tượng', en: 'an object' };

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Stops reading the file: where in it, and what is wrong. */
export type Fail = (where: Place, message: BilingualText) => never;

/** A label: a string, or {"vi": …, "en": …} (English falls back to Vietnamese). */
export function readText(
  value: unknown,
  where: string,
  fail: Fail,
  fallback?: BilingualText,
): BilingualText {
  if (value === undefined && fallback) return fallback;
  if (typeof value === 'string') return { vi: value, en: value };
  if (isObject(value) && typeof value.vi === 'string') {
    return { vi: value.vi, en: typeof value.en === 'string' ? value.en : value.vi };
  }
  const shape = '{"vi": "…", "en": "…"}';
  return fail(where, expectedFound({ vi: shape, en: shape }, value));
}
