import { scaleLinear } from 'd3-scale';
import { classIndexOf, firstGreater, type Classification } from './classify';
import type { MapView } from './map-view';
import type { UnitCode } from './units';

/** One bar: values in [x0, x1) (the last bar includes its end), and the units in it. */
export interface HistogramBin {
  readonly x0: number;
  readonly x1: number;
  readonly codes: readonly UnitCode[];
  /** The class the bar's values fall in: bars never straddle a break. */
  readonly classIndex: number;
  /** For categories: the category's label index; bars are then one per category. */
  readonly category?: number;
}

export interface Histogram {
  readonly bins: readonly HistogramBin[];
  /** The value axis; equal to the first and last bin edges. */
  readonly domain: readonly [number, number];
  readonly categorical: boolean;
}

/** Whole numbers over a range this short get one bar each (criteria 0–19, changes −5…+8). */
const MAX_INTEGER_BARS = 40;
const TARGET_BARS = 24;

/**
 * The distribution of the units shown (inside the drilled-into unit, if any),
 * binned so that class breaks fall on bin edges: each bar has one class colour
 * and the break lines drawn over it are exact.
 */
export function histogramOf(view: MapView, codes: readonly UnitCode[]): Histogram | null {
  const classification = view.classification;
  if (!classification) return null;
  if (classification.method === 'categories') return categoryBars(view, classification, codes);
  const values: { code: UnitCode; value: number }[] = [];
  for (const code of codes) {
    const value = view.values.get(code)?.value;
    if (value !== null && value !== undefined) values.push({ code, value });
  }
  if (values.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const { value } of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const integers =
    values.every(({ value }) => Number.isInteger(value)) &&
    classification.breaks.every((b) => Number.isInteger(b));
  let edges: number[];
  if (integers && max - min < MAX_INTEGER_BARS) {
    edges = Array.from({ length: max - min + 2 }, (_, i) => min + i);
  } else {
    const scale = scaleLinear()
      .domain([min, max === min ? min + 1 : max])
      .nice(TARGET_BARS);
    const ticks = scale.ticks(TARGET_BARS);
    const [lo, hi] = scale.domain() as [number, number];
    edges = [...new Set([lo, ...ticks, hi])].sort((a, b) => a - b);
    // Breaks inside the range become edges too, so no bar mixes two classes.
    for (const b of classification.breaks)
      if (b > lo && b < hi && !edges.includes(b)) edges.push(b);
    edges.sort((a, b) => a - b);
  }
  const bins = edges
    .slice(0, -1)
    .map((x0, i) => ({ x0, x1: edges[i + 1] as number, codes: [] as UnitCode[] }));
  for (const { code, value } of values) {
    // The last bin is closed so the maximum has a home.
    let index = firstGreater(edges, value) - 1;
    if (index >= bins.length) index = bins.length - 1;
    bins[Math.max(0, index)]?.codes.push(code);
  }
  return {
    bins: bins.map((bin) => ({
      ...bin,
      classIndex: classIndexOf(classification, bin.x0) ?? 0,
    })),
    domain: [edges[0] as number, edges[edges.length - 1] as number],
    categorical: false,
  };
}

function categoryBars(
  view: MapView,
  classification: Classification,
  codes: readonly UnitCode[],
): Histogram {
  const bins = classification.classes.map((c, i) => ({
    x0: i,
    x1: i + 1,
    codes: [] as UnitCode[],
    classIndex: c.index,
    category: c.category,
  }));
  for (const code of codes) {
    const index = view.classOf.get(code);
    if (index !== null && index !== undefined) bins[index]?.codes.push(code);
  }
  return { bins, domain: [0, bins.length], categorical: true };
}
