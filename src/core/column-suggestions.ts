/**
 * The first guess of the column-mapping step for CSV and Excel tables: which
 * column holds the unit code, the name, the parent's name, the period, and
 * which catalogue indicator each other column is — read from the headers in
 * Vietnamese or English, ignoring diacritics and case. The user confirms or
 * changes every guess; nothing is imported on a guess alone.
 */
import type { IndicatorDefinition } from './indicator-definition';
import { criterionId } from './ntm-criteria';
import { criterion2026Id, indicator2026Id, parseIndicator2026Id } from './ntm-criteria-2026';
import type { ProgrammePeriod } from './programme-period';
import { foldVietnamese } from './text';

export type ColumnRole =
  | { readonly role: 'code' }
  | { readonly role: 'name' }
  | { readonly role: 'parentName' }
  | { readonly role: 'period' }
  | { readonly role: 'indicator'; readonly id: string }
  | { readonly role: 'ignore' };

/** Header words, folded, that name each role; the first that matches wins, in this order. */
const ROLE_PATTERNS: readonly [ColumnRole['role'], RegExp][] = [
  [
    'code',
    /^(ma|code|ma so|mso|ma dvhc|ma don vi|ma xa|ma phuong xa|ma huyen|ma tinh|unit code|commune code|id)\b/,
  ],
  ['period', /^(nam|year|ky|ky bao cao|period|thoi ky)$/],
  ['parentName', /^(ten )?(huyen|quan|tinh|thanh pho truc thuoc|district|province)\b/],
  ['name', /^(ten|name|don vi|xa|phuong|xa phuong|phuong xa|commune|unit)\b/],
];

const fold = (text: string) =>
  foldVietnamese(text)
    .replace(/[_\-./()]+/g, ' ')
    // Headers write the programme out or in short: both read as "ntm".
    .replace(/\bnong thon moi\b/g, 'ntm')
    .replace(/\s+/g, ' ')
    .trim();

/** A key for a table's shape: the same headers (in any case or accent) give the same key. */
export function tableShape(headers: readonly string[]): string {
  return headers.map(fold).join('|');
}

/**
 * `period`: the programme period of the table's years. "TC 7" is criterion 7
 * of that period's set (Rural commercial infrastructure in 2021–2025,
 * Science and digital transformation in 2026–2030), and no header is read as
 * an indicator of the other period's criteria set or status scale.
 */
export function suggestColumns(
  headers: readonly string[],
  allIndicators: readonly IndicatorDefinition[],
  period: ProgrammePeriod = '2021-2025',
): ColumnRole[] {
  const taken = new Set<string>();
  const catalogue = allIndicators.filter((d) => !d.programmePeriod || d.programmePeriod === period);
  const names = catalogue.map((d) => ({
    id: d.id,
    keys: [d.id.replace(/_/g, ' '), fold(d.label.vi), fold(d.label.en)],
  }));
  return headers.map((header): ColumnRole => {
    const folded = fold(header);
    if (!folded) return { role: 'ignore' };
    // An indicator named exactly (by id or label) beats a role word: "Tên" is a name, "Số tiêu chí NTM đạt" is not.
    const exact = names.find((n) => !taken.has(n.id) && n.keys.includes(folded));
    if (exact) {
      taken.add(exact.id);
      return { role: 'indicator', id: exact.id };
    }
    // "TC 5", "Tiêu chí 5", "Criterion 5": one of the period's criteria (19, or 10 from 2026).
    const criterion = /^(tc|tieu chi|tieu chi so|criterion|c)\s?(\d{1,2})\b/.exec(folded);
    const criterionNumber = Number(criterion?.[2]);
    const criteriaCount = period === '2026-2030' ? 10 : 19;
    if (criterionNumber >= 1 && criterionNumber <= criteriaCount) {
      const id =
        period === '2026-2030' ? criterion2026Id(criterionNumber) : criterionId(criterionNumber);
      if (!taken.has(id) && catalogue.some((d) => d.id === id)) {
        taken.add(id);
        return { role: 'indicator', id };
      }
    }
    // "Chỉ tiêu 7.2", "CT 7.2", "Indicator 7.2": one of the 47 indicators of the 2026–2030 set.
    const indicator = /^(chi tieu|ct|indicator)\s?(\d{1,2}) (\d{1,2})$/.exec(folded);
    if (period === '2026-2030' && indicator) {
      const id = indicator2026Id(Number(indicator[2]), Number(indicator[3]));
      if (parseIndicator2026Id(id) && !taken.has(id)) {
        taken.add(id);
        return { role: 'indicator', id };
      }
    }
    // "Nhóm xã", "Nhóm", "Commune group": the group whose thresholds the commune is judged by.
    if (
      period === '2026-2030' &&
      /^(nhom xa|nhom|commune group|group)\b/.test(folded) &&
      !taken.has('commune_group') &&
      catalogue.some((d) => d.id === 'commune_group')
    ) {
      taken.add('commune_group');
      return { role: 'indicator', id: 'commune_group' };
    }
    for (const [role, pattern] of ROLE_PATTERNS) {
      if (pattern.test(folded) && !taken.has(`role:${role}`)) {
        taken.add(`role:${role}`);
        return { role } as ColumnRole;
      }
    }
    const partial = names.find(
      (n) =>
        !taken.has(n.id) &&
        n.keys.some((key) => key.length >= 6 && (folded.includes(key) || key.includes(folded))),
    );
    if (partial && folded.length >= 4) {
      taken.add(partial.id);
      return { role: 'indicator', id: partial.id };
    }
    // Every word of a label, in any order: "NTM / Số tiêu chí đạt" is "Số tiêu chí NTM đạt".
    const words = new Set(folded.split(' '));
    const bag = names
      .filter((n) => !taken.has(n.id))
      .flatMap((n) => n.keys.map((key) => ({ id: n.id, words: key.split(' ') })))
      .filter((k) => k.words.length >= 3 && k.words.every((w) => words.has(w)))
      .sort((a, b) => b.words.length - a.words.length)[0];
    if (bag) {
      taken.add(bag.id);
      return { role: 'indicator', id: bag.id };
    }
    return { role: 'ignore' };
  });
}

