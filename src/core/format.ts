import type { Language } from './text';

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(language: Language, digits: number): Intl.NumberFormat {
  const key = `${language}:${digits}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(LOCALES[language], {
      minimumFractionDigits: 0,
      maximumFractionDigits: digits,
    });
    formatters.set(key, found);
  }
  return found;
}

/** "1.234,5" in Vietnamese, "1,234.5" in English. Null is never 0: it reads "no data". */
export function formatNumber(
  value: number | null | undefined,
  language: Language,
  digits = 1,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return noDataText(language);
  return formatter(language, digits).format(value);
}

export function formatPercent(
  value: number | null | undefined,
  language: Language,
  digits = 1,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return noDataText(language);
  return `${formatter(language, digits).format(value)}%`;
}

export function noDataText(language: Language): string {
  return language === 'vi' ? 'không có dữ liệu' : 'no data';
}

const DATE_LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/** "31/12/2025" in Vietnamese, "31 Dec 2025" in English; a malformed date is shown as given. */
export function formatDate(iso: string, language: Language): string {
  const date = /^\d{4}-\d{2}-\d{2}/.test(iso) ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(DATE_LOCALES[language], {
    day: language === 'vi' ? '2-digit' : 'numeric',
    month: language === 'vi' ? '2-digit' : 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
