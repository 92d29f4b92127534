import type { IndicatorDefinition, ShareDefinition } from './indicator-definition';
import { CATALOGUE_2026_2030 } from './catalogue-2026';
import { ALL_COMMUNES_WITH_DATA, MET_CATEGORIES, NTM_CRITERIA, criterionId } from './ntm-criteria';
import type { BilingualText } from './text';

/**
 * The programme indicators the atlas knows, with the rules DOMAIN.md sets out.
 * Data files carry their own definitions; these are the reference ones the
 * demo is written with and that imports are matched against.
 */

const HOUSEHOLDS: BilingualText = { vi: 'hộ', en: 'households' };
const PERCENT: BilingualText = { vi: '%', en: '%' };
const MILLION_VND: BilingualText = { vi: 'triệu đồng', en: 'million VND' };
const PRODUCTS: BilingualText = { vi: 'sản phẩm', en: 'products' };
const ALL_WITH_DATA = ALL_COMMUNES_WITH_DATA;

const NTM_STATUS_SHARES: ShareDefinition[] = [
  {
    id: 'ntm',
    label: { vi: 'Tỷ lệ xã đạt chuẩn NTM', en: 'Share of communes meeting NTM' },
    countLabel: { vi: 'Số xã đạt chuẩn NTM', en: 'Communes meeting NTM' },
    atLeast: 1,
    of: 'all',
    baseLabel: ALL_WITH_DATA,
    classification: {
      method: 'thresholds',
      breaks: [50, 80, 100],
      label: {
        vi: 'Mục tiêu 2025 (QĐ 263/QĐ-TTg): ít nhất 80% số xã đạt chuẩn NTM',
        en: '2025 target (Decision 263): at least 80% of communes meet NTM',
      },
    },
  },
  {
    id: 'advanced',
    label: { vi: 'Tỷ lệ xã đạt NTM nâng cao', en: 'Share of communes at advanced NTM' },
    countLabel: { vi: 'Số xã đạt NTM nâng cao', en: 'Communes at advanced NTM' },
    atLeast: 2,
    of: 'ntm',
    baseLabel: { vi: 'trên số xã đạt chuẩn NTM', en: 'of communes meeting NTM' },
    classification: {
      method: 'thresholds',
      breaks: [20, 40],
      label: {
        vi: 'Mục tiêu 2025 (QĐ 263/QĐ-TTg): khoảng 40% số xã đạt chuẩn là NTM nâng cao',
        en: '2025 target (Decision 263): about 40% of NTM communes advanced',
      },
    },
  },
  {
    id: 'model',
    label: { vi: 'Tỷ lệ xã đạt NTM kiểu mẫu', en: 'Share of communes at model NTM' },
    countLabel: { vi: 'Số xã đạt NTM kiểu mẫu', en: 'Communes at model NTM' },
    atLeast: 3,
    of: 'ntm',
    baseLabel: { vi: 'trên số xã đạt chuẩn NTM', en: 'of communes meeting NTM' },
    classification: {
      method: 'thresholds',
      breaks: [5, 10],
      label: {
        vi: 'Mục tiêu 2025 (QĐ 263/QĐ-TTg): ít nhất 10% số xã đạt chuẩn là NTM kiểu mẫu',
        en: '2025 target (Decision 263): at least 10% of NTM communes model',
      },
    },
  },
];

const NTM_STATUS: IndicatorDefinition = {
  id: 'ntm_status',
  program: 'ntm',
  programmePeriod: '2021-2025',
  label: { vi: 'Mức đạt chuẩn nông thôn mới', en: 'New Rural Development status' },
  description: {
    vi: 'Chưa đạt < đạt chuẩn < nâng cao < kiểu mẫu (QĐ 318, 319/QĐ-TTg). Xã kiểu mẫu đã đạt nâng cao.',
    en: 'Not yet < standard < advanced < model (Decisions 318, 319). A model commune is also advanced.',
  },
  kind: 'ordinal',
  categories: [
    { value: 0, label: { vi: 'Chưa đạt', en: 'Not yet' }, color: '#f6e8c3' },
    { value: 1, label: { vi: 'Đạt chuẩn NTM', en: 'Standard NTM' }, color: '#80cdc1' },
    { value: 2, label: { vi: 'NTM nâng cao', en: 'Advanced NTM' }, color: '#35978f' },
    { value: 3, label: { vi: 'NTM kiểu mẫu', en: 'Model NTM' }, color: '#01665e' },
  ],
  aggregation: { rule: 'shares', shares: NTM_STATUS_SHARES },
  baseLevel: 'commune',
};

