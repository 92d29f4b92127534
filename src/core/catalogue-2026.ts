/**
 * The indicators of the programme period 2026–2030 (DOMAIN.md, "The
 * programme period 2026–2030"): the 10 criteria of QĐ 51/2025/QĐ-TTg, the
 * criteria met, the status with the modern NTM pilot, the commune group,
 * and the ethnic-minority regions of the new communes (NĐ 272/2025). Every
 * share can be read per commune group. Measures that span both periods
 * (households, poverty, OCOP, money) are in catalogue.ts.
 */
import type { IndicatorDefinition, ShareDefinition } from './indicator-definition';
import { ALL_COMMUNES_WITH_DATA, MET_CATEGORIES } from './ntm-criteria';
import {
  COMMUNE_GROUPS,
  NTM_CRITERIA_2026,
  criterion2026Id,
  indicator2026Id,
  parseIndicator2026Id,
} from './ntm-criteria-2026';
import type { BilingualText } from './text';

const PERIOD = '2026-2030';
const ALL_WITH_DATA = ALL_COMMUNES_WITH_DATA;

/**
 * A share, and the same share within each commune group ("NTM communes
 * among group 3 communes"), whose base is that group's communes.
 */
function withGroups(share: ShareDefinition): ShareDefinition[] {
  const grouped = COMMUNE_GROUPS.map(({ value, short }): ShareDefinition => ({
    ...share,
    id: `${share.id}_g${value}`,
    label: {
      vi: `${share.label.vi}, ${short.vi.toLowerCase()}`,
      en: `${share.label.en}, ${short.en.toLowerCase()}`,
    },
    countLabel: share.countLabel && {
      vi: `${share.countLabel.vi}, ${short.vi.toLowerCase()}`,
      en: `${share.countLabel.en}, ${short.en.toLowerCase()}`,
    },
    of: share.of === 'all' ? 'all' : `${share.of}_g${value}`,
    baseLabel: {
      vi: `${share.baseLabel.vi} thuộc ${short.vi.toLowerCase()}`,
      en: `${share.baseLabel.en} in ${short.en.toLowerCase()}`,
    },
    within: { indicator: 'commune_group', equals: [value] },
  }));
  return [share, ...grouped];
}

/** Shares of a base share first, then of those depending on it: `of` names only earlier ones. */
function groupedShares(shares: readonly ShareDefinition[]): ShareDefinition[] {
  const all = shares.flatMap(withGroups);
  const order = (s: ShareDefinition) => (s.of === 'all' ? 0 : 1);
  return [...all].sort((a, b) => order(a) - order(b));
}

const NTM_2030_TARGET: BilingualText = {
  vi: 'Mục tiêu 2030 (NQ 257/2025/QH15): khoảng 65% số xã đạt chuẩn NTM',
  en: '2030 target (Resolution 257/2025/QH15): about 65% of communes meet NTM',
};

const STATUS_2026: IndicatorDefinition = {
  id: 'ntm26_status',
  program: 'ntm2026',
  programmePeriod: PERIOD,
  label: { vi: 'Mức đạt chuẩn NTM 2026–2030', en: 'NTM status 2026–2030' },
  description: {
    vi: 'Chưa đạt < đạt chuẩn NTM (đủ 10 tiêu chí, QĐ 51/2025/QĐ-TTg) < NTM hiện đại (thí điểm, Phụ lục II). Xã sau sáp nhập không thừa hưởng mức đạt cũ: được đánh giá lại.',
    en: 'Not yet < meets NTM (all 10 criteria, Decision 51/2025) < modern NTM (pilot, Annex II). Merged communes did not inherit their old status: they are re-assessed.',
  },
  kind: 'ordinal',
  categories: [
    { value: 0, label: { vi: 'Chưa đạt', en: 'Not yet' }, color: '#f6e8c3' },
    { value: 1, label: { vi: 'Đạt chuẩn NTM', en: 'Meets NTM' }, color: '#5ab4ac' },
    {
      value: 2,
      label: { vi: 'NTM hiện đại (thí điểm)', en: 'Modern NTM (pilot)' },
      color: '#01665e',
    },
  ],
  aggregation: {
    rule: 'shares',
    shares: groupedShares([
      {
        id: 'ntm',
        label: {
          vi: 'Tỷ lệ xã đạt chuẩn NTM (2026–2030)',
          en: 'Share of communes meeting NTM (2026–2030)',
        },
        countLabel: {
          vi: 'Số xã đạt chuẩn NTM (2026–2030)',
          en: 'Communes meeting NTM (2026–2030)',
        },
        atLeast: 1,
        of: 'all',
        baseLabel: ALL_WITH_DATA,
        classification: { method: 'thresholds', breaks: [20, 40, 65], label: NTM_2030_TARGET },
      },
      {
        id: 'modern',
        label: { vi: 'Tỷ lệ xã NTM hiện đại', en: 'Share of modern NTM communes' },
        countLabel: { vi: 'Số xã NTM hiện đại', en: 'Modern NTM communes' },
        atLeast: 2,
        of: 'ntm',
        baseLabel: { vi: 'trên số xã đạt chuẩn NTM', en: 'of communes meeting NTM' },
        classification: {
          method: 'thresholds',
          breaks: [5, 10],
          label: {
            vi: 'Mục tiêu 2030 (NQ 257/2025/QH15): khoảng 10% số xã đạt chuẩn là NTM hiện đại',
            en: '2030 target (Resolution 257/2025/QH15): about 10% of NTM communes modern',
          },
        },
      },
    ]),
  },
  baseLevel: 'commune',
};

