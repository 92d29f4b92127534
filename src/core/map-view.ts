import { levelValues, type UnitValue } from './aggregate';
import { CATALOGUE } from './catalogue';
import type { BilingualText } from './text';
import type { BoundaryUnits } from './prepared-boundaries';
import {
  MAX_CLASSES,
  classIndexOf,
  classify,
  isCategoryLayer,
  type Classification,
} from './classify';
import { ancestorsOf, parentLevel, type Hierarchy } from './hierarchy';
import type { IndicatorDataset } from './indicator-file';
import {
  adaptLayerToLevel,
  isAggregatedAt,
  layerKey,
  layersAt,
  resolveLayer,
  type Layer,
} from './layer';
import { levelsOf, type Level, type Unit, type UnitCode, type Vintage } from './units';

/** Class indices run 0…8; the filter's "no data" entry sits just past them. */
const MAX_FILTER_INDEX = MAX_CLASSES;
import type { ViewState } from './view-state';

/** A loaded boundary set with its indicator file, both of one vintage. */
export interface AtlasData {
  readonly boundaries: BoundaryUnits;
  readonly hierarchy: Hierarchy;
  readonly dataset: IndicatorDataset | null;
}

export interface ClassCount {
  readonly index: number;
  readonly count: number;
}

/** Everything the map, legend and panels show for a view: derived, never stored. */
export interface MapView {
  /** The boundary vintage of every code here: a code means nothing without it. */
  readonly vintage: Vintage;
  readonly level: Level;
  readonly layer: Layer | null;
  /** Why the requested layer could not be shown as asked, if it could not. */
  readonly notice: BilingualText | null;
  readonly period: string | null;
  readonly codes: readonly UnitCode[];
  readonly values: ReadonlyMap<UnitCode, UnitValue>;
  /** When the map shows a change: the periods, and each unit's two values. */
  readonly change: {
    readonly from: string;
    readonly to: string;
    readonly parts: ReadonlyMap<UnitCode, { from: UnitValue; to: UnitValue }>;
  } | null;
  readonly classification: Classification | null;
  /** What the breaks were computed on: the periods pooled and how many values. */
  readonly classBasis: { readonly periods: readonly string[]; readonly values: number } | null;
  /** Legend classes filtered to (empty = all); and whether a unit passes. */
  readonly filter: ReadonlySet<number>;
  readonly classOf: ReadonlyMap<UnitCode, number | null>;
  /** Units per class, in class order, and units with no data. */
  readonly classCounts: readonly ClassCount[];
  readonly noDataCount: number;
  /** The unit drilled into (above the shown level), whose units stay bright. */
  readonly focus: Unit | null;
}

/** The unit the view is drilled into: the selected unit or its nearest ancestor above the shown level. */
export function focusOf(
  hierarchy: Hierarchy,
  level: Level,
  selected: UnitCode | null,
): Unit | null {
  if (!selected) return null;
  const levels = levelsOf(hierarchy.vintage);
  const chain = [...ancestorsOf(hierarchy, selected), hierarchy.units.get(selected)].filter(
    (u): u is Unit => !!u,
  );
  const above = chain.filter((unit) => levels.indexOf(unit.level) < levels.indexOf(level));
  return above[above.length - 1] ?? null;
}

const LEVEL_NAMES: Record<Level, BilingualText> = {
  province: { vi: 'tỉnh', en: 'province' },
  district: { vi: 'huyện', en: 'district' },
  commune: { vi: 'xã', en: 'commune' },
};