/**
 * Suggestions for a table whose header spans several rows: each column by
 * its full name ("Hộ nghèo / Số hộ nghèo"), and where that says nothing, by
 * its own lowest header cell ("Số hộ nghèo").
 */
export function suggestTableColumns(
  headers: readonly string[],
  leafHeaders: readonly string[],
  catalogue: readonly IndicatorDefinition[],
  period: ProgrammePeriod = '2021-2025',
): ColumnRole[] {
  const full = suggestColumns(headers, catalogue, period);
  const used = new Set(full.map((role) => JSON.stringify(role)));
  const leaf = suggestColumns(leafHeaders, catalogue, period);
  return full.map((role, column) => {
    if (role.role !== 'ignore') return role;
    const alternative = leaf[column] as ColumnRole;
    const key = JSON.stringify(alternative);
    if (alternative.role === 'ignore' || used.has(key)) return role;
    used.add(key);
    return alternative;
  });
}

/** How many rows under the header a guess from the cells reads. */
const CONTENT_SAMPLE = 200;

const UNIT_NAME = /^(xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tinh|tp)\b/;

/**
 * Guesses from the cells for what the headers did not say — a table without
 * a header row is called A, B, C… and has no words to read. A column of
 * distinct whole numbers of up to five digits that is not a row count
 * (1, 2, 3…) is taken for the unit code; a column whose texts start with
 * "Xã", "Phường", "Huyện"… for the unit name. Only for roles no header
 * named, and the person confirms every guess as before.
 */
export function suggestFromContent(
  rows: readonly (readonly (string | number | null)[])[],
  firstDataRow: number,
  columns: readonly ColumnRole[],
): ColumnRole[] {
  const sample = rows.slice(firstDataRow, firstDataRow + CONTENT_SAMPLE);
  const cellsOf = (column: number) =>
    sample
      .map((row) => row[column] ?? null)
      .filter((cell) => cell !== null && String(cell).trim() !== '')
      .map((cell) => String(cell).trim());
  const result = [...columns];
  const free = (column: number) => result[column]?.role === 'ignore';
  const has = (role: ColumnRole['role']) => result.some((r) => r.role === role);
  if (!has('code')) {
    const code = result.findIndex((_, column) => {
      if (!free(column)) return false;
      const cells = cellsOf(column);
      if (cells.length < 2 || !cells.every((cell) => /^\d{1,5}$/.test(cell))) return false;
      if (new Set(cells).size !== cells.length) return false;
      const isRowCount = cells.every((cell, i) => Number(cell) === Number(cells[0]) + i);
      return !isRowCount;
    });
    if (code >= 0) result[code] = { role: 'code' };
  }
  if (!has('name')) {
    const name = result.findIndex((_, column) => {
      if (!free(column)) return false;
      const cells = cellsOf(column);
      const named = cells.filter((cell) => UNIT_NAME.test(fold(cell))).length;
      return cells.length > 0 && named >= cells.length * 0.8;
    });
    if (name >= 0) result[name] = { role: 'name' };
  }
  return result;
}