const NTM_CRITERIA_MET: IndicatorDefinition = {
  id: 'ntm_criteria_met',
  program: 'ntm',
  programmePeriod: '2021-2025',
  label: { vi: 'Số tiêu chí NTM đạt', en: 'NTM criteria met' },
  description: {
    vi: 'Số tiêu chí trong 19 tiêu chí xã NTM đã đạt; cấp trên: bình quân tiêu chí/xã. Mục tiêu 2025: không xã nào dưới 15.',
    en: 'Criteria met out of 19; at parent levels the mean per commune. 2025 target: no commune under 15.',
  },
  kind: 'count',
  unit: { vi: 'tiêu chí', en: 'criteria' },
  domain: [0, 19],
  aggregation: { rule: 'mean' },
  baseLevel: 'commune',
  higherIsBetter: true,
  classification: {
    method: 'thresholds',
    breaks: [10, 15, 19],
    label: {
      vi: 'Mục tiêu 2025 (QĐ 263/QĐ-TTg): không còn xã dưới 15 tiêu chí',
      en: '2025 target (Decision 263): no commune under 15 criteria',
    },
  },
};

function criterion(n: number): IndicatorDefinition {
  const name = NTM_CRITERIA[n - 1] as BilingualText;
  return {
    id: criterionId(n),
    program: 'ntm',
    programmePeriod: '2021-2025',
    label: { vi: `Tiêu chí ${n}: ${name.vi}`, en: `Criterion ${n}: ${name.en}` },
    description: {
      vi: `Xã đạt hay chưa đạt tiêu chí ${n} của Bộ tiêu chí xã NTM (ngưỡng theo vùng); cấp trên: tỷ lệ xã đạt.`,
      en: `Whether the commune meets criterion ${n} of the NTM set (thresholds by region); parents: share of communes meeting it.`,
    },
    kind: 'category',
    categories: MET_CATEGORIES,
    aggregation: {
      rule: 'shares',
      shares: [
        {
          id: 'met',
          label: {
            vi: `Tỷ lệ xã đạt tiêu chí ${n}`,
            en: `Share of communes meeting criterion ${n}`,
          },
          countLabel: { vi: `Số xã đạt tiêu chí ${n}`, en: `Communes meeting criterion ${n}` },
          equals: [1],
          of: 'all',
          baseLabel: ALL_WITH_DATA,
        },
      ],
    },
    baseLevel: 'commune',
  };
}

const DISTRICT_NTM_STATUS: IndicatorDefinition = {
  id: 'ntm_district_status',
  programmePeriod: '2021-2025',
  program: 'ntm',
  label: { vi: 'Huyện đạt chuẩn NTM', en: 'District NTM status' },
  description: {
    vi: 'Mức đạt của chính huyện theo QĐ 320/QĐ-TTg (100% xã đạt chuẩn, ≥10% nâng cao, 9 tiêu chí huyện).',
    en: "The district's own status under Decision 320 (all communes NTM, ≥10% advanced, 9 district criteria).",
  },
  kind: 'ordinal',
  categories: [
    { value: 0, label: { vi: 'Chưa đạt', en: 'Not yet' }, color: '#f6e8c3' },
    {
      value: 1,
      label: { vi: 'Đạt chuẩn / hoàn thành', en: 'Standard / completed' },
      color: '#80cdc1',
    },
    { value: 2, label: { vi: 'NTM nâng cao', en: 'Advanced' }, color: '#35978f' },
    { value: 3, label: { vi: 'NTM kiểu mẫu', en: 'Model' }, color: '#01665e' },
  ],
  aggregation: {
    rule: 'shares',
    shares: [
      {
        id: 'ntm',
        label: { vi: 'Tỷ lệ huyện đạt chuẩn NTM', en: 'Share of districts meeting NTM' },
        countLabel: { vi: 'Số huyện đạt chuẩn NTM', en: 'Districts meeting NTM' },
        atLeast: 1,
        of: 'all',
        baseLabel: { vi: 'trên tổng số huyện có số liệu', en: 'of districts with data' },
      },
    ],
  },
  baseLevel: 'district',
};

function count(
  id: string,
  program: string,
  label: BilingualText,
  unit: BilingualText,
  higherIsBetter: boolean,
  description?: BilingualText,
): IndicatorDefinition {
  return {
    id,
    program,
    label,
    description,
    kind: 'count',
    unit,
    aggregation: { rule: 'sum' },
    baseLevel: 'commune',
    higherIsBetter,
  };
}

