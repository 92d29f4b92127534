import { COUNTERPARTS } from './catalogue-2026';
import { PROGRAMME_PERIOD_NAMES, programmePeriodOf } from './programme-period';
import { levelNumbers, levelValues, type UnitValue } from './aggregate';
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
import { ancestorsOf, type Hierarchy } from './hierarchy';
import type { IndicatorDataset } from './indicator-file';
import {
  adaptLayerToLevel,
  isAggregatedAt,
  layerKey,
  layersAt,
  resolveLayer,
  type Layer,
} from './layer';
import { keptClasses, type BasisClasses } from './kept-classes';
import { LevelMap } from './level-map';
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

/**
 * The layer a view shows at its level: the one asked for (adapted to the
 * level, e.g. a status becomes its shares above communes), or the level's
 * first, with a notice saying why the one asked for is not shown.
 */
export function layerShown(
  dataset: IndicatorDataset,
  key: string,
  level: Level,
): { readonly layer: Layer | undefined; readonly notice: BilingualText | null } {
  const levels = levelsOf(dataset.vintage);
  const requested = resolveLayer(dataset.indicators, key);
  const adapted = requested ? adaptLayerToLevel(requested, level, levels) : undefined;
  if (adapted) return { layer: adapted, notice: null };
  const [id, share] = key.split('.') as [string, string | undefined];
  const counterpartId = requested ? undefined : COUNTERPARTS[id];
  const counterpart = counterpartId
    ? (resolveLayer(dataset.indicators, share ? `${counterpartId}.${share}` : counterpartId) ??
      resolveLayer(dataset.indicators, counterpartId))
    : undefined;
  const other = counterpart ? adaptLayerToLevel(counterpart, level, levels) : undefined;
  if (other) {
    const asked = CATALOGUE.find((d) => d.id === id)?.label ?? { vi: id, en: id };
    const own = other.indicator.programmePeriod;
    const name = own ? PROGRAMME_PERIOD_NAMES[own] : { vi: '', en: '' };
    return {
      layer: other,
      notice: {
        vi: `Dữ liệu này thuộc ${name.vi}: đang hiện "${other.indicator.label.vi}" thay cho "${asked.vi}" — hai bộ tiêu chí khác nhau, không cùng thước đo`,
        en: `This data is of the ${name.en}: showing "${other.indicator.label.en}" instead of "${asked.en}" — two different criteria sets, not the same measure`,
      },
    };
  }
  const layer = layersAt(dataset.indicators, level, levels)[0];
  // Named by its label where the atlas knows it; the id is what the URL carries.
  const asked = (requested?.indicator ?? CATALOGUE.find((d) => d.id === key))?.label ?? {
    vi: key,
    en: key,
  };
  const shown = layer?.indicator.label ?? { vi: '—', en: '—' };
  const notice = requested
    ? {
        vi: `"${asked.vi}" không có ở cấp ${LEVEL_NAMES[level].vi}; đang hiện "${shown.vi}"`,
        en: `"${asked.en}" is not available at ${LEVEL_NAMES[level].en} level; showing "${shown.en}"`,
      }
    : {
        vi: `"${dataset.title.vi}" không có chỉ tiêu "${asked.vi}" (${key}); đang hiện "${shown.vi}"`,
        en: `"${dataset.title.en}" has no "${asked.en}" (${key}); showing "${shown.en}"`,
      };
  return { layer, notice };
}

/**
 * A criteria set or status scale shown in a year of the other programme
 * period has no values there: said, with the period each belongs to, so
 * an empty map is not read as "no commune reported".
 */
function otherPeriodNotice(layer: Layer, period: string): BilingualText | null {
  const own = layer.indicator.programmePeriod;
  const year = programmePeriodOf(period);
  if (!own || own === year) return null;
  const label = layer.indicator.label;
  const yearName = year
    ? PROGRAMME_PERIOD_NAMES[year]
    : { vi: 'ngoài các giai đoạn', en: 'outside the periods' };
  return {
    vi: `"${label.vi}" thuộc ${PROGRAMME_PERIOD_NAMES[own].vi}; năm ${period} thuộc ${yearName.vi}, nên không có giá trị: chọn một năm của ${PROGRAMME_PERIOD_NAMES[own].vi} hoặc một chỉ tiêu của ${yearName.vi}`,
    en: `"${label.en}" belongs to the ${PROGRAMME_PERIOD_NAMES[own].en}; ${period} is in the ${yearName.en}, so it has no values: pick a year of the ${PROGRAMME_PERIOD_NAMES[own].en} or an indicator of the ${yearName.en}`,
  };
}

/**
 * Years shown on these units from another geography's results (see
 * history-view.ts): pooled breaks include them, so a colour means one value
 * along the whole slider. `forLayer` is the layer key they were computed for.
 */
export interface EarlierBasis {
  readonly forLayer: string;
  readonly periods: readonly string[];
  readonly numbers: Float64Array;
}

