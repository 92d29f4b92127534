import type { Hierarchy } from './hierarchy';
import { descendantsAt } from './hierarchy';
import type { IndicatorDataset, PeriodValues } from './indicator-file';
import type { ShareDefinition } from './indicator-definition';
import type { Layer } from './layer';
import { entryOf } from './entry-of';
import { levelColumn, type LevelColumn } from './level-column';
import { LevelMap } from './level-map';
import type { UnitCode } from './units';

/** A unit's value for a layer in a period, with everything needed to say where it came from. */
export interface UnitValue {
  /** The number mapped (a category's value at the base level); null = no data. */
  readonly value: number | null;
  /** "reported": the unit's own figure. "aggregated": computed from the units below. */
  readonly source: 'reported' | 'aggregated' | 'none';
  /** For ratios and shares: the parts, so "5.012 / 14.070 hộ" can be shown. */
  readonly numerator?: number;
  readonly denominator?: number;
  /** Base-level units below this one that had data, and how many there are. */
  readonly unitsWithData?: number;
  readonly unitsTotal?: number;
}

const NO_DATA: UnitValue = { value: null, source: 'none' };

export interface AggregationContext {
  readonly hierarchy: Hierarchy;
  readonly dataset: IndicatorDataset;
  readonly period: string;
}

/** One shared empty column: a missing one is laid out once, not once per call. */
const EMPTY_COLUMN: ReadonlyMap<UnitCode, number> = new Map();

function column(values: PeriodValues | undefined, id: string): ReadonlyMap<UnitCode, number> {
  return values?.get(id) ?? EMPTY_COLUMN;
}

/** Whether a value falls in a share: `atLeast` for ordinal scales, `equals` for categories. */
export function matchesShare(share: ShareDefinition, value: number): boolean {
  if (share.atLeast !== undefined) return value >= share.atLeast;
  return share.equals?.includes(value) ?? false;
}

/**
 * Counts of units in each share and in its base, e.g. for NTM status over
 * 5 communes: ntm 5 of 5, advanced 2 of 5 (the NTM ones), model 1 of 5.
 */
function shareCounts(
  shares: readonly ShareDefinition[],
  values: readonly number[],
): Map<string, { count: number; base: number }> {
  const counts = new Map<string, number>();
  for (const share of shares)
    counts.set(share.id, values.filter((v) => matchesShare(share, v)).length);
  const result = new Map<string, { count: number; base: number }>();
  for (const share of shares) {
    const base = share.of === 'all' ? values.length : (counts.get(share.of) ?? 0);
    result.set(share.id, { count: counts.get(share.id) ?? 0, base });
  }
  return result;
}

/**
 * The value of one unit for a layer. At the indicator's base level this is the
 * unit's own value (a ratio is recomputed from its parts when only they are
 * given). Above it, a value the unit reports itself is kept; otherwise it is
 * aggregated from the base-level units below with the indicator's rule.
 */
export function unitValue(context: AggregationContext, layer: Layer, code: UnitCode): UnitValue {
  const { hierarchy, dataset, period } = context;
  const unit = hierarchy.units.get(code);
  if (!unit) return NO_DATA;
  const values = dataset.values.get(period);
  const { indicator } = layer;
  const rule = indicator.aggregation;
  const own = column(values, indicator.id).get(code);

  if (unit.level === indicator.baseLevel) {
    if (rule.rule === 'ratio') return ratioOf(values, rule, [code], own, 'reported');
    return own === undefined ? NO_DATA : { value: own, source: 'reported' };
  }

  if (rule.rule !== 'shares' && own !== undefined) return { value: own, source: 'reported' };
  const below = descendantsAt(hierarchy, code, indicator.baseLevel);
  switch (rule.rule) {
    case 'sum':
    case 'mean': {
      const present = present_(column(values, indicator.id), below);
      if (present.length === 0) return { ...NO_DATA, unitsWithData: 0, unitsTotal: below.length };
      const total = present.reduce((sum, v) => sum + v, 0);
      return {
        value: rule.rule === 'sum' ? total : total / present.length,
        source: 'aggregated',
        numerator: total,
        denominator: present.length,
        unitsWithData: present.length,
        unitsTotal: below.length,
      };
    }
    case 'ratio': {
      const reportsParts = [...rule.numerator, ...rule.denominator].every((id) =>
        column(values, id).has(code),
      );
      if (reportsParts) {
        return ratioOf(values, rule, [code], undefined, 'reported');
      }
      return ratioOf(values, rule, below, undefined, 'aggregated');
    }
    case 'shares': {
      const share = layer.share ?? rule.shares[0];
      if (!share) return NO_DATA;
      // A share within a group (NTM among group 3 communes) counts and bases on that group only.
      const within = share.within;
      const group = within ? column(values, within.indicator) : null;
      const units =
        within && group
          ? below.filter((code) => {
              const g = group.get(code);
              return g !== undefined && within.equals.includes(g);
            })
          : below;
      const present = present_(column(values, indicator.id), units);
      const counts = shareCounts(rule.shares, present).get(share.id) ?? { count: 0, base: 0 };
      if (layer.count) {
        // A count of units is known as soon as one unit below has data (0 is then a real 0).
        return {
          value: present.length > 0 ? counts.count : null,
          source: present.length > 0 ? 'aggregated' : 'none',
          numerator: counts.count,
          denominator: counts.base,
          unitsWithData: present.length,
          unitsTotal: units.length,
        };
      }
      return {
        value: counts.base > 0 ? (counts.count / counts.base) * 100 : null,
        source: counts.base > 0 ? 'aggregated' : 'none',
        numerator: counts.count,
        denominator: counts.base,
        unitsWithData: present.length,
        unitsTotal: units.length,
      };
    }
  }
}

