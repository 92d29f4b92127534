/**
 * The programme periods of the National Target Programs. A criteria set, a
 * status scale, the targets and the poverty standard belong to a period,
 * never to the app: 2021–2025 (three programmes; 19 criteria; advanced and
 * model communes) and 2026–2030 (one merged programme, NQ 257/2025/QH15;
 * 10 criteria by commune group, QĐ 51/2025/QĐ-TTg; the modern NTM pilot).
 * A year belongs to the period that contains it; years before 2021 to none.
 */
import type { BilingualText } from './text';

export type ProgrammePeriod = '2021-2025' | '2026-2030';

export const PROGRAMME_PERIODS: readonly ProgrammePeriod[] = ['2021-2025', '2026-2030'];

export function isProgrammePeriod(value: unknown): value is ProgrammePeriod {
  return value === '2021-2025' || value === '2026-2030';
}

/** The programme period of a year ("2026", or a label starting with one: "2026 (6 tháng)"). */
export function programmePeriodOf(period: string): ProgrammePeriod | null {
  const year = Number(/^(?:19|20)\d{2}/.exec(period.trim())?.[0]);
  if (year >= 2021 && year <= 2025) return '2021-2025';
  if (year >= 2026 && year <= 2030) return '2026-2030';
  return null;
}

/** How the period is written beside a year, a legend or a column: short, with its basis. */
export const PROGRAMME_PERIOD_LABELS: Readonly<Record<ProgrammePeriod, BilingualText>> = {
  '2021-2025': {
    vi: 'CTMTQG 2021–2025 (QĐ 263, 90, 1719)',
    en: 'NTPs 2021–2025 (Decisions 263, 90, 1719)',
  },
  '2026-2030': {
    vi: 'CTMTQG 2026–2030 (NQ 257/2025/QH15)',
    en: 'NTP 2026–2030 (Resolution 257/2025/QH15)',
  },
};

/** The periods' names alone, for headings and the URL-facing labels. */
export const PROGRAMME_PERIOD_NAMES: Readonly<Record<ProgrammePeriod, BilingualText>> = {
  '2021-2025': { vi: 'giai đoạn 2021–2025', en: '2021–2025 period' },
  '2026-2030': { vi: 'giai đoạn 2026–2030', en: '2026–2030 period' },
};

/**
 * The poverty standard a year's household counts were made under: NĐ
 * 07/2021 from the 2021 review to 2026; NĐ 351/2025 from 2027 (higher income
 * lines, revised service dimensions). Counts under two standards are not
 * the same measure: a series crossing 2026→2027 breaks there.
 */
export interface PovertyStandard {
  readonly id: 'nd07-2021' | 'nd351-2025';
  readonly label: BilingualText;
}

const ND07: PovertyStandard = {
  id: 'nd07-2021',
  label: {
    vi: 'chuẩn nghèo NĐ 07/2021/NĐ-CP (1,5/2 triệu đồng/người/tháng)',
    en: 'poverty standard of Decree 07/2021 (1.5/2 million VND per person per month)',
  },
};
const ND351: PovertyStandard = {
  id: 'nd351-2025',
  label: {
    vi: 'chuẩn nghèo NĐ 351/2025/NĐ-CP (2,2/2,8 triệu đồng/người/tháng)',
    en: 'poverty standard of Decree 351/2025 (2.2/2.8 million VND per person per month)',
  },
};

/** The standard of a year, or null for years before it was known to the atlas (before 2021). */
export function povertyStandardOf(period: string): PovertyStandard | null {
  const year = Number(/^(?:19|20)\d{2}/.exec(period.trim())?.[0]);
  if (!year || year < 2021) return null;
  return year <= 2026 ? ND07 : ND351;
}

/**
 * Why two years of an indicator are not the same measure, or null when they
 * are: a period-bound indicator (criteria set, status scale) cannot have
 * both; a poverty count crosses a change of standard.
 */
export function seriesBreak(
  definition: { readonly seriesBreak?: 'poverty-standard' },
  from: string,
  to: string,
): BilingualText | null {
  if (definition.seriesBreak !== 'poverty-standard') return null;
  const a = povertyStandardOf(from);
  const b = povertyStandardOf(to);
  if (!a || !b || a.id === b.id) return null;
  return {
    vi: `Chuỗi số liệu gãy giữa ${from} và ${to}: ${from} theo ${a.label.vi}, ${to} theo ${b.label.vi}; hai số không cùng thước đo`,
    en: `The series breaks between ${from} and ${to}: ${from} under the ${a.label.en}, ${to} under the ${b.label.en}; the two are not the same measure`,
  };
}
