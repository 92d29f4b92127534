import type { Hierarchy } from './hierarchy';
import type { IndicatorDefinition } from './indicator-definition';
import { buildNameIndex, matchName, type NameIndex } from './name-match';
import { joinTexts, type Place } from './problems';
import type { TableCell } from './table-header';
import type { TableMapping } from './table-import';
import { foldVietnamese, type BilingualText } from './text';
import {
  CODE_LENGTH,
  LEVEL_WORDS,
  levelsOf,
  parseUnitCode,
  type Level,
  type UnitCode,
} from './units';

/**
 * Reading a table's cells for the import: codes at the table's level, names
 * matched to units, periods, and the places problems are reported at.
 */

export const textOf = (cell: TableCell | undefined) =>
  cell === null || cell === undefined ? '' : String(cell).replace(/\s+/g, ' ').trim();

export const ROW_NOT_SHOWN: BilingualText = { vi: 'dòng không được hiển thị', en: 'row not shown' };

export const columnPlace = (header: string): BilingualText => ({
  vi: `cột "${header}"`,
  en: `column "${header}"`,
});

export function listRows(rows: readonly number[]): string {
  return rows.length > 12 ? `${rows.slice(0, 12).join(', ')}, …` : rows.join(', ');
}

/** The level a code column is at: said by its header, or else the one most of its codes fit. */
export function levelOfCodeColumn(
  cells: readonly TableCell[],
  header: string,
  hierarchy: Hierarchy,
): Level {
  const levels = levelsOf(hierarchy.vintage);
  const folded = foldVietnamese(header);
  const said = levels.find((level) =>
    ({
      province: /\b(tinh|province)\b/,
      district: /\b(huyen|quan|district)\b/,
      commune: /\b(xa|phuong|commune|ward)\b/,
    })[level].test(folded),
  );
  if (said) return said;
  let best: Level = levels[levels.length - 1] as Level;
  let bestCount = -1;
  for (const level of [...levels].reverse()) {
    const count = cells.filter((cell) => {
      const parsed = parseUnitCode(typeof cell === 'string' ? cell.trim() : cell, level);
      return parsed.ok && hierarchy.units.get(parsed.code)?.level === level;
    }).length;
    if (count > bestCount) [best, bestCount] = [level, count];
  }
  return best;
}

/**
 * A code cell as a unit. A text code of a level's full length is taken at
 * that level (a province total row in a commune table); anything else is
 * padded to the column's level ("4" → "00004": Excel drops leading zeros).
 */
export function codeOfCell(
  raw: TableCell,
  columnLevel: Level,
  hierarchy: Hierarchy,
): { ok: true; code: UnitCode } | { ok: false; reason: BilingualText } {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  if (typeof text === 'string') {
    const exactLevel = levelsOf(hierarchy.vintage).find(
      (level) => CODE_LENGTH[level] === text.length,
    );
    if (exactLevel && hierarchy.units.get(text as UnitCode)?.level === exactLevel) {
      return { ok: true, code: text as UnitCode };
    }
  }
  const parsed = parseUnitCode(text, columnLevel);
  if (!parsed.ok) return { ok: false, reason: joinTexts(parsed.reason, ROW_NOT_SHOWN) };
  if (!hierarchy.units.has(parsed.code)) {
    return {
      ok: false,
      reason: joinTexts(
        {
          vi: `mã ${parsed.code} không phải một ${LEVEL_WORDS[columnLevel].vi} của bộ ranh giới ${hierarchy.vintage}`,
          en: `code ${parsed.code} is not a ${columnLevel} of the ${hierarchy.vintage} boundaries`,
        },
        ROW_NOT_SHOWN,
      ),
    };
  }
  return { ok: true, code: parsed.code };
}

/** The level whose names the table's names fit best. */
export function nameIndexFor(
  rows: readonly { name: string; parents: readonly string[] }[],
  hierarchy: Hierarchy,
): NameIndex {
  const sample = rows.filter((r) => r.name).slice(0, 400);
  let best: NameIndex | null = null;
  let bestCount = -1;
  for (const level of [...levelsOf(hierarchy.vintage)].reverse()) {
    const index = buildNameIndex(hierarchy, level);
    const count = sample.filter((r) => matchName(index, r.name, r.parents).kind !== 'none').length;
    if (count > bestCount) [best, bestCount] = [index, count];
  }
  return best as NameIndex;
}

export function periodOfRow(
  cells: readonly TableCell[],
  period: TableMapping['period'],
): { ok: true; value: string } | { ok: false; reason: BilingualText } {
  if ('fixed' in period) return { ok: true, value: period.fixed };
  const raw = textOf(cells[period.column]);
  const year = /\b(19|20)\d{2}\b/.exec(raw)?.[0];
  if (year) return { ok: true, value: year };
  return {
    ok: false,
    reason: raw
      ? {
          vi: `kỳ "${raw}" không phải một năm như 2024`,
          en: `period "${raw}" is not a year such as 2024`,
        }
      : { vi: 'ô kỳ để trống', en: 'the period cell is empty' },
  };
}

/** Rates written as fractions (0.052 for 5.2%) would all land in the lowest class: say so. */
export function warnIfFractions(
  values: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<UnitCode, number>>>,
  definition: IndicatorDefinition,
  header: string,
  report: (severity: 'warning', where: Place, message: BilingualText) => void,
): void {
  const all = [...values.values()].flatMap((p) => [...(p.get(definition.id)?.values() ?? [])]);
  if (all.length >= 3 && all.every((v) => v >= 0 && v <= 1) && all.some((v) => v > 0 && v < 1)) {
    report('warning', columnPlace(header), {
      vi: 'mọi giá trị đều nằm giữa 0 và 1: nếu đó là phân số, hãy nhân với 100 (bản đồ đọc tỷ lệ theo phần trăm)',
      en: 'every value lies between 0 and 1: if they are fractions, multiply them by 100 (the atlas reads rates as percentages)',
    });
  }
}