function amount(id: string, label: BilingualText, description: BilingualText): IndicatorDefinition {
  return {
    id,
    program: 'funds',
    label,
    description,
    kind: 'amount',
    unit: MILLION_VND,
    aggregation: { rule: 'sum' },
    baseLevel: 'commune',
    higherIsBetter: true,
  };
}

function rate(
  id: string,
  program: string,
  label: BilingualText,
  numerator: string[],
  denominator: string[],
  higherIsBetter: boolean,
  description: BilingualText,
): IndicatorDefinition {
  return {
    id,
    program,
    label,
    description,
    kind: 'rate',
    unit: PERCENT,
    domain: [0, 100],
    aggregation: { rule: 'ratio', numerator, denominator, scale: 100 },
    baseLevel: 'commune',
    higherIsBetter,
  };
}

const POVERTY: IndicatorDefinition[] = [
  count('households_total', 'poverty', { vi: 'Tổng số hộ', en: 'Households' }, HOUSEHOLDS, true, {
    vi: 'Tổng số hộ dân cư, mẫu số của các tỷ lệ hộ nghèo; cấp trên: cộng dồn.',
    en: 'All households, the base of the poverty rates; parents: summed.',
  }),
  count(
    'poor_households',
    'poverty',
    { vi: 'Số hộ nghèo', en: 'Poor households' },
    HOUSEHOLDS,
    false,
    {
      vi: 'Hộ có thu nhập không quá chuẩn và thiếu hụt từ 3 chỉ số dịch vụ cơ bản (NĐ 07/2021 đến 2026, NĐ 351/2025 từ 2027); cấp trên: cộng dồn.',
      en: 'Income at or under the line and lacking 3+ basic-service indicators (Decree 07/2021 to 2026, Decree 351/2025 from 2027); parents: summed.',
    },
  ),
  count(
    'near_poor_households',
    'poverty',
    { vi: 'Số hộ cận nghèo', en: 'Near-poor households' },
    HOUSEHOLDS,
    false,
    {
      vi: 'Hộ có thu nhập không quá chuẩn và thiếu hụt dưới 3 chỉ số (NĐ 07/2021); cấp trên: cộng dồn.',
      en: 'Income at or under the line and lacking fewer than 3 indicators (Decree 07/2021); parents: summed.',
    },
  ),
  rate(
    'poor_rate',
    'poverty',
    { vi: 'Tỷ lệ hộ nghèo', en: 'Poor-household rate' },
    ['poor_households'],
    ['households_total'],
    false,
    {
      vi: 'Hộ nghèo trên tổng số hộ (chuẩn NĐ 07/2021/NĐ-CP đến 2026, NĐ 351/2025/NĐ-CP từ 2027: chuỗi gãy giữa 2026 và 2027).',
      en: 'Poor households over all households (Decree 07/2021 standard to 2026, Decree 351/2025 from 2027: the series breaks between 2026 and 2027).',
    },
  ),
  rate(
    'multidim_poor_rate',
    'poverty',
    { vi: 'Tỷ lệ nghèo đa chiều', en: 'Multidimensional poverty rate' },
    ['poor_households', 'near_poor_households'],
    ['households_total'],
    false,
    {
      vi: 'Hộ nghèo và cận nghèo trên tổng số hộ.',
      en: 'Poor and near-poor households over all households.',
    },
  ),
];

const OCOP: IndicatorDefinition[] = [
  count(
    'ocop_3star',
    'ocop',
    { vi: 'Sản phẩm OCOP 3 sao', en: 'OCOP 3-star products' },
    PRODUCTS,
    true,
    {
      vi: 'Sản phẩm được UBND tỉnh công nhận 3 sao (QĐ 148/QĐ-TTg); cấp trên: cộng dồn, không lấy bình quân sao.',
      en: 'Products recognised with 3 stars by the province (Decision 148); parents: summed, stars never averaged.',
    },
  ),
  count(
    'ocop_4star',
    'ocop',
    { vi: 'Sản phẩm OCOP 4 sao', en: 'OCOP 4-star products' },
    PRODUCTS,
    true,
    {
      vi: 'Sản phẩm được UBND tỉnh công nhận 4 sao (QĐ 148/QĐ-TTg); cấp trên: cộng dồn.',
      en: 'Products recognised with 4 stars by the province (Decision 148); parents: summed.',
    },
  ),
  count(
    'ocop_5star',
    'ocop',
    { vi: 'Sản phẩm OCOP 5 sao', en: 'OCOP 5-star products' },
    PRODUCTS,
    true,
    {
      vi: 'Sản phẩm được công nhận 5 sao cấp quốc gia (QĐ 148/QĐ-TTg); cấp trên: cộng dồn.',
      en: 'Products recognised with 5 stars nationally (Decision 148); parents: summed.',
    },
  ),
  count(
    'ocop_total',
    'ocop',
    { vi: 'Sản phẩm OCOP từ 3 sao', en: 'OCOP products, 3 stars or more' },
    PRODUCTS,
    true,
    {
      vi: 'Sản phẩm OCOP đạt từ 3 sao trở lên (3★ + 4★ + 5★); cấp trên: cộng dồn.',
      en: 'OCOP products with 3 stars or more (3★ + 4★ + 5★); parents: summed.',
    },
  ),
  count(
    'ocop_producers',
    'ocop',
    { vi: 'Chủ thể OCOP', en: 'OCOP producers' },
    { vi: 'chủ thể', en: 'producers' },
    true,
    {
      vi: 'Chủ thể (hợp tác xã, doanh nghiệp, hộ) có sản phẩm OCOP; cấp trên: cộng dồn.',
      en: 'Producers (cooperatives, firms, households) with OCOP products; parents: summed.',
    },
  ),
];

