import type { CategoryDefinition } from './indicator-definition';
import type { BilingualText } from './text';

/** A criterion is met or not, in either period's set; the same two colours everywhere. */
export const MET_CATEGORIES: readonly CategoryDefinition[] = [
  { value: 0, label: { vi: 'Chưa đạt', en: 'Not met' }, color: '#f4a582' },
  { value: 1, label: { vi: 'Đạt', en: 'Met' }, color: '#4393c3' },
];

/** The base of a share of communes: every commune with data. */
export const ALL_COMMUNES_WITH_DATA: BilingualText = {
  vi: 'trên tổng số xã có số liệu',
  en: 'of communes with data',
};

/** The 19 commune criteria of New Rural Development 2021–2025 (QĐ 318/QĐ-TTg, 8 Mar 2022). */
export const NTM_CRITERIA: readonly BilingualText[] = [
  { vi: 'Quy hoạch', en: 'Planning' },
  { vi: 'Giao thông', en: 'Transport' },
  { vi: 'Thủy lợi và phòng, chống thiên tai', en: 'Irrigation and disaster prevention' },
  { vi: 'Điện', en: 'Electricity' },
  { vi: 'Trường học', en: 'Schools' },
  { vi: 'Cơ sở vật chất văn hóa', en: 'Cultural facilities' },
  { vi: 'Cơ sở hạ tầng thương mại nông thôn', en: 'Rural commercial infrastructure' },
  { vi: 'Thông tin và Truyền thông', en: 'Information and communications' },
  { vi: 'Nhà ở dân cư', en: 'Housing' },
  { vi: 'Thu nhập', en: 'Income' },
  { vi: 'Nghèo đa chiều', en: 'Multidimensional poverty' },
  { vi: 'Lao động', en: 'Employment' },
  {
    vi: 'Tổ chức sản xuất và phát triển kinh tế nông thôn',
    en: 'Production organisation and rural economy',
  },
  { vi: 'Giáo dục và Đào tạo', en: 'Education and training' },
  { vi: 'Y tế', en: 'Health' },
  { vi: 'Văn hóa', en: 'Culture' },
  { vi: 'Môi trường và an toàn thực phẩm', en: 'Environment and food safety' },
  { vi: 'Hệ thống chính trị và tiếp cận pháp luật', en: 'Political system and access to law' },
  { vi: 'Quốc phòng và An ninh', en: 'Defence and security' },
];

/** The five groups of criteria, by the 1-based number of their first and last criterion. */
export const NTM_CRITERIA_GROUPS: readonly { label: BilingualText; first: number; last: number }[] =
  [
    { label: { vi: 'I. Quy hoạch', en: 'I. Planning' }, first: 1, last: 1 },
    {
      label: { vi: 'II. Hạ tầng kinh tế – xã hội', en: 'II. Socio-economic infrastructure' },
      first: 2,
      last: 9,
    },
    {
      label: { vi: 'III. Kinh tế và tổ chức sản xuất', en: 'III. Economy and production' },
      first: 10,
      last: 13,
    },
    {
      label: { vi: 'IV. Văn hóa – Xã hội – Môi trường', en: 'IV. Culture, society, environment' },
      first: 14,
      last: 17,
    },
    { label: { vi: 'V. Hệ thống chính trị', en: 'V. Political system' }, first: 18, last: 19 },
  ];

/** `ntm_c01` … `ntm_c19`: the indicator id of criterion n (1-based). */
export function criterionId(n: number): string {
  return `ntm_c${String(n).padStart(2, '0')}`;
}
