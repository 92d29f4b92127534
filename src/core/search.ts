import { nameKey } from './name-match';
import { foldVietnamese } from './text';
import type { Unit } from './units';

/** The folded name without its type word: "Thị trấn Móng Cái" → "mong cai". */
export const searchKey = nameKey;

export interface SearchEntry {
  readonly unit: Unit;
  readonly key: string;
  readonly full: string;
}

export function buildSearchIndex(units: Iterable<Unit>): SearchEntry[] {
  return [...units].map((unit) => ({
    unit,
    key: searchKey(unit.name),
    full: foldVietnamese(unit.name),
  }));
}

/**
 * Units whose name matches the query, ignoring diacritics, case and type words;
 * a query of digits matches codes. Exact names first, then names that start
 * with the query, then names with a word that does, then any substring; larger
 * units first within a rank.
 */
export function searchUnits(index: readonly SearchEntry[], query: string, limit = 12): Unit[] {
  const q = foldVietnamese(query);
  if (q === '') return [];
  const levelOrder = { province: 0, district: 1, commune: 2 } as const;
  const scored: { entry: SearchEntry; rank: number }[] = [];
  const isCode = /^\d+$/.test(q);
  for (const entry of index) {
    let rank: number;
    if (isCode) rank = entry.unit.code === q ? 0 : entry.unit.code.startsWith(q) ? 1 : -1;
    else if (entry.key === q || entry.full === q) rank = 0;
    else if (entry.key.startsWith(q) || entry.full.startsWith(q)) rank = 1;
    else if (entry.key.includes(` ${q}`)) rank = 2;
    else if (entry.key.includes(q)) rank = 3;
    else rank = -1;
    if (rank >= 0) scored.push({ entry, rank });
  }
  scored.sort(
    (a, b) =>
      a.rank - b.rank ||
      levelOrder[a.entry.unit.level] - levelOrder[b.entry.unit.level] ||
      a.entry.key.localeCompare(b.entry.key, 'vi'),
  );
  return scored.slice(0, limit).map((s) => s.entry.unit);
}
