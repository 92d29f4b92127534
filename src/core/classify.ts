import { ckmeans } from 'simple-statistics';
import type { ClassificationHint } from './indicator-definition';
import { isCategorical } from './indicator-definition';
import { isWholeNumberLayer, type Layer } from './layer';
import { formatNumber } from './format';
import {
  QUALITATIVE_SAFE,
  divergingAroundZero,
  paletteColors,
  paletteInfo,
  type PaletteKind,
} from './palette';
import type { BilingualText } from './text';
import { valuesAtRanks } from './values-at-ranks';

/**
 * How numeric classes are cut. "thresholds" are the programme's own (policy)
 * breaks, carried by the indicator; "manual" are breaks the user typed.
 */
/** Values to class: a plain list, or a typed array as pooled periods are gathered into. */
export type NumberList = readonly number[] | Float64Array;

export type ClassMethod = 'quantile' | 'equal-interval' | 'jenks' | 'manual' | 'thresholds';

export const CLASS_METHODS: readonly ClassMethod[] = [
  'quantile',
  'equal-interval',
  'jenks',
  'manual',
  'thresholds',
];

export const MIN_CLASSES = 3;
export const MAX_CLASSES = 9;

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
  /** The palette the colours came from; null for the indicator's own category colours. */
  readonly palette: string | null;
  readonly reversed: boolean;
  /** For policy thresholds: what they stand for ("2025 target: no commune under 15"). */
  readonly policy?: BilingualText;
}

/**
 * Breaks that split values into `k` classes of about equal counts: the
 * i/k-quantiles by linear interpolation between order statistics (R-7, as
 * d3's scaleQuantile). The few order statistics needed are found without
 * sorting (see valuesAtRanks): pooled over five periods, 10,600 communes
 * give 53,000 values on every switch to a new layer.
 */
export function quantileBreaks(values: NumberList, k: number): number[] {
  const n = values.length;
  if (n === 0) return [];
  // Each break lies between the values at two neighbouring ranks.
  const positions = Array.from({ length: k - 1 }, (_, i) => ((n - 1) * (i + 1)) / k);
  const ranks = positions.flatMap((position) => {
    const lo = Math.floor(position);
    return [lo, Math.min(n - 1, lo + 1)];
  });
  const at = valuesAtRanks(values, ranks);
  return dedupe(
    positions.map((position, i) => {
      const a = at[2 * i] as number;
      const b = at[2 * i + 1] as number;
      return a + (b - a) * (position - Math.floor(position));
    }),
  );
}

/**
 * Natural breaks: Ckmeans (Wang & Song 2011), the optimal successor of Jenks,
 * from simple-statistics. Each class starts at its cluster's smallest value.
 */
export function jenksBreaks(values: NumberList, k: number): number[] {
  if (values.length === 0) return [];
  const clusters = ckmeans([...values], Math.min(k, distinctCount(values)));
  return dedupe(clusters.slice(1).map((cluster) => cluster[0] as number));
}

/**
 * Equal intervals over [−m, m], m the largest magnitude: for changes, so that
 * a gain and a loss of the same size get classes of the same width.
 */
export function symmetricBreaks(values: NumberList, k: number): number[] {
  let m = 0;
  for (const v of values) m = Math.max(m, Math.abs(v));
  if (m === 0) return [];
  return equalIntervalBreaks([-m, m], k);
}

/** Decimals that tell breaks apart over the values' spread: 0 for hundreds, up to 3 below 1. */
function decimalsFor(values: NumberList): number {
  let min = Infinity;
  let max = -Infinity;
  // An index loop: a typed array's iterator is several times slower over 53,000 values.
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min;
  if (!(span > 0)) return 1;
  return span >= 100 ? 0 : span >= 10 ? 1 : span >= 1 ? 2 : 3;
}

/** The most decimals among breaks someone typed or a programme set (at most 4). */
function decimalsOf(breaks: readonly number[]): number {
  let most = 0;
  for (const b of breaks) {
    const text = String(b);
    const dot = text.indexOf('.');
    if (dot >= 0) most = Math.max(most, text.length - dot - 1);
  }
  return Math.min(4, most);
}