export function computeMapView(data: AtlasData, state: ViewState): MapView {
  const { hierarchy, dataset } = data;
  const levels = levelsOf(hierarchy.vintage);
  const level = levels.includes(state.level) ? state.level : (levels[levels.length - 1] as Level);
  const codes = hierarchy.byLevel.get(level) ?? [];
  const focus = focusOf(hierarchy, level, state.selected);
  const empty = {
    vintage: hierarchy.vintage,
    level,
    codes,
    focus,
    values: new Map(),
    classOf: new Map(),
    classCounts: [],
    noDataCount: codes.length,
    change: null,
    classBasis: null,
    filter: new Set<number>(),
  };
  if (!dataset) {
    return {
      ...empty,
      layer: null,
      notice: { vi: 'Chưa có tệp chỉ tiêu', en: 'No indicator file loaded' },
      period: null,
      classification: null,
    };
  }
  const period =
    state.period && dataset.periods.includes(state.period)
      ? state.period
      : (dataset.periods[dataset.periods.length - 1] as string);
  let notice: BilingualText | null = null;
  const requested = resolveLayer(dataset.indicators, state.layer);
  let layer = requested ? adaptLayerToLevel(requested, level, levels) : undefined;
  if (!layer) {
    layer = layersAt(dataset.indicators, level, levels)[0];
    // Named by its label where the atlas knows it; the id is what the URL carries.
    const asked = (requested?.indicator ?? CATALOGUE.find((d) => d.id === state.layer))?.label ?? {
      vi: state.layer,
      en: state.layer,
    };
    const shown = layer?.indicator.label ?? { vi: '—', en: '—' };
    notice = requested
      ? {
          vi: `"${asked.vi}" không có ở cấp ${LEVEL_NAMES[level].vi}; đang hiện "${shown.vi}"`,
          en: `"${asked.en}" is not available at ${LEVEL_NAMES[level].en} level; showing "${shown.en}"`,
        }
      : {
          vi: `"${dataset.title.vi}" không có chỉ tiêu "${asked.vi}" (${state.layer}); đang hiện "${shown.vi}"`,
          en: `"${dataset.title.en}" has no "${asked.en}" (${state.layer}); showing "${shown.en}"`,
        };
  }
  if (!layer) return { ...empty, layer: null, notice, period, classification: null };
  const context = (p: string) => ({ hierarchy, dataset, period: p });
  const aggregated = isAggregatedAt(layer, level, levels);
  const { classing } = state;

  // A change needs two periods and numbers: categories have no difference.
  let change: MapView['change'] = null;
  let values: Map<UnitCode, UnitValue>;
  const compare = state.compare;
  if (compare && compare !== period && dataset.periods.includes(compare)) {
    if (isCategoryLayer(layer)) {
      notice = {
        vi: 'Không tính thay đổi cho chỉ tiêu phân loại; chọn một tỷ lệ hoặc số lượng',
        en: 'Change is not computed for a category indicator; pick a share or a count',
      };
      values = levelValues(context(period), layer, codes);
    } else {
      const from = levelValues(context(compare), layer, codes);
      const to = levelValues(context(period), layer, codes);
      const parts = new Map<UnitCode, { from: UnitValue; to: UnitValue }>();
      values = new Map();
      for (const code of codes) {
        const a = from.get(code) as UnitValue;
        const b = to.get(code) as UnitValue;
        parts.set(code, { from: a, to: b });
        values.set(code, {
          value: a.value === null || b.value === null ? null : b.value - a.value,
          source: b.source === 'reported' && a.source === 'reported' ? 'reported' : 'aggregated',
        });
      }
      change = { from: compare, to: period, parts };
    }
  } else {
    values = levelValues(context(period), layer, codes);
  }

  // Breaks are computed on every period by default, so a colour means the same value in each year.
  const pooled = change === null && classing.basis === 'all' && !isCategoryLayer(layer);
  const basisPeriods = pooled ? dataset.periods : [period];
  const basis: number[] = [];
  for (const p of basisPeriods) {
    const source = p === period ? values : levelValues(context(p), layer, codes);
    for (const v of source.values()) if (v.value !== null) basis.push(v.value);
  }
  const classification = classify(layer, basis, {
    aggregated,
    change: change !== null,
    method: classing.method ?? undefined,
    classes: classing.classes ?? undefined,
    breaks: classing.breaks ?? undefined,
    palette: classing.palette,
    reverse: classing.reverse,
  });
  const { classOf, classCounts, noDataCount } = assignClasses(classification, codes, values);
  const filter = new Set(
    state.filter.filter(
      (index) => index < classification.classes.length || index === NO_DATA_CLASS,
    ),
  );
  return {
    vintage: hierarchy.vintage,
    level,
    layer,
    notice,
    period,
    codes,
    values,
    change,
    classification,
    classBasis: { periods: basisPeriods, values: basis.length },
    classOf,
    classCounts,
    noDataCount,
    filter,
    focus,
  };
}

/** Each unit's class, the units per class and those with no data. */
export function assignClasses(
  classification: Classification,
  codes: readonly UnitCode[],
  values: ReadonlyMap<UnitCode, UnitValue>,
): Pick<MapView, 'classOf' | 'classCounts' | 'noDataCount'> {
  const classOf = new Map<UnitCode, number | null>();
  const counts = classification.classes.map(() => 0);
  let noDataCount = 0;
  for (const code of codes) {
    const index = classIndexOf(classification, values.get(code)?.value);
    classOf.set(code, index);
    if (index === null) noDataCount += 1;
    else counts[index] = (counts[index] ?? 0) + 1;
  }
  return { classOf, classCounts: counts.map((count, index) => ({ index, count })), noDataCount };
}

/**
 * Whether a unit passes the legend filter. "No data" is a class of its own
 * (index -1 in the filter) so it can be picked too.
 */
export function passesFilter(view: MapView, code: UnitCode): boolean {
  if (view.filter.size === 0) return true;
  const index = view.classOf.get(code);
  if (index === undefined) return false;
  return view.filter.has(index ?? NO_DATA_CLASS);
}

/** The filter index of the "no data" legend row. */
export const NO_DATA_CLASS = MAX_FILTER_INDEX;

/** The canonical key of the layer actually shown, for the URL. */
export function shownLayerKey(view: MapView, fallback: string): string {
  return view.layer ? layerKey(view.layer) : fallback;
}

export { parentLevel };