const CRITERIA_MET_2026: IndicatorDefinition = {
  id: 'ntm26_criteria_met',
  program: 'ntm2026',
  programmePeriod: PERIOD,
  label: { vi: 'Số tiêu chí NTM đạt (bộ 2026–2030)', en: 'NTM criteria met (2026–2030 set)' },
  description: {
    vi: 'Số tiêu chí trong 10 tiêu chí xã NTM 2026–2030 đã đạt, theo ngưỡng của nhóm xã; cấp trên: bình quân tiêu chí/xã.',
    en: 'Criteria met out of the 10 of 2026–2030, at the thresholds of the commune’s group; at parent levels the mean per commune.',
  },
  kind: 'count',
  unit: { vi: 'tiêu chí', en: 'criteria' },
  domain: [0, 10],
  aggregation: { rule: 'mean' },
  baseLevel: 'commune',
  higherIsBetter: true,
  classification: {
    method: 'thresholds',
    breaks: [4, 7, 10],
    label: {
      vi: 'Bộ tiêu chí 2026–2030 (QĐ 51/2025/QĐ-TTg): đạt đủ 10 tiêu chí là đạt chuẩn NTM',
      en: '2026–2030 set (Decision 51/2025): a commune meeting all 10 criteria meets NTM',
    },
  },
};

/** A met / not met measure of a commune, shared per commune group at parents. */
function metMeasure(
  id: string,
  name: BilingualText,
  description: BilingualText,
  short: BilingualText,
): IndicatorDefinition {
  return {
    id,
    program: 'ntm2026',
    programmePeriod: PERIOD,
    label: name,
    description,
    kind: 'category',
    categories: MET_CATEGORIES,
    aggregation: {
      rule: 'shares',
      shares: groupedShares([
        {
          id: 'met',
          label: { vi: `Tỷ lệ xã đạt ${short.vi}`, en: `Share of communes meeting ${short.en}` },
          countLabel: { vi: `Số xã đạt ${short.vi}`, en: `Communes meeting ${short.en}` },
          equals: [1],
          of: 'all',
          baseLabel: ALL_WITH_DATA,
        },
      ]),
    },
    baseLevel: 'commune',
  };
}

function criterion(n: number): IndicatorDefinition {
  const name = NTM_CRITERIA_2026[n - 1] as BilingualText;
  return metMeasure(
    criterion2026Id(n),
    { vi: `Tiêu chí ${n} (2026–2030): ${name.vi}`, en: `Criterion ${n} (2026–2030): ${name.en}` },
    {
      vi: `Xã đạt hay chưa đạt tiêu chí ${n} của Bộ tiêu chí xã NTM 2026–2030 (ngưỡng theo nhóm xã); cấp trên: tỷ lệ xã đạt.`,
      en: `Whether the commune meets criterion ${n} of the 2026–2030 set (thresholds by commune group); parents: share of communes meeting it.`,
    },
    { vi: `tiêu chí ${n} (2026–2030)`, en: `criterion ${n} (2026–2030)` },
  );
}

/**
 * Indicator (chỉ tiêu) `c.i` of the 2026–2030 set, met or not met, for a
 * table or file that carries it. The wording of the 47 indicators is in Phụ
 * lục I of QĐ 51/2025, whose text this project does not hold, so the atlas
 * names each by its number and criterion rather than invent one; an
 * indicator file that gives its own label keeps it.
 */
export function indicator2026(c: number, i: number): IndicatorDefinition {
  const name = NTM_CRITERIA_2026[c - 1] as BilingualText;
  return metMeasure(
    indicator2026Id(c, i),
    {
      vi: `Chỉ tiêu ${c}.${i} (2026–2030), thuộc tiêu chí ${c}: ${name.vi}`,
      en: `Indicator ${c}.${i} (2026–2030), of criterion ${c}: ${name.en}`,
    },
    {
      vi: `Xã đạt hay chưa đạt chỉ tiêu ${c}.${i} của tiêu chí ${c} (Phụ lục I, QĐ 51/2025/QĐ-TTg; ngưỡng theo nhóm xã); cấp trên: tỷ lệ xã đạt. Tên chỉ tiêu theo tệp số liệu.`,
      en: `Whether the commune meets indicator ${c}.${i} of criterion ${c} (Annex I, Decision 51/2025; thresholds by commune group); parents: share of communes meeting it. Named as the data file names it.`,
    },
    { vi: `chỉ tiêu ${c}.${i} (2026–2030)`, en: `indicator ${c}.${i} (2026–2030)` },
  );
}

/**
 * The catalogue with a definition for each indicator id of the 2026–2030
 * set among `ids` that it lacks: a table's "Chỉ tiêu 7.2" column needs one.
 */