const ETHNIC: IndicatorDefinition[] = [
  {
    id: 'em_region',
    program: 'ethnic',
    programmePeriod: '2021-2025',
    label: { vi: 'Khu vực vùng DTTS&MN', en: 'Ethnic-minority area region' },
    description: {
      vi: 'Phân định theo QĐ 861/QĐ-TTg: khu vực III là xã đặc biệt khó khăn.',
      en: 'Classification by Decision 861: region III communes are extremely disadvantaged.',
    },
    kind: 'category',
    categories: [
      { value: 0, label: { vi: 'Ngoài vùng DTTS&MN', en: 'Outside the area' }, color: '#f0f0f0' },
      { value: 1, label: { vi: 'Khu vực I', en: 'Region I' }, color: '#fdd49e' },
      { value: 2, label: { vi: 'Khu vực II', en: 'Region II' }, color: '#fc8d59' },
      {
        value: 3,
        label: { vi: 'Khu vực III (ĐBKK)', en: 'Region III (extremely disadvantaged)' },
        color: '#b30000',
      },
    ],
    aggregation: {
      rule: 'shares',
      shares: [
        {
          id: 'region_iii',
          label: { vi: 'Tỷ lệ xã khu vực III (ĐBKK)', en: 'Share of region III communes' },
          countLabel: {
            vi: 'Số xã khu vực III (ĐBKK)',
            en: 'Region III (extremely disadvantaged) communes',
          },
          equals: [3],
          of: 'all',
          baseLabel: ALL_WITH_DATA,
        },
        {
          id: 'in_area',
          label: { vi: 'Tỷ lệ xã thuộc vùng DTTS&MN', en: 'Share of communes in the area' },
          countLabel: { vi: 'Số xã thuộc vùng DTTS&MN', en: 'Communes in the area' },
          equals: [1, 2, 3],
          of: 'all',
          baseLabel: ALL_WITH_DATA,
        },
      ],
    },
    baseLevel: 'commune',
  },
  {
    id: 'dbkk_coastal',
    program: 'ethnic',
    programmePeriod: '2021-2025',
    label: {
      vi: 'Xã ĐBKK vùng bãi ngang ven biển, hải đảo',
      en: 'Disadvantaged coastal or island commune',
    },
    description: {
      vi: 'Xã đặc biệt khó khăn vùng bãi ngang ven biển và hải đảo (54 xã toàn quốc); cấp trên: số và tỷ lệ xã.',
      en: 'Extremely disadvantaged coastal or island commune (54 nationally); parents: number and share.',
    },
    kind: 'category',
    categories: [
      { value: 0, label: { vi: 'Không', en: 'No' }, color: '#f0f0f0' },
      { value: 1, label: { vi: 'Có', en: 'Yes' }, color: '#2166ac' },
    ],
    aggregation: {
      rule: 'shares',
      shares: [
        {
          id: 'yes',
          label: { vi: 'Tỷ lệ xã ĐBKK bãi ngang', en: 'Share of disadvantaged coastal communes' },
          countLabel: { vi: 'Số xã ĐBKK bãi ngang', en: 'Disadvantaged coastal communes' },
          equals: [1],
          of: 'all',
          baseLabel: ALL_WITH_DATA,
        },
      ],
    },
    baseLevel: 'commune',
  },
];

