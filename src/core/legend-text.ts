import {
  PROGRAMME_PERIOD_LABELS,
  programmePeriodOf,
  seriesBreak,
  type ProgrammePeriod,
} from './programme-period';
import { NO_DATA_CLASS, type ClassCount, type MapView } from './map-view';
import type { ClassMethod, Classification } from './classify';
import { formatNumber } from './format';
import { aggregationNote, layerBase, layerLabel, layerUnit, type Layer } from './layer';
import type { BilingualText, Language } from './text';
import type { Vintage } from './units';

export const METHOD_LABELS: Readonly<Record<ClassMethod | 'categories', BilingualText>> = {
  quantile: { vi: 'Phân vị (số đơn vị đều nhau)', en: 'Quantile' },
  'equal-interval': { vi: 'Khoảng đều', en: 'Equal interval' },
  jenks: { vi: 'Ngắt tự nhiên (Jenks)', en: 'Natural breaks (Jenks)' },
  manual: { vi: 'Tự nhập ngưỡng', en: 'Manual breaks' },
  thresholds: { vi: 'Ngưỡng chính sách', en: 'Policy thresholds' },
  categories: { vi: 'Theo nhóm', en: 'Categories' },
};

const NO_DATA_LABEL: BilingualText = { vi: 'Không có dữ liệu', en: 'No data' };
const POINTS: BilingualText = { vi: 'điểm %', en: 'percentage points' };

/** What a legend says about a layer: on screen, in exports and in print alike. */
export interface LegendInput {
  readonly layer: Layer;
  readonly classification: Classification;
  readonly counts: readonly ClassCount[];
  readonly noDataCount: number;
  readonly period: string | null;
  /** When the map shows a change: the period compared with. */
  readonly compare: string | null;
  readonly vintage: Vintage | null;
  readonly source: BilingualText | null;
  readonly basis: MapView['classBasis'];
  /** True when the values are aggregated from the units below (the rule is then said). */
  readonly aggregated: boolean;
  /** How the values were computed, when not the layer's own aggregation. */
  readonly rule: BilingualText | null;
  /** Years of the map computed on these units from another geography's results. */
  readonly recomputed?: { readonly from: Vintage; readonly periods: readonly string[] } | null;
}

export interface LegendRow {
  /** The class index, or NO_DATA_CLASS. */
  readonly index: number;
  /** The fill; null for "no data", drawn as a hatch. */
  readonly color: string | null;
  readonly label: BilingualText;
  readonly count: number;
}

export interface LegendText {
  readonly title: BilingualText;
  readonly period: BilingualText | null;
  /** The programme period of the year (or of each year of a change). */
  readonly programme: BilingualText | null;
  /** Where a change crosses a break in the series (a new poverty standard). */
  readonly seriesBreak: BilingualText | null;
  readonly unit: BilingualText | null;
  readonly vintage: BilingualText | null;
  /** The base of a share: what the percentage is of. */
  readonly base: BilingualText | null;
  readonly rule: BilingualText | null;
  /** "Năm 2022 tính lại từ đơn vị cũ…": said wherever the legend is. */
  readonly recomputed: BilingualText | null;
  readonly rows: readonly LegendRow[];
  readonly method: BilingualText;
  readonly policy: BilingualText | null;
  readonly source: BilingualText | null;
}

export function legendText(input: LegendInput): LegendText {
  const { layer, classification, period, compare } = input;
  const label = layerLabel(layer);
  const unit = compare && layerUnit(layer)?.vi === '%' ? POINTS : layerUnit(layer);
  const base = layerBase(layer);
  const rule = input.rule ?? (input.aggregated ? aggregationNote(layer) : undefined);
  const when = compare ? `${compare} → ${period}` : period;
  return {
    title: compare
      ? {
          vi: `Thay đổi ${compare}→${period}: ${label.vi}`,
          en: `Change ${compare}→${period}: ${label.en}`,
        }
      : label,
    period: when ? { vi: `Năm ${when}`, en: `Year ${when}` } : null,
    programme: programmeLine(period, compare),
    seriesBreak: compare && period ? seriesBreak(layer.indicator, compare, period) : null,
    unit: unit ? { vi: `đơn vị: ${unit.vi}`, en: `unit: ${unit.en}` } : null,
    vintage: input.vintage ? vintageText(input.vintage) : null,
    base: base ? { vi: `Mẫu số: ${base.vi}`, en: `Base: ${base.en}` } : null,
    rule: rule ?? null,
    recomputed: input.recomputed ? recomputedText(input.recomputed) : null,
    rows: [
      ...classification.classes.map((c) => ({
        index: c.index,
        color: c.color,
        label: c.label,
        count: input.counts.find((k) => k.index === c.index)?.count ?? 0,
      })),
      { index: NO_DATA_CLASS, color: null, label: NO_DATA_LABEL, count: input.noDataCount },
    ],
    method: describeMethod(classification, input.basis, compare, period),
    policy: classification.policy ?? null,
    source: input.source
      ? { vi: `Nguồn: ${input.source.vi}`, en: `Source: ${input.source.en}` }
      : null,
  };
}