export function withIndicators2026(
  catalogue: readonly IndicatorDefinition[],
  ids: Iterable<string>,
): readonly IndicatorDefinition[] {
  const known = new Set(catalogue.map((d) => d.id));
  const added: IndicatorDefinition[] = [];
  for (const id of ids) {
    const parsed = parseIndicator2026Id(id);
    if (!parsed || known.has(id)) continue;
    known.add(id);
    added.push(indicator2026(parsed.criterion, parsed.index));
  }
  return added.length ? [...catalogue, ...added] : catalogue;
}

const COMMUNE_GROUP: IndicatorDefinition = {
  id: 'commune_group',
  program: 'ntm2026',
  programmePeriod: PERIOD,
  label: { vi: 'Nhóm xã (QĐ 51/2025/QĐ-TTg)', en: 'Commune group (Decision 51/2025)' },
  description: {
    vi: 'Ngưỡng các tiêu chí 2026–2030 khác nhau theo nhóm xã. Nhóm theo cách đánh số của QĐ 51/2025 (dự thảo giữa năm 2025 đánh số ngược lại).',
    en: 'The 2026–2030 thresholds differ by commune group. Groups as Decision 51/2025 numbers them (drafts of mid-2025 numbered them the other way round).',
  },
  kind: 'category',
  categories: COMMUNE_GROUPS.map((g, i) => ({
    value: g.value,
    label: g.label,
    color: ['#66c2a5', '#fc8d62', '#8da0cb'][i] as string,
  })),
  aggregation: {
    rule: 'shares',
    shares: COMMUNE_GROUPS.map(({ value, short }) => ({
      id: `g${value}`,
      label: {
        vi: `Tỷ lệ xã ${short.vi.toLowerCase()}`,
        en: `Share of ${short.en.toLowerCase()} communes`,
      },
      countLabel: { vi: `Số xã ${short.vi.toLowerCase()}`, en: `${short.en} communes` },
      equals: [value],
      of: 'all',
      baseLabel: ALL_WITH_DATA,
    })),
  },
  baseLevel: 'commune',
};

const EM_REGION_2026: IndicatorDefinition = {
  id: 'em_region_2026',
  program: 'ethnic',
  programmePeriod: PERIOD,
  label: {
    vi: 'Khu vực vùng DTTS&MN (phân định 2026)',
    en: 'Ethnic-minority area region (2026 classification)',
  },
  description: {
    vi: 'Phân định trên xã mới theo NĐ 272/2025/NĐ-CP (QĐ 60/QĐ-BDTTG đợt 1: 250 / 259 / 824 xã khu vực I / II / III); thay QĐ 861 của giai đoạn trước.',
    en: 'Classification of the new communes under Decree 272/2025 (Decision 60/QĐ-BDTTG, first batch: 250 / 259 / 824 communes in regions I / II / III); replaces Decision 861 of the previous period.',
  },
  kind: 'category',
  categories: [
    { value: 0, label: { vi: 'Ngoài vùng DTTS&MN', en: 'Outside the area' }, color: '#f0f0f0' },
    { value: 1, label: { vi: 'Khu vực I', en: 'Region I' }, color: '#fdd49e' },
    { value: 2, label: { vi: 'Khu vực II', en: 'Region II' }, color: '#fc8d59' },
    { value: 3, label: { vi: 'Khu vực III', en: 'Region III' }, color: '#b30000' },
  ],
  aggregation: {
    rule: 'shares',
    shares: [
      {
        id: 'region_iii',
        label: { vi: 'Tỷ lệ xã khu vực III (2026)', en: 'Share of region III communes (2026)' },
        countLabel: { vi: 'Số xã khu vực III (2026)', en: 'Region III communes (2026)' },
        equals: [3],
        of: 'all',
        baseLabel: ALL_WITH_DATA,
      },
      {
        id: 'in_area',
        label: {
          vi: 'Tỷ lệ xã thuộc vùng DTTS&MN (2026)',
          en: 'Share of communes in the area (2026)',
        },
        countLabel: { vi: 'Số xã thuộc vùng DTTS&MN (2026)', en: 'Communes in the area (2026)' },
        equals: [1, 2, 3],
        of: 'all',
        baseLabel: ALL_WITH_DATA,
      },
    ],
  },
  baseLevel: 'commune',
};

export const CATALOGUE_2026_2030: readonly IndicatorDefinition[] = [
  CRITERIA_MET_2026,
  STATUS_2026,
  COMMUNE_GROUP,
  ...NTM_CRITERIA_2026.map((_, index) => criterion(index + 1)),
  EM_REGION_2026,
];

/**
 * The measure of one period that answers the same question in the other:
 * asked for a layer the data lacks, the atlas shows its counterpart and
 * says that it is the other period's set, not the same measure.
 */
export const COUNTERPARTS: Readonly<Record<string, string>> = {
  ntm_criteria_met: 'ntm26_criteria_met',
  ntm26_criteria_met: 'ntm_criteria_met',
  ntm_status: 'ntm26_status',
  ntm26_status: 'ntm_status',
  em_region: 'em_region_2026',
  em_region_2026: 'em_region',
};