const SOURCES = [
  ['central', { vi: 'ngân sách trung ương', en: 'central budget' }],
  ['local', { vi: 'ngân sách địa phương', en: 'local budgets' }],
] as const;
const TYPES = [
  ['capital', { vi: 'vốn đầu tư', en: 'capital' }],
  ['recurrent', { vi: 'vốn sự nghiệp', en: 'recurrent' }],
] as const;

function fundsIndicators(): IndicatorDefinition[] {
  const list: IndicatorDefinition[] = [];
  for (const [step, stepLabel] of [
    ['allocated', { vi: 'Vốn giao', en: 'Allocated' }],
    ['disbursed', { vi: 'Vốn giải ngân', en: 'Disbursed' }],
  ] as const) {
    list.push(
      amount(
        `funds_${step}_total`,
        { vi: `${stepLabel.vi}, tổng`, en: `${stepLabel.en}, total` },
        {
          vi: `${stepLabel.vi} các CTMTQG, mọi nguồn, vốn đầu tư và sự nghiệp (triệu đồng); cấp trên: cộng dồn.`,
          en: `${stepLabel.en} National Target Program funds, all sources, capital and recurrent (million VND); parents: summed.`,
        },
      ),
    );
    for (const [source, sourceLabel] of SOURCES) {
      for (const [type, typeLabel] of TYPES) {
        list.push(
          amount(
            `funds_${step}_${source}_${type}`,
            {
              vi: `${stepLabel.vi}: ${typeLabel.vi}, ${sourceLabel.vi}`,
              en: `${stepLabel.en}: ${typeLabel.en}, ${sourceLabel.en}`,
            },
            {
              vi: `${stepLabel.vi} (${typeLabel.vi}) từ ${sourceLabel.vi}, triệu đồng; cấp trên: cộng dồn.`,
              en: `${stepLabel.en} ${typeLabel.en} funds from ${sourceLabel.en}, million VND; parents: summed.`,
            },
          ),
        );
      }
    }
  }
  const description = {
    vi: 'Giải ngân trên vốn giao, tính lại từ tổng số tiền (không lấy bình quân các tỷ lệ).',
    en: 'Disbursed over allocated, recomputed from summed amounts (never a mean of rates).',
  };
  list.push(
    rate(
      'funds_disbursement_rate',
      'funds',
      { vi: 'Tỷ lệ giải ngân', en: 'Disbursement rate' },
      ['funds_disbursed_total'],
      ['funds_allocated_total'],
      true,
      description,
    ),
  );
  // A rate per source (over both types) and per type (over both sources), each from its sums.
  const parts = [
    ...SOURCES.map(([source, label]) => ({
      key: source,
      label,
      cells: TYPES.map(([type]) => `${source}_${type}`),
    })),
    ...TYPES.map(([type, label]) => ({
      key: type,
      label,
      cells: SOURCES.map(([source]) => `${source}_${type}`),
    })),
  ];
  for (const { key, label, cells } of parts) {
    list.push(
      rate(
        `funds_disbursement_rate_${key}`,
        'funds',
        { vi: `Tỷ lệ giải ngân ${label.vi}`, en: `Disbursement rate, ${label.en}` },
        cells.map((cell) => `funds_disbursed_${cell}`),
        cells.map((cell) => `funds_allocated_${cell}`),
        true,
        description,
      ),
    );
  }
  return list;
}

export const CATALOGUE: readonly IndicatorDefinition[] = [
  NTM_CRITERIA_MET,
  NTM_STATUS,
  ...NTM_CRITERIA.map((_, index) => criterion(index + 1)),
  DISTRICT_NTM_STATUS,
  ...CATALOGUE_2026_2030,
  // Household counts change standard from 2027 (NĐ 351/2025): the series breaks there.
  ...POVERTY.map((d): IndicatorDefinition => ({ ...d, seriesBreak: 'poverty-standard' })),
  ...OCOP,
  ...ETHNIC,
  ...fundsIndicators(),
];

export const PROGRAMS: Readonly<Record<string, BilingualText>> = {
  ntm: { vi: 'Nông thôn mới 2021–2025', en: 'New Rural Development 2021–2025' },
  ntm2026: { vi: 'Nông thôn mới 2026–2030', en: 'New Rural Development 2026–2030' },
  poverty: { vi: 'Giảm nghèo bền vững', en: 'Sustainable poverty reduction' },
  ocop: { vi: 'OCOP', en: 'OCOP' },
  ethnic: { vi: 'Vùng đồng bào DTTS&MN', en: 'Ethnic-minority areas' },
  funds: { vi: 'Vốn chương trình', en: 'Programme funds' },
  other: { vi: 'Khác', en: 'Other' },
};