function present_(values: ReadonlyMap<UnitCode, number>, codes: readonly UnitCode[]): number[] {
  const found: number[] = [];
  for (const code of codes) {
    const value = values.get(code);
    if (value !== undefined) found.push(value);
  }
  return found;
}

/**
 * sum(numerator) / sum(denominator) × scale over units that have both parts:
 * the household-weighted rate. A unit with only the rate itself cannot be
 * weighted and is left out (it lowers `unitsWithData`).
 */
function ratioOf(
  values: PeriodValues | undefined,
  rule: RatioRule,
  codes: readonly UnitCode[],
  ownRate: number | undefined,
  source: UnitValue['source'],
): UnitValue {
  return ratioOver(ratioColumns(values, rule), codes, ownRate, source);
}

type RatioRule = { numerator: readonly string[]; denominator: readonly string[]; scale: number };

interface RatioColumns {
  readonly numerators: readonly ReadonlyMap<UnitCode, number>[];
  readonly denominators: readonly ReadonlyMap<UnitCode, number>[];
  readonly scale: number;
}

/** The columns a ratio reads, looked up once so a whole level can reuse them. */
function ratioColumns(values: PeriodValues | undefined, rule: RatioRule): RatioColumns {
  return {
    numerators: rule.numerator.map((id) => column(values, id)),
    denominators: rule.denominator.map((id) => column(values, id)),
    scale: rule.scale,
  };
}

function ratioOver(
  { numerators, denominators, scale }: RatioColumns,
  codes: readonly UnitCode[],
  ownRate: number | undefined,
  source: UnitValue['source'],
): UnitValue {
  let numerator = 0;
  let denominator = 0;
  let withData = 0;
  for (const code of codes) {
    const n = sumParts(numerators, code);
    const d = sumParts(denominators, code);
    if (n === undefined || d === undefined) continue;
    numerator += n;
    denominator += d;
    withData += 1;
  }
  if (withData === 0 || denominator === 0) {
    if (ownRate !== undefined) return { value: ownRate, source: 'reported' };
    return { ...NO_DATA, unitsWithData: 0, unitsTotal: codes.length };
  }
  return {
    value: (numerator / denominator) * scale,
    source,
    numerator,
    denominator,
    unitsWithData: withData,
    unitsTotal: codes.length,
  };
}

