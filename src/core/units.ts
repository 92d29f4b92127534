/**
 * Administrative units, their codes and the boundary vintage they belong to.
 *
 * Codes are strings with leading zeros (province 2 digits, district 3, commune 5).
 * New 2025 commune codes reuse old ones, so a code is only meaningful together
 * with its vintage: every unit carries it.
 */

import type { BilingualText } from './text';

/** "2021": the 3-level geography before 1 Jul 2025. "2025": the 2-level one after. */
export type Vintage = '2021' | '2025';
export const VINTAGES: readonly Vintage[] = ['2021', '2025'];

export type Level = 'province' | 'district' | 'commune';

declare const unitCodeBrand: unique symbol;
/** A normalised official code. Only {@link parseUnitCode} makes one. */
export type UnitCode = string & { readonly [unitCodeBrand]: true };

export const CODE_LENGTH: Readonly<Record<Level, number>> = {
  province: 2,
  district: 3,
  commune: 5,
};

/** The levels of a vintage, from the top. The 2025 reform abolished districts. */
export function levelsOf(vintage: Vintage): readonly Level[] {
  return vintage === '2021' ? ['province', 'district', 'commune'] : ['province', 'commune'];
}

export function isVintage(value: unknown): value is Vintage {
  return value === '2021' || value === '2025';
}

export function isLevel(value: unknown): value is Level {
  return value === 'province' || value === 'district' || value === 'commune';
}

/** The level whose codes have this many digits, if any. */
export function levelOfCodeLength(length: number): Level | undefined {
  return (Object.keys(CODE_LENGTH) as Level[]).find((level) => CODE_LENGTH[level] === length);
}

export type CodeParseResult = { ok: true; code: UnitCode } | { ok: false; reason: BilingualText };

/** A level's name in running text: "a commune code", "mã xã". */
export const LEVEL_WORDS: Readonly<Record<Level, BilingualText>> = {
  province: { vi: 'tỉnh', en: 'province' },
  district: { vi: 'huyện', en: 'district' },
  commune: { vi: 'xã', en: 'commune' },
};

/**
 * Normalises a code read from a file. Strings of digits are kept as they are when
 * they have the level's length, and left-padded with zeros when shorter (a
 * spreadsheet turned "01" into "1"). Numbers are accepted only when they are
 * whole, and padded the same way. Anything else is refused with a reason.
 */
export function parseUnitCode(raw: unknown, level: Level): CodeParseResult {
  const width = CODE_LENGTH[level];
  let text: string;
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw < 0) {
      return {
        ok: false,
        reason: {
          vi: `mã ${String(raw)} không phải số nguyên`,
          en: `code ${String(raw)} is not a whole number`,
        },
      };
    }
    text = String(raw);
  } else if (typeof raw === 'string') {
    text = raw.trim();
  } else {
    const found = raw === null ? 'null' : typeof raw;
    return {
      ok: false,
      reason: {
        vi: `mã là ${found === 'undefined' ? 'ô trống' : found}, cần một chuỗi chữ số`,
        en: `code is ${found}, expected a string`,
      },
    };
  }
  if (!/^\d+$/.test(text)) {
    return {
      ok: false,
      reason: {
        vi: `mã "${text}" có ký tự không phải chữ số`,
        en: `code "${text}" has characters other than digits`,
      },
    };
  }
  if (text.length > width) {
    return {
      ok: false,
      reason: {
        vi: `mã "${text}" có ${text.length} chữ số; mã ${LEVEL_WORDS[level].vi} có ${width}`,
        en: `code "${text}" has ${text.length} digits; a ${level} code has ${width}`,
      },
    };
  }
  return { ok: true, code: text.padStart(width, '0') as UnitCode };
}

/** An administrative unit of one vintage. */
export interface Unit {
  readonly code: UnitCode;
  /** Official name with its type prefix, NFC ("Xã Tân Phú"). */
  readonly name: string;
  readonly level: Level;
  /** The code of the unit one level up in the same vintage, or null for a province. */
  readonly parent: UnitCode | null;
  readonly vintage: Vintage;
}