/** "CTMTQG 2026–2030 (…)" for a year; both, when a change spans two periods. */
export function programmeLine(period: string | null, compare: string | null): BilingualText | null {
  const to = period ? programmePeriodOf(period) : null;
  const from = compare ? programmePeriodOf(compare) : to;
  if (!to && !from) return null;
  if (to === from || !compare) return to ? PROGRAMME_PERIOD_LABELS[to] : null;
  const part = (year: string, p: ProgrammePeriod | null, language: Language) =>
    `${year}: ${p ? PROGRAMME_PERIOD_LABELS[p][language] : language === 'vi' ? 'trước các giai đoạn' : 'before the periods'}`;
  return {
    vi: `${part(compare, from, 'vi')}; ${part(period ?? '', to, 'vi')}`,
    en: `${part(compare, from, 'en')}; ${part(period ?? '', to, 'en')}`,
  };
}

/** What a map of computed years says: which years, from which boundaries, not reported. */
export function recomputedText(recomputed: {
  readonly from: Vintage;
  readonly periods: readonly string[];
}): BilingualText {
  const years = recomputed.periods.join(', ');
  return {
    vi: `Năm ${years}: kết quả của đơn vị cũ (địa giới ${recomputed.from}) tính lại cho đơn vị mới theo bảng chuyển đổi, không phải số liệu báo cáo trên đơn vị mới`,
    en: `${years}: the old units' results (${recomputed.from} boundaries) recomputed for the new units through the crosswalk, not figures reported on the new units`,
  };
}

export function vintageText(vintage: Vintage): BilingualText {
  return vintage === '2021'
    ? { vi: 'Địa giới trước 1/7/2025', en: 'Boundaries before 1 Jul 2025' }
    : { vi: 'Địa giới từ 1/7/2025', en: 'Boundaries from 1 Jul 2025' };
}

/** "Phân vị, 5 lớp, tính trên 1.500 giá trị của 2021–2025". */
function describeMethod(
  classification: Classification,
  basis: MapView['classBasis'],
  compare: string | null,
  period: string | null,
): BilingualText {
  const method = METHOD_LABELS[classification.method];
  const k = classification.classes.length;
  if (classification.method === 'categories' || !basis) {
    return { vi: `${method.vi}, ${k} nhóm`, en: `${method.en}, ${k} classes` };
  }
  if (classification.method === 'manual' || classification.method === 'thresholds') {
    return { vi: `${method.vi}, ${k} lớp`, en: `${method.en}, ${k} classes` };
  }
  const periods = basis.periods;
  const span =
    periods.length > 1 ? `${periods[0]}–${periods[periods.length - 1]}` : (periods[0] ?? '');
  const vi = formatNumber(basis.values, 'vi', 0);
  const en = formatNumber(basis.values, 'en', 0);
  if (compare) {
    const change = `${compare}→${period}`;
    return {
      vi: `${method.vi}, ${k} lớp, đối xứng quanh 0, tính trên ${vi} mức thay đổi ${change}`,
      en: `${method.en}, ${k} classes, centred on 0, from ${en} changes ${change}`,
    };
  }
  return {
    vi: `${method.vi}, ${k} lớp, ngưỡng tính trên ${vi} giá trị năm ${span}`,
    en: `${method.en}, ${k} classes, breaks from ${en} values of ${span}`,
  };
}