/** The sum of a unit's values over several columns, or undefined if any is missing. */
function sumParts(
  columns: readonly ReadonlyMap<UnitCode, number>[],
  code: UnitCode,
): number | undefined {
  let total = 0;
  for (const values of columns) {
    const value = values.get(code);
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

/**
 * Values of every unit of a level for a layer, keyed by code. At the
 * indicator's base level the columns are read laid out by index (see
 * level-column.ts) and each unit's entry is made when read (level-map.ts):
 * this runs on every indicator switch, for up to ~10,600 communes.
 */
export function levelValues(
  context: AggregationContext,
  layer: Layer,
  codes: readonly UnitCode[],
): ReadonlyMap<UnitCode, UnitValue> {
  if (!isBaseLevel(context, layer, codes)) {
    const result = new Map<UnitCode, UnitValue>();
    for (const code of codes) result.set(code, unitValue(context, layer, code));
    return result;
  }
  const values = context.dataset.values.get(context.period);
  const rule = layer.indicator.aggregation;
  const own = levelColumn(column(values, layer.indicator.id), codes);
  if (rule.rule === 'ratio') {
    // One unit's own parts: read directly, without the general sum over units below.
    const { numerator, denominator } = ratioParts(values, rule, codes);
    return new LevelMap(codes, (i): UnitValue => {
      const n = numerator[i] as number;
      const d = denominator[i] as number;
      if (!Number.isNaN(n) && !Number.isNaN(d) && d !== 0) {
        return {
          value: (n / d) * rule.scale,
          source: 'reported',
          numerator: n,
          denominator: d,
          unitsWithData: 1,
          unitsTotal: 1,
        };
      }
      // Without both parts, a rate the unit states itself is all there is.
      const rate = own[i] as number;
      return Number.isNaN(rate)
        ? { ...NO_DATA, unitsWithData: 0, unitsTotal: 1 }
        : { value: rate, source: 'reported' };
    });
  }
  return new LevelMap(codes, (i): UnitValue => {
    const value = own[i] as number;
    return Number.isNaN(value) ? NO_DATA : { value, source: 'reported' };
  });
}

/**
 * Only the numbers of `levelValues`, in the order of `codes` (NaN = no data):
 * what the class breaks are computed on. At the base level this reads laid-out
 * columns and makes no object per unit, so pooling breaks over five periods
 * costs little more than one. The array may be shared: read it, never write it.
 */
export function levelNumbers(
  context: AggregationContext,
  layer: Layer,
  codes: readonly UnitCode[],
): LevelColumn {
  if (!isBaseLevel(context, layer, codes)) {
    const values = levelValues(context, layer, codes);
    return Float64Array.from(codes, (code) => values.get(code)?.value ?? NaN);
  }
  const values = context.dataset.values.get(context.period);
  const rule = layer.indicator.aggregation;
  const own = levelColumn(column(values, layer.indicator.id), codes);
  if (rule.rule !== 'ratio') return own;
  const { numerator, denominator } = ratioParts(values, rule, codes);
  // Kept with the parts they come from, so a year step or a return to the layer divides nothing.
  const byOwn = entryOf(
    entryOf(rateLayouts, numerator, () => new WeakMap()),
    denominator,
    () => new WeakMap(),
  );
  const byScale = entryOf(byOwn, own, () => new Map<number, LevelColumn>());
  return entryOf(byScale, rule.scale, () => {
    const rates = new Float64Array(codes.length);
    for (let i = 0; i < rates.length; i += 1) {
      const n = numerator[i] as number;
      const d = denominator[i] as number;
      rates[i] = !Number.isNaN(n) && !Number.isNaN(d) && d !== 0 ? (n / d) * rule.scale : own[i]!;
    }
    return rates;
  });
}

/** Rates of a level by numerator, denominator and stated-rate layouts, then by scale. */
const rateLayouts = new WeakMap<
  LevelColumn,
  WeakMap<LevelColumn, WeakMap<LevelColumn, Map<number, LevelColumn>>>
>();

/** Whether `codes` are units of the layer's base level, which hold values of their own. */
function isBaseLevel(
  context: AggregationContext,
  layer: Layer,
  codes: readonly UnitCode[],
): boolean {
  const first = codes[0];
  return (
    first !== undefined && context.hierarchy.units.get(first)?.level === layer.indicator.baseLevel
  );
}

/** A ratio's summed numerator and denominator columns, laid out by `codes` (NaN = a part missing). */
function ratioParts(
  values: PeriodValues | undefined,
  rule: RatioRule,
  codes: readonly UnitCode[],
): { numerator: LevelColumn; denominator: LevelColumn } {
  const summed = (ids: readonly string[]): LevelColumn => {
    const columns = ids.map((id) => levelColumn(column(values, id), codes));
    if (columns.length === 1) return columns[0] as LevelColumn;
    const total = new Float64Array(codes.length);
    // NaN + anything is NaN: a unit missing any part has no sum, as in sumParts.
    for (const part of columns) for (let i = 0; i < total.length; i += 1) total[i]! += part[i]!;
    return total;
  };
  return { numerator: summed(rule.numerator), denominator: summed(rule.denominator) };
}
