import { levelNumbers, levelValues, type UnitValue } from './aggregate';
import { classify, isCategoryLayer, type Classification } from './classify';
import type { Crosswalk } from './crosswalk';
import type { Hierarchy } from './hierarchy';
import { layerKey, resolveLayer, type Layer } from './layer';
import {
  assignClasses,
  focusOf,
  layerShown,
  numbersOf,
  NO_DATA_CLASS,
  type AtlasData,
  type MapView,
} from './map-view';
import {
  computeReaggregatedView,
  reaggregatedAt,
  reaggregatedValue,
  type ReaggregatedView,
} from './reaggregated-view';
import { programmePeriodOf } from './programme-period';
import type { BilingualText } from './text';
import { levelsOf, type Level, type UnitCode, type Vintage } from './units';
import type { ViewState } from './view-state';

/**
 * The years before the new geography's own figures, shown on the new units
 * from the old units' results through the crosswalk: the period slider of
 * the 2025 communes then runs from 2021.
 */
export interface History {
  readonly crosswalk: Crosswalk;
  /** The old geography with its indicator file. */
  readonly old: AtlasData;
  /** The years of the layer computed from the old units, earliest first. */
  readonly periods: readonly string[];
}

/**
 * The years a layer of the new geography takes from the old units: the old
 * file's years before the new file's first, or all of them when the new
 * file does not have the layer (the 19 criteria of 2021–2025). None when the
 * old file has no such layer (the 2026–2030 set has no past).
 */
export function historyPeriods(own: AtlasData, old: AtlasData, key: string): readonly string[] {
  const ownDataset = own.dataset;
  const oldDataset = old.dataset;
  if (!ownDataset || !oldDataset) return [];
  const layer = resolveLayer(oldDataset.indicators, key);
  if (!layer) return [];
  const ownHasLayer = !!resolveLayer(ownDataset.indicators, key);
  const first = ownHasLayer ? [...ownDataset.periods].sort()[0] : undefined;
  // A measure of one programme period has no value in the other's years.
  const period = layer.indicator.programmePeriod;
  return oldDataset.periods.filter(
    (p) => (first === undefined || p < first) && (!period || programmePeriodOf(p) === period),
  );
}

/** A history, when the map shows the crosswalk's new geography and the old one is loaded. */
export function historyOf(
  crosswalk: Crosswalk | null,
  own: AtlasData | undefined,
  old: AtlasData | undefined,
  key: string,
): History | null {
  if (!crosswalk || !own || !old) return null;
  if (own.hierarchy.vintage !== crosswalk.to || old.hierarchy.vintage !== crosswalk.from)
    return null;
  const periods = historyPeriods(own, old, key);
  return periods.length > 0 ? { crosswalk, old, periods } : null;
}

/** Every year the slider offers for a layer: the history's, then the new file's own. */
export function periodsWithHistory(own: AtlasData, history: History | null): readonly string[] {
  const periods = new Set([...(history?.periods ?? []), ...(own.dataset?.periods ?? [])]);
  return [...periods].sort();
}

/** A map view of the new units where at least one year shown was computed from the old units. */
export interface HistoryView extends ReaggregatedView {
  readonly recomputed: {
    /** The vintage whose results were carried over. */
    readonly from: Vintage;
    /** The years on screen that were computed, not reported on these units. */
    readonly periods: readonly string[];
  };
}

export function isHistoryView(view: MapView | null | undefined): view is HistoryView {
  return !!view && 'recomputed' in view;
}

/** Whether the view asks for a year (shown or compared with) that only the history has. */
export function needsHistory(view: ViewState, history: History | null): boolean {
  return (
    !!history &&
    ((view.period !== null && history.periods.includes(view.period)) ||
      (view.compare !== null && history.periods.includes(view.compare)))
  );
}

interface HistoryViewInput {
  readonly history: History;
  /** The new geography with its own indicator file. */
  readonly own: AtlasData;
  readonly view: ViewState;
  /** The computed years' numbers of a layer, kept between slider steps (see `computedBasisKeeper`). */
  readonly computedBasis?: (layer: Layer, level: Level) => ComputedBasis;
}

/** Every computed year's values of a layer, pooled: what its breaks are computed on. */
export interface ComputedBasis {
  readonly periods: readonly string[];
  readonly numbers: Float64Array;
}

/**
 * The computed years' numbers per layer and level, each computed once for a
 * history: re-aggregating four national years takes ~75 ms, which a step
 * of the slider must not pay again.
 */
export function computedBasisKeeper(history: History, target: Hierarchy) {
  const kept = new Map<string, ComputedBasis>();
  return (layer: Layer, level: Level): ComputedBasis => {
    const key = `${layerKey(layer)}|${level}`;
    let basis = kept.get(key);
    if (!basis) {
      basis = computedNumbers(history, target, layer, target.byLevel.get(level) ?? []);
      kept.set(key, basis);
    }
    return basis;
  };
}

