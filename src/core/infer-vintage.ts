import type { BilingualText } from './text';
import type { Vintage } from './units';

/** The 34 province codes in force from 1 July 2025 (resolutions 1654–1687/NQ-UBTVQH15). */
const PROVINCE_CODES_2025: ReadonlySet<string> = new Set(
  '01 04 08 11 12 14 15 19 20 22 24 25 31 33 37 38 40 42 44 46 48 51 52 56 66 68 75 79 80 82 86 91 92 96'.split(
    ' ',
  ),
);

export interface InferredVintage {
  readonly vintage: Vintage;
  /** Why, in both languages, shown beside the vintage so the user can overrule it. */
  readonly reason: BilingualText;
}

const codeOf = (value: unknown): string | null =>
  typeof value === 'string' || typeof value === 'number' ? String(value).trim() : null;

/**
 * Tells the boundary vintage of files that do not declare one. Districts
 * exist only before the reform; a commune whose parent is a province exists
 * only after it; a province code outside the 34 is an old one. Codes alone
 * cannot settle it otherwise (new communes reuse old codes), and then the
 * reason says that the newer vintage was assumed.
 */
export function inferVintage(collections: readonly { json: unknown }[]): InferredVintage {
  let oldProvince: string | null = null;
  let provinces = 0;
  for (const { json } of collections) {
    const declared = (json as { vintage?: unknown })?.vintage;
    if (declared === '2021' || declared === '2025') {
      return {
        vintage: declared,
        reason: { vi: 'khai báo trong tệp', en: 'declared in the file' },
      };
    }
    const features = (json as { features?: unknown })?.features;
    if (!Array.isArray(features)) continue;
    for (const feature of features) {
      const props = ((feature as { properties?: unknown })?.properties ?? {}) as Record<
        string,
        unknown
      >;
      const rawCode = props.code ?? props.ma ?? props.id;
      // A number has lost its leading zeros: its length says nothing.
      const code = typeof rawCode === 'string' ? rawCode.trim() : null;
      const level = props.level;
      if (level === 'district' || code?.length === 3 || codeOf(props.district_code)) {
        return {
          vintage: '2021',
          reason: { vi: 'có cấp huyện', en: 'it has districts' },
        };
      }
      const parent = codeOf(props.parent ?? props.parent_code ?? props.province_code);
      if (code?.length === 5 && parent?.length === 2 && !props.district_code) {
        return {
          vintage: '2025',
          reason: { vi: 'xã trực thuộc tỉnh', en: 'communes belong directly to provinces' },
        };
      }
      if (code?.length === 2) {
        provinces += 1;
        if (!PROVINCE_CODES_2025.has(code)) oldProvince ??= code;
      }
    }
  }
  if (oldProvince) {
    return {
      vintage: '2021',
      reason: {
        vi: `mã tỉnh ${oldProvince} không còn sau 1/7/2025`,
        en: `province code ${oldProvince} no longer exists after 1 Jul 2025`,
      },
    };
  }
  return {
    vintage: '2025',
    reason: provinces
      ? {
          vi: 'mọi mã tỉnh đều là mã năm 2025 (giả định)',
          en: 'every province code is a 2025 code (assumed)',
        }
      : { vi: 'không đủ căn cứ; giả định 2025', en: 'nothing to tell by; 2025 assumed' },
  };
}