export function computeMapView(
  data: AtlasData,
  state: ViewState,
  earlier: ((layer: Layer, level: Level) => EarlierBasis | null) | null = null,
): MapView {
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
  const shownLayer = layerShown(dataset, state.layer, level);
  const layer = shownLayer.layer;
  let notice = shownLayer.notice ?? (layer ? otherPeriodNotice(layer, period) : null);
  if (!layer) return { ...empty, layer: null, notice, period, classification: null };
  const context = (p: string) => ({ hierarchy, dataset, period: p });
  const aggregated = isAggregatedAt(layer, level, levels);
  const { classing } = state;

  // A change needs two periods and numbers: categories have no difference.
  let change: MapView['change'] = null;
  let values: ReadonlyMap<UnitCode, UnitValue>;
  // The shown numbers in the order of `codes` (NaN = no data): what units are classed by.
  let numbers: Float64Array | null = null;
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
      const differences = new Map<UnitCode, UnitValue>();
      for (const code of codes) {
        const a = from.get(code) as UnitValue;
        const b = to.get(code) as UnitValue;
        parts.set(code, { from: a, to: b });
        differences.set(code, {
          value: a.value === null || b.value === null ? null : b.value - a.value,
          source: b.source === 'reported' && a.source === 'reported' ? 'reported' : 'aggregated',
        });
      }
      values = differences;
      numbers = numbersOf(differences, codes);
      change = { from: compare, to: period, parts };
    }
  } else {
    values = levelValues(context(period), layer, codes);
  }
  numbers ??= levelNumbers(context(period), layer, codes);

  // Breaks are computed on every period by default, so a colour means the same value in each year.
  const pooled = change === null && classing.basis === 'all' && !isCategoryLayer(layer);
  const before = pooled && earlier ? earlier(layer, level) : null;
  const earlierBasis = before && before.forLayer === layerKey(layer) ? before : null;
  const basisPeriods = pooled ? [...(earlierBasis?.periods ?? []), ...dataset.periods] : [period];
  const classOptions = {
    aggregated,
    change: change !== null,
    method: classing.method ?? undefined,
    classes: classing.classes ?? undefined,
    breaks: classing.breaks ?? undefined,
    palette: classing.palette,
    reverse: classing.reverse,
  };
  const shown = numbers;
  const computeClasses = (): BasisClasses => {
    const columns = (earlierBasis ? dataset.periods : basisPeriods).map((p) =>
      p === period ? shown : levelNumbers(context(p), layer, codes),
    );
    if (earlierBasis) columns.push(earlierBasis.numbers);
    const basis = new Float64Array(columns.reduce((n, c) => n + c.length, 0));
    let filled = 0;
    for (const column of columns)
      for (let i = 0; i < column.length; i += 1)
        if (!Number.isNaN(column[i])) basis[filled++] = column[i] as number;
    const classification = classify(layer, basis.subarray(0, filled), classOptions);
    return { classification, values: filled };
  };
  // A change's classes depend on both years, so they are computed afresh each time.
  // Classes pooled with computed years are not kept: they depend on the other file too.
  const { classification, values: basisCount } =
    change || earlierBasis
      ? computeClasses()
      : keptClasses(
          codes,
          dataset,
          JSON.stringify([layerKey(layer), basisPeriods, classOptions]),
          computeClasses,
        );
  const { classOf, classCounts, noDataCount } = assignClasses(classification, codes, numbers);
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
    classBasis: { periods: basisPeriods, values: basisCount },
    classOf,
    classCounts,
    noDataCount,
    filter,
    focus,
  };
}

/** Each unit's class, the units per class and those with no data, from numbers in the order of `codes`. */
export function assignClasses(
  classification: Classification,
  codes: readonly UnitCode[],
  numbers: ArrayLike<number>,
): Pick<MapView, 'classOf' | 'classCounts' | 'noDataCount'> {
  // Class indices run 0…8: a byte each, with -1 for no data.
  const classes = new Int8Array(codes.length);
  const counts = classification.classes.map(() => 0);
  let noDataCount = 0;
  for (let i = 0; i < codes.length; i += 1) {
    const value = numbers[i] as number;
    const index = classIndexOf(classification, Number.isNaN(value) ? null : value);
    classes[i] = index ?? -1;
    if (index === null) noDataCount += 1;
    else counts[index] = (counts[index] ?? 0) + 1;
  }
  return {
    classOf: new LevelMap(codes, (i) => {
      const index = classes[i] as number;
      return index < 0 ? null : index;
    }),
    classCounts: counts.map((count, index) => ({ index, count })),
    noDataCount,
  };
}

/** Units' numbers in the order of `codes`, NaN where a unit has no data. */
export function numbersOf(
  values: ReadonlyMap<UnitCode, UnitValue>,
  codes: readonly UnitCode[],
): Float64Array {
  const numbers = new Float64Array(codes.length);
  codes.forEach((code, i) => (numbers[i] = values.get(code)?.value ?? NaN));
  return numbers;
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
