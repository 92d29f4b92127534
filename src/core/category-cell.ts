/**
 * Category cells as tables write them: "Đạt chuẩn", "NTM nâng cao", "Kiểu
 * mẫu", "Khu vực III", "III", "Có", "x" — read into the category's number by
 * its Vietnamese or English label, ignoring diacritics and case.
 */
import type { IndicatorDefinition } from './indicator-definition';
import { foldVietnamese } from './text';

export type CategoryCell =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unknown'; readonly raw: string };

const tokens = (text: string) =>
  foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    // "KV III" is how tables shorten "Khu vực III".
    .replace(/\bkv\b/g, 'khu vuc')
    .trim()
    .split(' ')
    .filter(Boolean);

/** Whether `inner` appears as whole consecutive words in `outer`. */
function containsWords(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let start = 0; start + inner.length <= outer.length; start += 1) {
    if (inner.every((word, i) => outer[start + i] === word)) return true;
  }
  return false;
}

/** Words that mean yes / no in a two-category (0 / 1) column such as "criterion met". */
const YES = new Set(['x', 'co', 'yes', 'true', 'dat', 'v', '✓', '✔']);
const NO = new Set(['khong', 'no', 'false', 'chua', 'chua dat', 'khong dat']);
const NEGATIONS = new Set(['chua', 'khong', 'not', 'no', 'ngoai', 'outside']);
const EMPTY = new Set(['', '-', '–', '—', 'n/a', 'na', '#n/a', '...', '…', 'kxd', 'null']);

export function readCategoryCell(definition: IndicatorDefinition, raw: unknown): CategoryCell {
  const categories = definition.categories ?? [];
  if (raw === null || raw === undefined) return { kind: 'missing' };
  if (typeof raw === 'number') return { kind: 'value', value: raw };
  const text = String(raw).trim();
  const folded = foldVietnamese(text);
  if (EMPTY.has(folded)) return { kind: 'missing' };
  if (/^\d+$/.test(text)) return { kind: 'value', value: Number(text) };
  const cell = tokens(text);
  const keyed = categories.flatMap((category) =>
    [category.label.vi, category.label.en].map((label) => ({
      value: category.value,
      words: tokens(label),
    })),
  );
  // An exact label first; then the shortest label the cell is part of ("nâng
  // cao" of "NTM nâng cao"); then the longest label inside the cell ("Đạt
  // NTM nâng cao" holds "NTM nâng cao").
  const exact = keyed.find((k) => k.words.join(' ') === cell.join(' '));
  if (exact) return { kind: 'value', value: exact.value };
  const yesNo = categories.map((c) => c.value).sort();
  if (yesNo.length === 2 && yesNo[0] === 0 && yesNo[1] === 1) {
    const joined = cell.join(' ') || text;
    if (YES.has(joined)) return { kind: 'value', value: 1 };
    if (NO.has(joined)) return { kind: 'value', value: 0 };
  }
  // "Đạt" is part of "Chưa đạt" too; a label that negates cannot match a cell that does not.
  const negates = (words: readonly string[]) => words.some((w) => NEGATIONS.has(w));
  const within = keyed
    .filter((k) => containsWords(k.words, cell) && (negates(cell) || !negates(k.words)))
    .sort((a, b) => a.words.length - b.words.length);
  if (within.length && uniqueBest(within, (k) => k.words.length)) {
    return { kind: 'value', value: (within[0] as (typeof within)[number]).value };
  }
  const holding = keyed
    .filter((k) => containsWords(cell, k.words))
    .sort((a, b) => b.words.length - a.words.length);
  if (holding.length && uniqueBest(holding, (k) => k.words.length)) {
    return { kind: 'value', value: (holding[0] as (typeof holding)[number]).value };
  }
  return { kind: 'unknown', raw: text };
}

/** The first of a sorted list wins only when no other category ties with it. */
function uniqueBest<T extends { value: number }>(sorted: readonly T[], size: (t: T) => number) {
  const best = sorted[0] as T;
  return sorted.every((t) => t.value === best.value || size(t) !== size(best));
}