/**
 * The map of a year before the new file's own: each new unit's value from
 * its predecessors (`reaggregate`'s rules: counts add, rates from summed
 * parts, statuses as shares of the old communes, never inherited), classed
 * on the same pooled breaks as the new file's own years where the measure is
 * the same, so a colour means one value along the whole slider. A change
 * between a computed year and an own year is the difference of the two.
 */
export function computeHistoryView(input: HistoryViewInput): HistoryView | null {
  const { history, own, view } = input;
  const levels = levelsOf(own.hierarchy.vintage);
  const level = levels.includes(view.level) ? view.level : (levels[levels.length - 1] as Level);
  const codes = own.hierarchy.byLevel.get(level) ?? [];
  const oldDataset = history.old.dataset;
  const requested = oldDataset ? resolveLayer(oldDataset.indicators, view.layer) : undefined;
  if (!requested) return null;
  const isHistory = (p: string | null) => p !== null && history.periods.includes(p);
  const ownPeriods = own.dataset?.periods ?? [];
  const period = view.period as string;
  const compare =
    view.compare !== null &&
    view.compare !== period &&
    (isHistory(view.compare) || ownPeriods.includes(view.compare))
      ? view.compare
      : null;
  const ownLayer = own.dataset ? ownLayerFor(own, view.layer, level) : undefined;
  const recomputed = {
    from: history.old.hierarchy.vintage,
    periods: [period, compare].filter((p): p is string => isHistory(p)).sort(),
  };
  const focus = focusOf(own.hierarchy, level, view.selected);
  const finish = (shown: ReaggregatedView, notice: BilingualText | null = shown.notice) => ({
    ...shown,
    notice,
    focus,
    filter: new Set(
      view.filter.filter(
        (index) =>
          (shown.classification && index < shown.classification.classes.length) ||
          index === NO_DATA_CLASS,
      ),
    ),
    recomputed,
  });

  if (!isHistory(period) && !isHistory(compare)) return null;
  if (!isHistory(period) || (compare !== null && !isHistory(compare))) {
    return finish(...mixedChange(input, requested, ownLayer, codes, level, period, compare));
  }

  const pooled = compare === null && view.classing.basis === 'all';
  const shown = computeReaggregatedView({
    crosswalk: history.crosswalk,
    old: history.old,
    target: own.hierarchy,
    level,
    layerKey: view.layer,
    period,
    compare,
    classing: view.classing,
    classesOf: null,
  });
  if (!shown?.layer) return null;
  if (compare !== null) return finish(shown);
  // Classed again with the person's choices, on every year of the slider (or the year alone).
  const basis = pooled
    ? pooledBasis(input, shown.layer, level, codes, ownLayer)
    : { periods: [period], numbers: numbersOf(shown.values, codes) };
  const classification = classify(shown.layer, basis.numbers, classOptions(view, false));
  return finish({
    ...shown,
    classification,
    classBasis: { periods: basis.periods, values: basis.numbers.length },
    ...assignClasses(classification, codes, numbersOf(shown.values, codes)),
    sharedClasses: false,
  });
}

/** The new file's own layer for a key, when it has the same measure. */
function ownLayerFor(own: AtlasData, key: string, level: Level): Layer | undefined {
  const dataset = own.dataset;
  if (!dataset || !resolveLayer(dataset.indicators, key)) return undefined;
  return layerShown(dataset, key, level).layer;
}

/** The person's classing choices; computed values are always aggregates (means are not whole). */
function classOptions(view: ViewState, change: boolean) {
  const { classing } = view;
  return {
    aggregated: true,
    change,
    method: change ? undefined : (classing.method ?? undefined),
    classes: change ? undefined : (classing.classes ?? undefined),
    breaks: change ? undefined : (classing.breaks ?? undefined),
    palette: classing.palette,
    reverse: classing.reverse,
  };
}

/**
 * The numbers breaks are computed on when pooled: every computed year, and
 * the new file's own years when they hold the same measure (a rate beside a
 * rate; a status is a share of old communes in the past and a status now).
 */
function pooledBasis(
  input: HistoryViewInput,
  layer: Layer,
  level: Level,
  codes: readonly UnitCode[],
  ownLayer: Layer | undefined,
): ComputedBasis {
  const { own } = input;
  const computed =
    input.computedBasis?.(layer, level) ??
    computedNumbers(input.history, own.hierarchy, layer, codes);
  if (!own.dataset || !ownLayer || !sameMeasure(layer, ownLayer)) return computed;
  const numbers = Array.from(computed.numbers);
  for (const p of own.dataset.periods) {
    const column = levelNumbers(
      { hierarchy: own.hierarchy, dataset: own.dataset, period: p },
      ownLayer,
      codes,
    );
    for (let i = 0; i < column.length; i += 1)
      if (!Number.isNaN(column[i])) numbers.push(column[i] as number);
  }
  return {
    periods: [...computed.periods, ...own.dataset.periods],
    numbers: Float64Array.from(numbers),
  };
}