function distinctCount(values: NumberList): number {
  return new Set(values).size;
}

/** Breaks that split [min, max] into `k` classes of equal width. */
export function equalIntervalBreaks(values: NumberList, k: number): number[] {
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
  // The first break greater than the value is the class index.
  return firstGreater(classification.breaks, value);
}

/** Index of the first of the sorted `edges` greater than `value` (binary search). */
export function firstGreater(edges: readonly number[], value: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value < (edges[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function numericLabel(
  min: number | undefined,
  max: number | undefined,
  integers: boolean,
  domain: readonly [number, number] | undefined,
  signed = false,
  digits = 1,
): BilingualText {
  // A true minus sign, and "+" on gains when the values are changes.
  const f = (v: number, lang: 'vi' | 'en') => {
    const text = formatNumber(Math.abs(v), lang, integers ? 0 : digits);
    return v < 0 ? `−${text}` : signed && v > 0 ? `+${text}` : text;
  };
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
      if (max - 1 === min) return f(min, lang);
      const joiner = min < 0 || max - 1 < 0 || signed ? ' … ' : '–';
      return `${f(min, lang)}${joiner}${f(max - 1, lang)}`;
    }
    return `${f(min, lang)} – < ${f(max, lang)}`;
  };
  return { vi: make('vi'), en: make('en') };
}

export interface ClassifyOptions {
  method?: ClassMethod;
  classes?: number;
  /** Breaks for "manual". */
  breaks?: readonly number[];
  /** A palette id (see palette.ts); the layer's default when absent. */
  palette?: string | null;
  /** Reverses the palette from its default direction. */
  reverse?: boolean;
  /** True when the values are aggregates of the units below (means are not whole numbers). */
  aggregated?: boolean;
  /** The values are changes between two periods: diverging colours centred on zero. */
  change?: boolean;
}

/** The programme's own thresholds for a layer, if it has some. */
function policyOf(layer: Layer): ClassificationHint | undefined {
  const hint = layer.share ? layer.share.classification : layer.indicator.classification;
  return hint?.method === 'thresholds' && hint.breaks && hint.breaks.length > 0 ? hint : undefined;
}

/** Whether the layer shows categories with their own colours (no numeric classes). */
export function isCategoryLayer(layer: Layer, change = false): boolean {
  return isCategorical(layer.indicator) && !layer.share && !change;
}

/** The methods that make sense for a layer: policy thresholds only where the programme sets them. */
export function methodsFor(layer: Layer, change = false): ClassMethod[] {
  if (isCategoryLayer(layer, change)) return [];
  return CLASS_METHODS.filter((m) => m !== 'thresholds' || (!change && policyOf(layer)));
}

/** The palette kinds a layer may use: qualitative only for categories, whose order means nothing. */
export function paletteKindsFor(layer: Layer, change = false): PaletteKind[] {
  if (isCategoryLayer(layer, change)) return ['qualitative'];
  return change ? ['diverging', 'sequential'] : ['sequential', 'diverging'];
}

/**
 * The default palette: colour-blind safe, darker where the indicator is
 * higher; red where higher is worse. A change runs red (worse) to blue (better).
 */
function defaultPalette(layer: Layer, change = false): string | null {
  if (isCategoryLayer(layer, change)) return null;
  if (change) return 'RdBu';
  const higherIsBetter = layer.share ? true : (layer.indicator.higherIsBetter ?? true);
  return higherIsBetter ? 'YlGnBu' : 'YlOrRd';
}

function defaultMethod(layer: Layer, change = false): ClassMethod {
  if (change) return 'equal-interval';
  if (policyOf(layer)) return 'thresholds';
  const hint = layer.share ? undefined : layer.indicator.classification;
  return hint?.method && hint.method !== 'thresholds' ? hint.method : 'quantile';
}

/**
 * Classes for a layer given the values they are computed on. Categorical
 * indicators at their base level keep their categories and colours (or take a
 * qualitative palette); everything else is numeric with the requested method,
 * the programme's policy thresholds, the indicator's hint, or 5 quantiles.
 */
export function classify(
  layer: Layer,
  values: NumberList,
  options: ClassifyOptions = {},
): Classification {
  const { indicator } = layer;
  const change = options.change ?? false;
  const reverse = options.reverse ?? false;
  if (isCategoryLayer(layer, change)) {
    const categories = indicator.categories ?? [];
    const chosen = options.palette ? paletteInfo(options.palette) : undefined;
    const palette = chosen?.kind === 'qualitative' ? chosen.id : null;
    const colors = palette ? paletteColors(palette, categories.length, reverse) : null;
    return {
      method: 'categories',
      breaks: [],
      palette,
      reversed: palette !== null && reverse,
      classes: categories.map((category, index) => ({
        index,
        color:
          colors?.[index] ??
          category.color ??
          (QUALITATIVE_SAFE[index % QUALITATIVE_SAFE.length] as string),
        label: category.label,
        category: category.value,
      })),
    };
  }
  const policy = change ? undefined : policyOf(layer);
  let method = options.method ?? defaultMethod(layer, change);
  if (method === 'thresholds' && !policy) method = 'quantile';
  if (method === 'manual' && !(options.breaks && options.breaks.length > 0)) method = 'quantile';
  const hint = layer.share ? undefined : indicator.classification;
  const k = Math.min(MAX_CLASSES, Math.max(MIN_CLASSES, options.classes ?? hint?.classes ?? 5));
  const integers = isWholeNumberLayer(layer, options.aggregated ?? false);
  let breaks: number[];
  switch (method) {
    case 'thresholds':
      breaks = dedupe(policy?.breaks ?? []);
      break;
    case 'manual':
      breaks = dedupe((options.breaks ?? []).filter(Number.isFinite)).slice(0, MAX_CLASSES - 1);
      break;
    case 'equal-interval':
      breaks = change ? symmetricBreaks(values, k) : equalIntervalBreaks(values, k);
      break;
    case 'jenks':
      breaks = jenksBreaks(values, k);
      break;
    default:
      breaks = quantileBreaks(values, k);
  }
  // Computed breaks are rounded to the digits the legend shows, so "< 1,04" means what it says;
  // whole-number data gets whole-number breaks: "10–14", not "9,6 – < 14,4".
  const computed = method !== 'thresholds' && method !== 'manual';
  const digits = integers ? 0 : computed ? decimalsFor(values) : decimalsOf(breaks);
  if (computed) {
    const factor = 10 ** digits;
    breaks = dedupe(breaks.map((b) => Math.ceil(b * factor - 1e-9) / factor));
  }
  const bounds = range(breaks.length + 1).map((index) => ({
    min: index === 0 ? undefined : breaks[index - 1],
    max: index === breaks.length ? undefined : breaks[index],
  }));
  const requested = options.palette ? paletteInfo(options.palette) : undefined;
  const palette =
    requested && requested.kind !== 'qualitative'
      ? requested.id
      : (defaultPalette(layer, change) as string);
  const diverging = paletteInfo(palette)?.kind === 'diverging';
  // A change runs from worse to better by default: flip where higher is worse.
  const flip = change && !layer.share && indicator.higherIsBetter === false;
  const colors =
    change && diverging
      ? divergingAroundZero(palette, bounds, reverse !== flip)
      : paletteColors(palette, bounds.length, reverse !== flip);
  const domain = layer.share || change ? undefined : indicator.domain;
  const classes: MapClass[] = bounds.map(({ min, max }, index) => ({
    index,
    color: colors[index] as string,
    min,
    max,
    label: numericLabel(min, max, integers, domain, change, digits),
  }));
  return {
    method,
    breaks,
    classes,
    palette,
    reversed: reverse,
    policy: method === 'thresholds' ? policy?.label : undefined,
  };
}
