import type { BilingualText } from './text';

/**
 * The 10 commune criteria of New Rural Development 2026–2030 (QĐ 51/2025/QĐ-TTg,
 * 29 Dec 2025, in force 15 Feb 2026), with thresholds per commune group.
 */
export const NTM_CRITERIA_2026: readonly BilingualText[] = [
  { vi: 'Quy hoạch', en: 'Planning' },
  { vi: 'Hạ tầng kinh tế – xã hội', en: 'Socio-economic infrastructure' },
  { vi: 'Phát triển kinh tế nông thôn', en: 'Rural economic development' },
  { vi: 'Đào tạo nguồn nhân lực nông thôn', en: 'Rural human-resource training' },
  { vi: 'Văn hóa, giáo dục, y tế', en: 'Culture, education, health' },
  { vi: 'Giảm nghèo và an sinh xã hội', en: 'Poverty reduction and social security' },
  {
    vi: 'Khoa học công nghệ và chuyển đổi số',
    en: 'Science, technology and digital transformation',
  },
  { vi: 'Môi trường và cảnh quan nông thôn', en: 'Rural environment and landscape' },
  {
    vi: 'Xây dựng hệ thống chính trị và hành chính công',
    en: 'Political system and public administration',
  },
  {
    vi: 'Tiếp cận pháp luật và an ninh, quốc phòng',
    en: 'Access to law, security and defence',
  },
];

/** `ntm26_c01` … `ntm26_c10`: the indicator id of criterion n (1-based) of 2026–2030. */
export function criterion2026Id(n: number): string {
  return `ntm26_c${String(n).padStart(2, '0')}`;
}

/**
 * `ntm26_c07_i02`: indicator (chỉ tiêu) 7.2, the second of criterion 7, of the
 * 2026–2030 set. QĐ 51/2025 has 47 such indicators; their wording and number
 * per criterion are in its Phụ lục I, which a file names (see catalogue-2026).
 */
export function indicator2026Id(criterion: number, index: number): string {
  return `${criterion2026Id(criterion)}_i${String(index).padStart(2, '0')}`;
}

/** The criterion and number of an indicator id of the 2026–2030 set, or null. */
export function parseIndicator2026Id(id: string): { criterion: number; index: number } | null {
  const match = /^ntm26_c(\d\d)_i(\d\d)$/.exec(id);
  if (!match) return null;
  const criterion = Number(match[1]);
  const index = Number(match[2]);
  return criterion >= 1 && criterion <= 10 && index >= 1 ? { criterion, index } : null;
}

/**
 * The commune groups of QĐ 51/2025, by the number the decision gives them.
 * Drafts of mid-2025 numbered them the other way round: a file's group is
 * read as this decision numbers it, and its meaning is said beside it.
 */
export const COMMUNE_GROUPS: readonly {
  value: 1 | 2 | 3;
  label: BilingualText;
  short: BilingualText;
}[] = [
  {
    value: 1,
    short: { vi: 'Nhóm 1', en: 'Group 1' },
    label: {
      vi: 'Nhóm 1: liền kề đô thị, định hướng đô thị hóa, hoặc nông nghiệp dưới 10%',
      en: 'Group 1: next to a town and to urbanise, or agriculture under 10%',
    },
  },
  {
    value: 2,
    short: { vi: 'Nhóm 2', en: 'Group 2' },
    label: { vi: 'Nhóm 2: các xã còn lại', en: 'Group 2: all other communes' },
  },
  {
    value: 3,
    short: { vi: 'Nhóm 3', en: 'Group 3' },
    label: {
      vi: 'Nhóm 3: xã khu vực II, III vùng đồng bào DTTS&MN',
      en: 'Group 3: region II and III communes of the ethnic-minority area',
    },
  },
];