/** Every computed year's values of a layer on the new units, pooled (no data left out). */
export function computedNumbers(
  history: History,
  target: Hierarchy,
  layer: Layer,
  codes: readonly UnitCode[],
): ComputedBasis {
  const numbers: number[] = [];
  for (const p of history.periods) {
    const results = reaggregatedAt(
      { crosswalk: history.crosswalk, old: history.old, target },
      layer,
      codes,
      p,
    );
    for (const code of codes) {
      const value = results.get(code)?.value;
      if (value !== null && value !== undefined) numbers.push(value);
    }
  }
  return { periods: history.periods, numbers: Float64Array.from(numbers) };
}

/** The layer a key names in the old file, as the computed years show it (a status as its share). */
export function computedLayer(history: History, key: string): Layer | undefined {
  const requested = history.old.dataset
    ? resolveLayer(history.old.dataset.indicators, key)
    : undefined;
  if (!requested) return undefined;
  const rule = requested.indicator.aggregation;
  return rule.rule === 'shares' && !requested.share
    ? { ...requested, share: rule.shares[0] }
    : requested;
}

/** Whether a computed layer and the new file's own measure the same thing, so they can share breaks. */
export function sameMeasure(computed: Layer, ownLayer: Layer): boolean {
  return layerKey(computed) === layerKey(ownLayer) && !isCategoryLayer(ownLayer);
}

/**
 * A change between a computed year and a year of the new file's own, or a
 * year of the new file shown while the compared year is computed: the
 * difference where both are the same measure, else the year alone with a
 * notice saying why no change is drawn.
 */
function mixedChange(
  input: HistoryViewInput,
  requested: Layer,
  ownLayer: Layer | undefined,
  codes: readonly UnitCode[],
  level: Level,
  period: string,
  compare: string | null,
): [ReaggregatedView, BilingualText | null] {
  const { history, own, view } = input;
  const computedPeriod = history.periods.includes(period) ? period : (compare as string);
  const results = reaggregatedAt(
    { crosswalk: history.crosswalk, old: history.old, target: own.hierarchy },
    requested,
    codes,
    computedPeriod,
  );
  const first = results.values().next().value;
  const computedLayer: Layer = first?.share ? { ...requested, share: first.share } : requested;
  const computedValues = new Map<UnitCode, UnitValue>(
    codes.map((code) => [code, reaggregatedValue(results.get(code))]),
  );
  const comparable = !!ownLayer && sameMeasure(computedLayer, ownLayer);
  const ownValues = (p: string) =>
    own.dataset && ownLayer
      ? levelValues({ hierarchy: own.hierarchy, dataset: own.dataset, period: p }, ownLayer, codes)
      : new Map<UnitCode, UnitValue>();
  const valuesAt = (p: string) => (p === computedPeriod ? computedValues : ownValues(p));
  let notice: BilingualText | null = null;
  let change: MapView['change'] = null;
  let values: ReadonlyMap<UnitCode, UnitValue>;
  let layer: Layer = computedPeriod === period ? computedLayer : (ownLayer ?? computedLayer);
  if (compare !== null && comparable) {
    const from = valuesAt(compare);
    const to = valuesAt(period);
    const parts = new Map<UnitCode, { from: UnitValue; to: UnitValue }>();
    const differences = new Map<UnitCode, UnitValue>();
    for (const code of codes) {
      const a = from.get(code) ?? { value: null, source: 'none' as const };
      const b = to.get(code) ?? { value: null, source: 'none' as const };
      parts.set(code, { from: a, to: b });
      differences.set(code, {
        value: a.value === null || b.value === null ? null : b.value - a.value,
        source: 'aggregated',
      });
    }
    values = differences;
    change = { from: compare, to: period, parts };
    layer = computedLayer;
  } else {
    values = valuesAt(period);
    if (compare !== null)
      notice = {
        vi: `Không tính thay đổi giữa ${compare} và ${period}: năm tính lại từ đơn vị cũ và năm của tệp mới không cùng thước đo cho chỉ tiêu này`,
        en: `No change drawn between ${compare} and ${period}: the year computed from the old units and the new file's year do not measure this the same way`,
      };
  }
  const numbers = numbersOf(values, codes);
  const classification: Classification = classify(
    layer,
    numbers.filter((n) => !Number.isNaN(n)),
    classOptions(view, change !== null),
  );
  return [
    {
      vintage: own.hierarchy.vintage,
      level,
      layer,
      notice: null,
      period,
      codes,
      values,
      change,
      classification,
      classBasis: { periods: [period], values: numbers.filter((n) => !Number.isNaN(n)).length },
      filter: new Set(),
      ...assignClasses(classification, codes, numbers),
      focus: null,
      results,
      sharedClasses: false,
    },
    notice,
  ];
}
