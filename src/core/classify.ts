import { scaleQuantile } from 'd3-scale';
import type { IndicatorDefinition } from './indicator-definition';
import { isCategorical } from './indicator-definition';
import type { Layer } from './layer';
import { formatNumber } from './format';
import { QUALITATIVE_SAFE, sequentialColors, type SequentialPalette } from './palette';
import type { BilingualText } from './text';

export type ClassMethod = 'quantile' | 'equal-interval' | 'thresholds';

/** One class of the legend. Numeric classes are half-open: min ≤ v < max (the last includes max). */
export interface MapClass {
  readonly index: number;
  readonly color: string;
  readonly label: BilingualText;
  readonly min?: number;
  readonly max?: number;
  readonly category?: number;
}

export interface Classification {
  readonly method: ClassMethod | 'categories';
  /** Inner breaks; class i holds breaks[i-1] ≤ v < breaks[i]. Empty for categories. */
  readonly breaks: readonly number[];
  readonly classes: readonly MapClass[];
}

/** Breaks that split sorted values into `k` classes of about equal counts. */
export function quantileBreaks(values: readonly number[], k: number): number[] {
  if (values.length === 0) return [];
  return dedupe(scaleQuantile<number>().domain(values).range(range(k)).quantiles());
}

/** Breaks that split [min, max] into `k` classes of equal width. */
export function equalIntervalBreaks(values: readonly number[], k: number): number[] {
  if (values.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === max) return [];
  const step = (max - min) / k;
  return dedupe(range(k - 1).map((i) => min + step * (i + 1)));
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function dedupe(breaks: readonly number[]): number[] {
  return [...new Set(breaks)].sort((a, b) => a - b);
}

/** The class index of a value, or null for no data (null, NaN, or an unknown category). */
export function classIndexOf(
  classification: Classification,
  value: number | null | undefined,
): number | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  if (classification.method === 'categories') {
    const found = classification.classes.find((c) => c.category === value);
    return found ? found.index : null;
  }
  const { breaks } = classification;
  // Binary search: the first break greater than the value is the class index.
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value < (breaks[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Whole-number values (counts at their own level): classes then read "10–14", not "10 – < 15". */
function isIntegerValued(
  indicator: IndicatorDefinition,
  layer: Layer,
  aggregated: boolean,
): boolean {
  if (layer.share) return false;
  if (indicator.kind === 'ordinal') return true;
  return indicator.kind === 'count' && (!aggregated || indicator.aggregation.rule === 'sum');
}

function numericLabel(
  min: number | undefined,
  max: number | undefined,
  integers: boolean,
  domain: readonly [number, number] | undefined,
): BilingualText {
  const f = (v: number, lang: 'vi' | 'en') => formatNumber(v, lang, integers ? 0 : 1);
  // With a known domain the open ends close: "0–9" and "19" instead of "< 10" and "≥ 19".
  if (integers && domain) {
    if (min === undefined && max !== undefined && max - 1 >= domain[0]) min = domain[0];
    if (max === undefined && min !== undefined && min <= domain[1]) max = domain[1] + 1;
  }
  const make = (lang: 'vi' | 'en') => {
    if (min === undefined && max === undefined) return lang === 'vi' ? 'mọi giá trị' : 'all values';
    if (min === undefined)
      return integers ? `≤ ${f((max as number) - 1, lang)}` : `< ${f(max as number, lang)}`;
    if (max === undefined) return `≥ ${f(min, lang)}`;
    if (integers && Number.isInteger(min) && Number.isInteger(max)) {
      return max - 1 === min ? f(min, lang) : `${f(min, lang)}–${f(max - 1, lang)}`;
    }
    return `${f(min, lang)} – < ${f(max, lang)}`;
  };
  return { vi: make('vi'), en: make('en') };
}

export interface ClassifyOptions {
  method?: ClassMethod;
  classes?: number;
  breaks?: readonly number[];
  palette?: SequentialPalette;
  /** True when the values are aggregates of the units below (means are not whole numbers). */
  aggregated?: boolean;
}

/**
 * Classes for a layer given the values shown. Categorical indicators at their
 * base level keep their categories and colours; everything else is numeric
 * with the requested method, the indicator's hint, or 5 quantiles.
 */
export function classify(
  layer: Layer,
  values: readonly number[],
  options: ClassifyOptions = {},
): Classification {
  const { indicator } = layer;
  if (isCategorical(indicator) && !layer.share) {
    const categories = indicator.categories ?? [];
    return {
      method: 'categories',
      breaks: [],
      classes: categories.map((category, index) => ({
        index,
        color: category.color ?? (QUALITATIVE_SAFE[index % QUALITATIVE_SAFE.length] as string),
        label: category.label,
        category: category.value,
      })),
    };
  }
  const hint = layer.share ? undefined : indicator.classification;
  const method = options.method ?? hint?.method ?? 'quantile';
  const k = Math.min(9, Math.max(2, options.classes ?? hint?.classes ?? 5));
  const breaks =
    method === 'thresholds'
      ? dedupe(options.breaks ?? hint?.breaks ?? [])
      : method === 'equal-interval'
        ? equalIntervalBreaks(values, k)
        : quantileBreaks(values, k);
  const higherIsBetter = layer.share ? true : (indicator.higherIsBetter ?? true);
  const palette = options.palette ?? (higherIsBetter ? 'YlGnBu' : 'YlOrRd');
  const colors = sequentialColors(palette, breaks.length + 1);
  const integers = isIntegerValued(indicator, layer, options.aggregated ?? false);
  const domain = layer.share ? undefined : indicator.domain;
  const classes: MapClass[] = colors.map((color, index) => {
    const min = index === 0 ? undefined : breaks[index - 1];
    const max = index === breaks.length ? undefined : breaks[index];
    return { index, color, min, max, label: numericLabel(min, max, integers, domain) };
  });
  return { method, breaks, classes };
}
