import { levelValues, unitValue, type UnitValue } from './aggregate';
import { combinedValue } from './benchmarks';
import { isCategoryLayer } from './classify';
import { reaggregatedAt, reaggregatedValue } from './reaggregated-view';
import type { History } from './history-view';
import { layerKey, resolveLayer, type Layer } from './layer';
import type { AtlasData } from './map-view';
import { programmePeriodOf, seriesBreak, type ProgrammePeriod } from './programme-period';
import type { BilingualText } from './text';
import type { UnitCode } from './units';

/** One year of a unit's trend, with its parent's units and the whole map beside it. */
export interface TrendPoint {
  readonly period: string;
  readonly value: number | null;
  readonly parent: number | null;
  readonly whole: number | null;
  /** Computed from the old units (a year before the new geography's own). */
  readonly computed: boolean;
}

/** A line a programme sets for the layer in a period ("≥ 80 % of communes NTM by 2025"). */
export interface TargetLine {
  readonly programme: ProgrammePeriod;
  readonly value: number;
  readonly label: BilingualText;
}

export interface UnitTrend {
  readonly layer: Layer;
  readonly points: readonly TrendPoint[];
  /** Between which years the series breaks, and why (another programme's set, a new poverty standard). */
  readonly breaks: readonly { readonly after: string; readonly why: BilingualText }[];
  /** The last year of the first programme period, when the series runs into the next. */
  readonly periodBoundary: string | null;
  readonly targets: readonly TargetLine[];
  readonly parentName: string | null;
}

/**
 * The programmes' targets as lines on a layer's trend (QĐ 263/2022 for
 * 2025, NQ 257/2025/QH15 for 2030): a share target is drawn where the layer
 * is that share; criteria met has the 2025 floor of 15.
 */
const TARGET_LINES: Readonly<Record<string, readonly TargetLine[]>> = {
  'ntm_status.ntm': [
    {
      programme: '2021-2025',
      value: 80,
      label: { vi: 'Mục tiêu 2025: ≥ 80%', en: '2025 target: ≥ 80%' },
    },
  ],
  'ntm_status.advanced': [
    {
      programme: '2021-2025',
      value: 40,
      label: { vi: 'Mục tiêu 2025: ~40%', en: '2025 target: ~40%' },
    },
  ],
  'ntm_status.model': [
    {
      programme: '2021-2025',
      value: 10,
      label: { vi: 'Mục tiêu 2025: ≥ 10%', en: '2025 target: ≥ 10%' },
    },
  ],
  ntm_criteria_met: [
    {
      programme: '2021-2025',
      value: 15,
      label: { vi: 'Mục tiêu 2025: không xã nào dưới 15', en: '2025 target: no commune under 15' },
    },
  ],
  'ntm26_status.ntm': [
    {
      programme: '2026-2030',
      value: 65,
      label: { vi: 'Mục tiêu 2030: ~65%', en: '2030 target: ~65%' },
    },
  ],
  'ntm26_status.modern': [
    {
      programme: '2026-2030',
      value: 10,
      label: { vi: 'Mục tiêu 2030: ~10%', en: '2030 target: ~10%' },
    },
  ],
};

interface TrendInput {
  readonly data: AtlasData;
  /** The layer on the map (adapted to the unit's level). */
  readonly layer: Layer;
  readonly code: UnitCode;
  /** The years computed from the old units, when the new geography is shown. */
  readonly history: History | null;
}

/**
 * A unit's value over every year it has, for a line chart: the file's own
 * years and, on the new geography, the years computed from the old units;
 * beside each, its parent's units taken together and the whole map (as the
 * benchmarks compute them); the breaks in the series and the targets of
 * the periods it spans. Nothing for a category.
 */
export function unitTrend({ data, layer, code, history }: TrendInput): UnitTrend | null {
  const { hierarchy, dataset } = data;
  const unit = hierarchy.units.get(code);
  if (!dataset || !unit || isCategoryLayer(layer)) return null;
  const codes = hierarchy.byLevel.get(unit.level) ?? [];
  const siblings = unit.parent
    ? codes.filter((c) => hierarchy.units.get(c)?.parent === unit.parent)
    : [];
  const key = layerKey(layer);
  const computedYears = history?.periods ?? [];
  const computedLayer = history?.old.dataset
    ? resolveLayer(history.old.dataset.indicators, key)
    : undefined;
  const point = (
    period: string,
    values: ReadonlyMap<UnitCode, UnitValue>,
    computed: boolean,
  ): TrendPoint => {
    const of = (list: readonly UnitCode[]) =>
      combinedValue(
        layer,
        list.map((c) => values.get(c) ?? { value: null, source: 'none' as const }),
      );
    return {
      period,
      value: values.get(code)?.value ?? null,
      parent: siblings.length > 1 ? of(siblings) : null,
      whole: of(codes),
      computed,
    };
  };
  const points: TrendPoint[] = [];
  for (const period of computedYears) {
    if (!history || !computedLayer) break;
    const results = reaggregatedAt(
      { crosswalk: history.crosswalk, old: history.old, target: hierarchy },
      computedLayer,
      codes,
      period,
    );
    const values = new Map(codes.map((c) => [c, reaggregatedValue(results.get(c))]));
    points.push(point(period, values, true));
  }
  const ownLayer = resolveLayer(dataset.indicators, key) ? layer : null;
  for (const period of dataset.periods) {
    if (!ownLayer || computedYears.includes(period)) continue;
    // A measure of one programme period has no value in the other's years: not a point at all.
    const own = layer.indicator.programmePeriod;
    if (own && programmePeriodOf(period) !== own) continue;
    points.push(point(period, levelValues({ hierarchy, dataset, period }, ownLayer, codes), false));
  }
  points.sort((a, b) => a.period.localeCompare(b.period));
  // A measure that changed within the series (the poverty standard of 2027).
  const breaks: UnitTrend['breaks'][number][] = [];
  let periodBoundary: string | null = null;
  for (let i = 1; i < points.length; i += 1) {
    const before = points[i - 1] as TrendPoint;
    const after = points[i] as TrendPoint;
    const why = seriesBreak(layer.indicator, before.period, after.period);
    if (why) breaks.push({ after: before.period, why });
    if (programmePeriodOf(before.period) !== programmePeriodOf(after.period))
      periodBoundary = before.period;
  }
  const spanned = new Set(points.map((p) => programmePeriodOf(p.period)));
  const targets = (TARGET_LINES[key] ?? []).filter((t) => spanned.has(t.programme));
  const parent = unit.parent ? hierarchy.units.get(unit.parent) : undefined;
  return { layer, points, breaks, periodBoundary, targets, parentName: parent?.name ?? null };
}

/**
 * A unit's own value in each year of the file that belongs to the layer's
 * programme period, for the tooltip's sparkline: one unit, no reference
 * lines, so it is cheap enough to compute on hover.
 */
export function unitSeries(
  data: AtlasData,
  layer: Layer,
  code: UnitCode,
): { readonly period: string; readonly value: number | null }[] {
  const { hierarchy, dataset } = data;
  if (!dataset || isCategoryLayer(layer)) return [];
  const own = layer.indicator.programmePeriod;
  return dataset.periods
    .filter((period) => !own || programmePeriodOf(period) === own)
    .map((period) => ({
      period,
      value: unitValue({ hierarchy, dataset, period }, layer, code).value,
    }));
}
