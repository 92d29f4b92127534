import { levelValues, type UnitValue } from './aggregate';
import { CATALOGUE } from './catalogue';
import type { BilingualText } from './text';
import type { BoundaryUnits } from './prepared-boundaries';
import { classIndexOf, classify, type Classification } from './classify';
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
import { levelsOf, type Level, type Unit, type UnitCode } from './units';
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
  readonly level: Level;
  readonly layer: Layer | null;
  /** Why the requested layer could not be shown as asked, if it could not. */
  readonly notice: BilingualText | null;
  readonly period: string | null;
  readonly codes: readonly UnitCode[];
  readonly values: ReadonlyMap<UnitCode, UnitValue>;
  readonly classification: Classification | null;
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
    level,
    codes,
    focus,
    values: new Map(),
    classOf: new Map(),
    classCounts: [],
    noDataCount: codes.length,
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
  const values = levelValues({ hierarchy, dataset, period }, layer, codes);
  const present: number[] = [];
  for (const v of values.values()) if (v.value !== null) present.push(v.value);
  const classification = classify(layer, present, {
    aggregated: isAggregatedAt(layer, level, levels),
  });
  const classOf = new Map<UnitCode, number | null>();
  const counts = classification.classes.map(() => 0);
  let noDataCount = 0;
  for (const code of codes) {
    const index = classIndexOf(classification, values.get(code)?.value);
    classOf.set(code, index);
    if (index === null) noDataCount += 1;
    else counts[index] = (counts[index] ?? 0) + 1;
  }
  return {
    level,
    layer,
    notice,
    period,
    codes,
    values,
    classification,
    classOf,
    classCounts: counts.map((count, index) => ({ index, count })),
    noDataCount,
    focus,
  };
}

/** The canonical key of the layer actually shown, for the URL. */
export function shownLayerKey(view: MapView, fallback: string): string {
  return view.layer ? layerKey(view.layer) : fallback;
}

export { parentLevel };
