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
 * A code cell as a unit of the column's level, which the table as a whole
 * decides (see levelOfCodeColumn), never the cell's own length. A code
 * written with its leading zeros at another level's length ("04" among
 * commune codes) is a row of that level, a total most likely: reported, not
 * joined. A shorter code without its zeros ("25", or the number 25: Excel
 * drops them) is padded to the column's level, and `padded` says so.
 */
export function codeOfCell(
  raw: TableCell,
  columnLevel: Level,
  hierarchy: Hierarchy,
): { ok: true; code: UnitCode; padded: boolean } | { ok: false; reason: BilingualText } {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  const length = CODE_LENGTH[columnLevel];
  if (typeof text === 'string' && /^0\d*$/.test(text) && text.length !== length) {
    const other = levelsOf(hierarchy.vintage).find((level) => CODE_LENGTH[level] === text.length);
    if (other && other !== columnLevel) {
      return {
        ok: false,
        reason: joinTexts(
          {
            vi: `mã ${text} là mã ${LEVEL_WORDS[other].vi}, còn cột này là mã ${LEVEL_WORDS[columnLevel].vi} (dòng tổng của ${LEVEL_WORDS[other].vi}?)`,
            en: `code ${text} is a ${other} code in a column of ${columnLevel} codes (a ${other} total row?)`,
          },
          ROW_NOT_SHOWN,
        ),
      };
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
  return { ok: true, code: parsed.code, padded: String(text).length < length };
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
