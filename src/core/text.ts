/** A label in both UI languages. Vietnamese is always present and shown first. */
export interface BilingualText {
  readonly vi: string;
  readonly en: string;
}

export type Language = keyof BilingualText;

/** Unicode NFC, trimmed: names from files arrive in NFD or with stray spaces. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Folds a Vietnamese string for matching: no diacritics, đ → d, lower case.
 * "Móng Cái" and "mong cai" fold to the same key.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
