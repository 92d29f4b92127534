import type { UnitValue } from './aggregate';
import { classify, isCategoryLayer, type Classification } from './classify';
import type { Crosswalk } from './crosswalk';
import type { Hierarchy } from './hierarchy';
import { layerKey, resolveLayer, type Layer } from './layer';
import { assignClasses, numbersOf, type AtlasData, type MapView } from './map-view';
import { reaggregate, type Reaggregated } from './reaggregate';
import type { BilingualText } from './text';
import { levelsOf, type Level, type UnitCode } from './units';
import type { ClassingChoice } from './view-state';

/** A map view of the new geography whose values were computed from the old units' results. */
export interface ReaggregatedView extends MapView {
  /** How each unit's value was made: its predecessors and the rule. */
  readonly results: ReadonlyMap<UnitCode, Reaggregated>;
  /** True when the colours are those of the old-geography map beside it (same breaks). */
  readonly sharedClasses: boolean;
}

export interface ReaggregatedViewInput {
  readonly crosswalk: Crosswalk;
  /** The old geography with its indicator file. */
  readonly old: AtlasData;
  /** The new geography's units. */
  readonly target: Hierarchy;
  /** The level asked for; the new geography's nearest level is used (no districts after 2025). */
  readonly level: Level;
  readonly layerKey: string;
  readonly period: string | null;
  /** A period to compare with, as on the old map. */
  readonly compare: string | null;
  readonly classing: ClassingChoice;
  /**
   * The classes of the old-geography map, reused when this map shows the same
   * numeric layer: the same colour then means the same value on both sides.
   */
  readonly classesOf: { readonly layerKey: string; readonly classification: Classification } | null;
}

/**
 * The old units' results on the new units, unit by unit with `reaggregate`
 * (counts add, rates from summed parts, statuses as shares of predecessor
 * communes), classed like any map view. New units the crosswalk does not
 * reach have no data, never zero.
 */
export function computeReaggregatedView(input: ReaggregatedViewInput): ReaggregatedView | null {
  const { crosswalk, old, target } = input;
  const dataset = old.dataset;
  if (!dataset) return null;
  const levels = levelsOf(target.vintage);
  const level = levels.includes(input.level) ? input.level : (levels[levels.length - 1] as Level);
  const codes = target.byLevel.get(level) ?? [];
  const requested = resolveLayer(dataset.indicators, input.layerKey);
  if (!requested) return null;
  const period =
    input.period && dataset.periods.includes(input.period)
      ? input.period
      : (dataset.periods[dataset.periods.length - 1] as string);
  const at = (p: string) => reaggregatedAt({ crosswalk, old, target }, requested, codes, p);
  const results = at(period);
  const first = results.values().next().value as Reaggregated | undefined;
  // A status becomes a share of the predecessors: the layer shown is that share.
  const layer: Layer = first?.share ? { ...requested, share: first.share } : requested;
  const valueOf = reaggregatedValue;

  const compare = input.compare;
  let change: MapView['change'] = null;
  const values = new Map<UnitCode, UnitValue>();
  if (
    compare &&
    compare !== period &&
    dataset.periods.includes(compare) &&
    !isCategoryLayer(layer)
  ) {
    const before = at(compare);
    const parts = new Map<UnitCode, { from: UnitValue; to: UnitValue }>();
    for (const code of codes) {
      const from = valueOf(before.get(code));
      const to = valueOf(results.get(code));
      parts.set(code, { from, to });
      values.set(code, {
        value: from.value === null || to.value === null ? null : to.value - from.value,
        source: 'aggregated',
      });
    }
    change = { from: compare, to: period, parts };
  } else {
    for (const code of codes) values.set(code, valueOf(results.get(code)));
  }

  const basis = [...values.values()].flatMap((v) => (v.value === null ? [] : [v.value]));
  const shared = input.classesOf;
  const sharedClasses =
    !!shared &&
    shared.layerKey === layerKey(layer) &&
    shared.classification.method !== 'categories';
  const classification: Classification = sharedClasses
    ? shared.classification
    : classify(layer, basis, {
        aggregated: true,
        change: change !== null,
        palette: input.classing.palette,
        reverse: input.classing.reverse,
      });
  const { classOf, classCounts, noDataCount } = assignClasses(
    classification,
    codes,
    numbersOf(values, codes),
  );
  const unlinked = codes.filter((code) => (results.get(code)?.total ?? 0) === 0).length;
  const notice: BilingualText | null =
    unlinked > 0
      ? {
          vi: `${unlinked}/${codes.length} đơn vị mới không có liên kết trong bảng chuyển đổi: không có dữ liệu`,
          en: `${unlinked} of ${codes.length} new units have no link in the crosswalk: no data`,
        }
      : null;
  return {
    vintage: target.vintage,
    level,
    layer,
    notice,
    period,
    codes,
    values,
    change,
    classification,
    classBasis: { periods: [period], values: basis.length },
    filter: new Set(),
    classOf,
    classCounts,
    noDataCount,
    focus: null,
    results,
    sharedClasses,
  };
}

/** Each new unit's value in one period, computed from the old units' results. */
export function reaggregatedAt(
  input: Pick<ReaggregatedViewInput, 'crosswalk' | 'old' | 'target'>,
  layer: Layer,
  codes: readonly UnitCode[],
  period: string,
): Map<UnitCode, Reaggregated> {
  const { crosswalk, old, target } = input;
  const results = new Map<UnitCode, Reaggregated>();
  if (!old.dataset) return results;
  const context = {
    crosswalk,
    old: { hierarchy: old.hierarchy, dataset: old.dataset, period },
    target,
  };
  for (const code of codes) results.set(code, reaggregate(context, layer, code));
  return results;
}

/** A re-aggregated result as a map value: aggregated, with its parts and coverage. */
export function reaggregatedValue(result: Reaggregated | undefined): UnitValue {
  return result && result.value !== null
    ? {
        value: result.value,
        source: 'aggregated',
        numerator: result.numerator,
        denominator: result.denominator,
        unitsWithData: result.covered,
        unitsTotal: result.total,
      }
    : { value: null, source: 'none' };
}
