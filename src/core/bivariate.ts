import { levelNumbers, levelValues, type UnitValue } from './aggregate';
import { isCategoryLayer, quantileBreaks, type Classification } from './classify';
import { formatLayerNumber } from './describe-value';
import { layerLabel, type Layer } from './layer';
import { assignClasses, layerShown, NO_DATA_CLASS, type AtlasData, type MapView } from './map-view';
import type { BilingualText } from './text';
import type { UnitCode } from './units';

/**
 * Joshua Stevens' 3 × 3 bivariate scheme (teal × red), legible to the
 * common colour-vision deficiencies: row = the second layer's third (low →
 * high), column = the first layer's third (low → high).
 */
export const BIVARIATE_COLOURS: readonly (readonly string[])[] = [
  ['#e8e8e8', '#e4acac', '#c85a5a'],
  ['#b0d5df', '#ad9ea5', '#985356'],
  ['#64acbe', '#627f8c', '#574249'],
];

const THIRDS: readonly BilingualText[] = [
  { vi: 'thấp', en: 'low' },
  { vi: 'vừa', en: 'middle' },
  { vi: 'cao', en: 'high' },
];

/** One axis of a bivariate map: its layer, the two breaks cutting it in three, its values. */
export interface BivariateAxis {
  readonly layer: Layer;
  readonly breaks: readonly number[];
  /** "tertiles": thirds of the units with data; "policy": the programme's two thresholds. */
  readonly method: 'tertiles' | 'policy';
  readonly values: ReadonlyMap<UnitCode, UnitValue>;
}

export interface BivariateView extends MapView {
  readonly bivariate: {
    /** The first layer, across (columns). */
    readonly x: BivariateAxis;
    /** The second layer, up (rows). */
    readonly y: BivariateAxis;
  };
}

export function isBivariateView(view: MapView | null | undefined): view is BivariateView {
  return !!view && 'bivariate' in view;
}

/** The cell of a unit: column (x's third) + 3 × row (y's third); null without both values. */
export function bivariateCell(
  x: number | null,
  y: number | null,
  xBreaks: readonly number[],
  yBreaks: readonly number[],
): number | null {
  if (x === null || y === null || Number.isNaN(x) || Number.isNaN(y)) return null;
  const third = (value: number, breaks: readonly number[]) =>
    breaks.filter((b) => value >= b).length;
  return third(x, xBreaks) + 3 * third(y, yBreaks);
}

/**
 * A layer's two breaks: its policy thresholds when they cut it in three,
 * else the tertiles of the units with data (of the year shown). Where ties
 * make tertiles collapse (238 of 300 communes with all 19 criteria), the
 * programme's two highest thresholds are used if it has them (< 15, 15–18,
 * 19), else the most common top value is a third of its own and the rest is
 * halved.
 */
function axisBreaks(
  layer: Layer,
  numbers: ArrayLike<number>,
): Pick<BivariateAxis, 'breaks' | 'method'> {
  const policy = layer.indicator.classification;
  const thresholds = !layer.share && policy?.method === 'thresholds' ? (policy.breaks ?? []) : [];
  if (thresholds.length === 2) return { breaks: thresholds, method: 'policy' };
  const present = Float64Array.from(Array.from(numbers).filter((n) => !Number.isNaN(n)));
  const tertiles = quantileBreaks(present, 3);
  if (tertiles.length === 2 && tertiles[0] !== tertiles[1])
    return { breaks: tertiles, method: 'tertiles' };
  if (thresholds.length > 2) return { breaks: thresholds.slice(-2), method: 'policy' };
  const top = Math.max(...present);
  const below = present.filter((n) => n < top);
  const middle = quantileBreaks(below, 2)[0] ?? top;
  return { breaks: [Math.min(middle, top), top], method: 'tertiles' };
}

/**
 * Two numeric layers on one map, each cut in three, each unit coloured by
 * the pair of thirds it falls in. Built on the first layer's own view (its
 * values, notices, focus), with nine classes — one per cell — so the map,
 * the legend's filter and the table work as for any layer. Null when
 * either layer is a category or missing at this level, or a change is shown.
 */
export function computeBivariateView(
  data: AtlasData,
  first: MapView,
  secondKey: string,
  filter: readonly number[],
): BivariateView | null {
  const { hierarchy, dataset } = data;
  if (!dataset || !first.layer || first.change || !first.period) return null;
  const second = layerShown(dataset, secondKey, first.level);
  const ySource = second.notice ? undefined : second.layer;
  if (!ySource || isCategoryLayer(first.layer) || isCategoryLayer(ySource)) return null;
  const context = { hierarchy, dataset, period: first.period };
  const codes = first.codes;
  const xNumbers = levelNumbers(context, first.layer, codes);
  const yNumbers = levelNumbers(context, ySource, codes);
  const x: BivariateAxis = {
    layer: first.layer,
    ...axisBreaks(first.layer, xNumbers),
    values: first.values,
  };
  const y: BivariateAxis = {
    layer: ySource,
    ...axisBreaks(ySource, yNumbers),
    values: levelValues(context, ySource, codes),
  };
  const cells = new Float64Array(codes.length);
  for (let i = 0; i < codes.length; i += 1)
    cells[i] = bivariateCell(xNumbers[i] ?? NaN, yNumbers[i] ?? NaN, x.breaks, y.breaks) ?? NaN;
  const classification: Classification = {
    method: 'categories',
    breaks: [],
    palette: 'bivariate',
    reversed: false,
    classes: BIVARIATE_COLOURS.flatMap((row, r) =>
      row.map((color, c) => ({
        index: c + 3 * r,
        color,
        category: c + 3 * r,
        label: {
          vi: `${layerLabel(x.layer).vi} ${THIRDS[c]!.vi} · ${layerLabel(y.layer).vi} ${THIRDS[r]!.vi}`,
          en: `${layerLabel(x.layer).en} ${THIRDS[c]!.en} · ${layerLabel(y.layer).en} ${THIRDS[r]!.en}`,
        },
      })),
    ),
  };
  return {
    ...first,
    classification,
    classBasis: { periods: [first.period], values: cells.filter((n) => !Number.isNaN(n)).length },
    ...assignClasses(classification, codes, cells),
    filter: new Set(filter.filter((i) => i < 9 || i === NO_DATA_CLASS)),
    bivariate: { x, y },
  };
}

/** "< 2,1% · 2,1–5,3% · ≥ 5,3%": an axis's thirds, for the grid legend. */
export function axisThirds(axis: BivariateAxis, language: 'vi' | 'en'): string[] {
  const [low, high] = axis.breaks as [number, number];
  const f = (n: number) => formatLayerNumber(axis.layer, n, language);
  return [`< ${f(low)}`, `${f(low)} – < ${f(high)}`, `≥ ${f(high)}`];
}
