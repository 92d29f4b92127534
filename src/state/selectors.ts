import { announcement } from '../core/announcement';
import { unitBenchmarks } from '../core/benchmarks';
import { computeBivariateView } from '../core/bivariate';
import { histogramOf, type Histogram } from '../core/histogram';
import { ancestorsOf, isWithin, type Hierarchy } from '../core/hierarchy';
import { hasFigures } from '../core/indicator-file';
import { isAggregatedAt, layerKey, layersAt, type Layer } from '../core/layer';
import { linkedAcross } from '../core/linked-units';
import {
  computeHistoryView,
  computedBasisKeeper,
  computedLayer,
  historyOf,
  isHistoryView,
  needsHistory,
  periodsWithHistory,
  sameMeasure,
  type History,
} from '../core/history-view';
import {
  computeMapView,
  layerShown,
  NO_DATA_CLASS,
  type EarlierBasis,
  type MapView,
} from '../core/map-view';
import { computeReaggregatedView, type ReaggregatedView } from '../core/reaggregated-view';
import { scorecard } from '../core/scorecard';
import { targetsFor } from '../core/targets';
import { unitTrend } from '../core/trend';
import { unitStory } from '../core/unit-story';
import type { BilingualText } from '../core/text';
import { classFill, unitFills, type UnitFills } from '../core/unit-fills';
import { tableRows, type TableRow } from '../core/unit-table';
import {
  levelsOf,
  VINTAGES,
  type Level,
  type Unit,
  type UnitCode,
  type Vintage,
} from '../core/units';
import { validationReport, type ValidationReport } from '../core/validation-report';
import type { ViewState } from '../core/view-state';
import type { AtlasState, Emphasis } from './atlas-state';
import type { LoadedVintage } from './load-data';
import { memoLast } from './memo';

/** What a derived view depends on: the camera, language, title and story change none of it. */
export function derivedKey(view: ViewState): string {
  return JSON.stringify({
    ...view,
    camera: null,
    language: null,
    title: null,
    story: null,
    step: null,
    presenting: null,
    names: null,
    pairSelected: null,
    scorecard: null,
    maps: null,
    second: null,
  });
}

/** The data of the vintage shown, once loaded. */
export const currentData = (state: AtlasState): LoadedVintage | undefined =>
  state.data[state.view.vintage];

/**
 * The old geography's data while the crosswalk's new one is shown: its
 * results give the new units their years before the new file's own.
 */
export function formerData(state: AtlasState): LoadedVintage | undefined {
  const { crosswalk, view, data } = state;
  return crosswalk && view.vintage === crosswalk.to ? data[crosswalk.from] : undefined;
}

/** Whether the old geography that may give the new one earlier years is still to be read. */
export function formerPending(state: AtlasState): boolean {
  const { crosswalk, view, data, sources, failed } = state;
  // The crosswalk still being read: the newer geography may yet get earlier years.
  if (!crosswalk) return state.crosswalkPending && view.vintage !== VINTAGES[0];
  return (
    !!crosswalk &&
    view.vintage === crosswalk.to &&
    !!sources[crosswalk.from] &&
    !data[crosswalk.from] &&
    !failed[crosswalk.from]
  );
}

/** Whether both geographies are shown side by side: asked for, and everything it needs is here. */
export function pairShown(state: AtlasState): boolean {
  const { crosswalk, view, sources } = state;
  return view.pair && !!crosswalk && view.vintage === crosswalk.from && !!sources[crosswalk.to];
}

/**
 * Everything shown is derived here, by pure functions of the state that
 * remember their last result. One set per atlas (a page may hold several),
 * so two atlases never evict each other's results.
 */
export function createSelectors() {
  const key = memoLast(derivedKey);

  /** The earlier years of the layer asked for, from the old geography, when the new one is shown. */
  const historyOfLayer = memoLast(historyOf);
  const history = (state: AtlasState): History | null => {
    const { crosswalk } = state;
    return historyOfLayer(crosswalk, currentData(state), formerData(state), state.view.layer);
  };

  /** The computed years' numbers, for breaks pooled along the whole slider; once per layer and level. */
  const keeperOf = memoLast((found: History | null, loaded: LoadedVintage) =>
    found ? computedBasisKeeper(found, loaded.hierarchy) : null,
  );
  /** For the file's own years: the computed years' numbers when they measure the same thing. */
  const earlierBasis =
    (found: History, keeper: ReturnType<typeof computedBasisKeeper>) =>
    (layer: Layer, level: Level): EarlierBasis | null => {
      const computed = computedLayer(found, layerKey(layer));
      return computed && sameMeasure(computed, layer)
        ? { forLayer: layerKey(layer), ...keeper(computed, level) }
        : null;
    };

  /** The view shown on the main map; a camera move or a new title recomputes nothing. */
  let last: {
    loaded: LoadedVintage;
    key: string;
    history: History | null;
    mapView: MapView;
  } | null = null;
  const mapView = (state: AtlasState): MapView | null => {
    const loaded = currentData(state);
    if (!loaded) return null;
    const k = key(state.view);
    const found = history(state);
    if (last && last.loaded === loaded && last.key === k && last.history === found)
      return last.mapView;
    // Measures let `npm run bench` split a restyle into data work and painting.
    performance.clearMeasures('atlas-compute');
    performance.mark('atlas-compute-start');
    const keeper = keeperOf(found, loaded);
    const single =
      (found && keeper && needsHistory(state.view, found)
        ? computeHistoryView({
            history: found,
            own: loaded,
            view: state.view,
            computedBasis: keeper,
          })
        : null) ??
      computeMapView(loaded, state.view, found && keeper ? earlierBasis(found, keeper) : null);
    // Two layers at once: the first layer's view, each unit coloured by its pair of thirds.
    const second = state.view.bivariate;
    const shown =
      (second && !isHistoryView(single)
        ? computeBivariateView(loaded, single, second, state.view.filter)
        : null) ?? single;
    last = { loaded, key: k, history: found, mapView: shown };
    performance.measure('atlas-compute', 'atlas-compute-start');
    return last.mapView;
  };

  /** The second map of a split or swipe view: the same units, its own layer, year and classes. */
  let lastSecond: { loaded: LoadedVintage; key: string; shown: MapView } | null = null;
  const secondView = (state: AtlasState): MapView | null => {
    const loaded = currentData(state);
    const { view } = state;
    if (!loaded || !view.second || !view.maps) return null;
    const k = `${key(view)}|${JSON.stringify(view.second)}`;
    if (lastSecond && lastSecond.loaded === loaded && lastSecond.key === k) return lastSecond.shown;
    const shown = computeMapView(loaded, {
      ...view,
      layer: view.second.layer,
      period: view.second.period,
      classing: view.second.classing,
      compare: null,
      filter: [],
      bivariate: null,
    });
    lastSecond = { loaded, key: k, shown };
    return shown;
  };
  const secondFillsOf = memoLast(
    (shown: MapView | null): UnitFills | null =>
      shown && { fillOf: classFill(shown.classification, shown.classOf), isDimmed: () => false },
  );

  const fillsOf = memoLast((shown: MapView | null, loaded: LoadedVintage | undefined) =>
    shown && loaded ? unitFills(shown, loaded.hierarchy) : null,
  );

  /** The unit drilled into, if any: table and histogram narrow to it, not to a unit merely picked. */
  const drilledInto = (state: AtlasState): UnitCode | null => {
    const focus = mapView(state)?.focus;
    return focus && focus.code === state.view.selected ? focus.code : null;
  };

  const rowsOf = memoLast(
    (shown: MapView | null, loaded: LoadedVintage | undefined, within: UnitCode | null) =>
      shown && loaded ? tableRows(shown, loaded.hierarchy, within) : [],
  );

  const histogramOfView = memoLast(
    (shown: MapView | null, loaded: LoadedVintage | undefined, within: UnitCode | null) => {
      if (!shown || !loaded) return null;
      // Of every unit shown: the legend filter only fades the other bars' units on the map.
      const codes = within
        ? shown.codes.filter((code) => isWithin(loaded.hierarchy, code, within))
        : shown.codes;
      return histogramOf(shown, codes);
    },
  );

  const pairViewOf = memoLast(
    (
      shown: MapView | null,
      crosswalk: AtlasState['crosswalk'],
      old: LoadedVintage | undefined,
      target: LoadedVintage | undefined,
      classing: ViewState['classing'],
    ): ReaggregatedView | null => {
      if (!crosswalk || !old || !target || !shown?.layer) return null;
      return computeReaggregatedView({
        crosswalk,
        old,
        target: target.hierarchy,
        level: shown.level,
        layerKey: layerKey(shown.layer),
        period: shown.period,
        compare: shown.change?.from ?? null,
        classing,
        classesOf: shown.classification
          ? { layerKey: layerKey(shown.layer), classification: shown.classification }
          : null,
      });
    },
  );
  /** The old results recomputed for the new units, classed like the old map where they can be. */
  const pairView = (state: AtlasState): ReaggregatedView | null => {
    const { crosswalk } = state;
    if (!pairShown(state) || !crosswalk) return null;
    return pairViewOf(
      mapView(state),
      crosswalk,
      state.data[crosswalk.from],
      state.data[crosswalk.to],
      state.view.classing,
    );
  };
  const pairFillsOf = memoLast(
    (view: ReaggregatedView | null): UnitFills | null =>
      view && { fillOf: classFill(view.classification, view.classOf), isDimmed: () => false },
  );

  // One cache for each map's outlines: the two change at different moments.
  const linkedFrom = () =>
    memoLast(
      (
        crosswalk: AtlasState['crosswalk'],
        loaded: LoadedVintage | undefined,
        code: UnitCode | null,
      ): readonly UnitCode[] =>
        crosswalk && loaded && code ? linkedAcross(crosswalk, loaded.hierarchy, code) : [],
    );
  const linked = linkedFrom();
  const linkedPair = linkedFrom();

  const emphasizedOf = memoLast(
    (emphasis: Emphasis, shown: MapView | null): ReadonlySet<UnitCode> | null => {
      if (emphasis === null || !shown) return null;
      if (typeof emphasis !== 'number') return new Set(emphasis);
      const codes = new Set<UnitCode>();
      for (const [code, index] of shown.classOf) {
        if ((index ?? NO_DATA_CLASS) === emphasis) codes.add(code);
      }
      return codes;
    },
  );

  const layersOf = memoLast(
    (
      loaded: LoadedVintage | undefined,
      shown: MapView | null,
      old: LoadedVintage | undefined,
    ): readonly Layer[] => {
      const dataset = loaded?.dataset;
      if (!dataset || !shown) return [];
      // The old file's indicators the new one lacks (the 19 criteria) are shown from the old units.
      const own = new Set(dataset.indicators.map((d) => d.id));
      const earlier = (old?.dataset?.indicators ?? []).filter((d) => !own.has(d.id));
      return layersAt(
        [...dataset.indicators, ...earlier],
        shown.level,
        levelsOf(loaded.hierarchy.vintage),
      );
    },
  );
  const storyOf = memoLast(
    (
      loaded: LoadedVintage | undefined,
      old: LoadedVintage | undefined,
      crosswalk: AtlasState['crosswalk'],
      code: UnitCode | null,
    ) =>
      loaded && code && loaded.hierarchy.units.get(code)?.level === 'commune'
        ? unitStory(loaded, crosswalk && old ? { crosswalk, old } : null, code)
        : null,
  );
  const scorecardOf = memoLast(
    (loaded: LoadedVintage | undefined, period: string | null, area: UnitCode | null) =>
      loaded?.dataset && period ? scorecard(loaded.hierarchy, loaded.dataset, period, area) : null,
  );
  const trendOf = memoLast(
    (
      shown: MapView | null,
      loaded: LoadedVintage | undefined,
      code: UnitCode | null,
      found: History | null,
      key: string,
    ) => {
      const unit = code ? loaded?.hierarchy.units.get(code) : undefined;
      if (!shown?.layer || !loaded?.dataset || !unit) return null;
      // The layer on the map, or its form at the picked unit's level (a status as its share).
      const layer =
        unit.level === shown.level
          ? shown.layer
          : layerShown(loaded.dataset, key, unit.level).layer;
      return layer ? unitTrend({ data: loaded, layer, code: unit.code, history: found }) : null;
    },
  );
  const benchmarksOf = memoLast(
    (shown: MapView | null, loaded: LoadedVintage | undefined, code: UnitCode | null) =>
      shown && loaded && code ? unitBenchmarks(shown, loaded.hierarchy, code) : null,
  );
  const periodsOf = memoLast((loaded: LoadedVintage | undefined, found: History | null) =>
    loaded ? periodsWithHistory(loaded, found) : [],
  );

  const reportOf = memoLast((loaded: LoadedVintage | undefined) =>
    loaded ? (loaded.report ?? validationReport(loaded.boundaries, loaded.dataset)) : null,
  );

  const targetsOf = memoLast(
    (loaded: LoadedVintage | undefined, year: string | null, area: UnitCode | null) =>
      loaded?.dataset && year ? targetsFor(loaded.hierarchy, loaded.dataset, year, area) : null,
  );

  const announcementOf = memoLast(
    (shown: MapView | null, loaded: LoadedVintage | undefined, selected: UnitCode | null) =>
      shown && loaded ? announcement(shown, loaded.hierarchy, selected) : null,
  );

  const geographiesOf = memoLast((data: AtlasState['data']): Partial<Record<Vintage, Hierarchy>> =>
    Object.fromEntries(Object.entries(data).map(([v, d]) => [v, d.hierarchy])),
  );

  const demoVintagesOf = memoLast((data: AtlasState['data']): readonly Vintage[] =>
    (Object.keys(data) as Vintage[]).filter((v) => data[v]?.dataset?.synthetic === true),
  );

  const figureVintagesOf = memoLast((data: AtlasState['data']): readonly Vintage[] =>
    (Object.keys(data) as Vintage[]).filter((v) => {
      const dataset = data[v]?.dataset;
      return dataset !== null && dataset !== undefined && !dataset.synthetic && hasFigures(dataset);
    }),
  );

  const trailOf = memoLast(
    (loaded: LoadedVintage | undefined, selected: UnitCode | null): readonly Unit[] => {
      const unit = selected ? loaded?.hierarchy.units.get(selected) : undefined;
      return unit && loaded ? [...ancestorsOf(loaded.hierarchy, unit.code), unit] : [];
    },
  );

  return {
    mapView,
    /** How each unit of the main map is filled and whether it is faded. */
    fills: (state: AtlasState) => fillsOf(mapView(state), currentData(state)),
    drilledInto,
    /** The table's rows: the units shown, within the unit drilled into, passing the filter. */
    rows: (state: AtlasState): readonly TableRow[] =>
      rowsOf(mapView(state), currentData(state), drilledInto(state)),
    histogram: (state: AtlasState): Histogram | null =>
      histogramOfView(mapView(state), currentData(state), drilledInto(state)),
    pairView,
    pairFills: (state: AtlasState) => pairFillsOf(pairView(state)),
    /** Old units outlined on the main map: those of the new unit pointed at or picked on the right. */
    linkedOnMain: (state: AtlasState): readonly UnitCode[] => {
      const { crosswalk } = state;
      if (!pairShown(state) || !crosswalk) return [];
      const code = state.pairHovered ?? state.view.pairSelected;
      return linked(crosswalk, state.data[crosswalk.to], code);
    },
    /** New units outlined on the right: those of the old unit pointed at or picked on the main map. */
    linkedOnPair: (state: AtlasState): readonly UnitCode[] => {
      const { crosswalk } = state;
      if (!pairShown(state) || !crosswalk) return [];
      const code = state.hovered ?? state.tableHovered ?? state.view.selected;
      return linkedPair(crosswalk, state.data[crosswalk.from], code);
    },
    /** Units kept bright while a legend class or a histogram bar is pointed at. */
    emphasized: (state: AtlasState) => emphasizedOf(state.emphasis, mapView(state)),
    /** The layers offered at the level shown. */
    layers: (state: AtlasState) => layersOf(currentData(state), mapView(state), formerData(state)),
    /** The years the slider offers: the file's, and before them those computed from the old units. */
    periods: (state: AtlasState): readonly string[] =>
      periodsOf(currentData(state), history(state)),
    history,
    secondView,
    secondFills: (state: AtlasState) => secondFillsOf(secondView(state)),
    /**
     * What the layer, year and classes controls show and act on: the first
     * map's, or the second's when the side toggle of a split view says so.
     */
    controlled: (state: AtlasState) => {
      const second = state.side === 'second' && state.view.maps ? secondView(state) : null;
      return second
        ? {
            view: second,
            classing: state.view.second?.classing ?? state.view.classing,
            side: 'second' as const,
          }
        : { view: mapView(state), classing: state.view.classing, side: 'main' as const };
    },
    /** The unit picked, year by year, beside its parent's units and the whole map. */
    trend: (state: AtlasState) =>
      trendOf(
        mapView(state),
        currentData(state),
        state.view.selected,
        history(state),
        state.view.layer,
      ),
    /**
     * The criteria scorecard of the year shown, for the unit drilled into or
     * picked above the communes, else the whole map (a commune picked in it
     * does not narrow it).
     */
    scorecard: (state: AtlasState) => {
      const loaded = currentData(state);
      const picked = state.view.selected ? loaded?.hierarchy.units.get(state.view.selected) : null;
      const area =
        drilledInto(state) ?? (picked && picked.level !== 'commune' ? picked.code : null);
      const shown = mapView(state);
      return {
        card: scorecardOf(loaded, shown?.change?.to ?? shown?.period ?? null, area),
        areaName: area ? (loaded?.hierarchy.units.get(area)?.name ?? null) : null,
      };
    },
    /** The unit picked beside its parent's units and the whole map, and its rank. */
    benchmarks: (state: AtlasState) =>
      benchmarksOf(mapView(state), currentData(state), state.view.selected),
    /** The commune picked, year by year across both programme periods. */
    unitStory: (state: AtlasState) =>
      storyOf(currentData(state), formerData(state), state.crosswalk, state.view.selected),
    /** The units of each geography loaded (a crosswalk being imported is checked against them). */
    geographies: (state: AtlasState) => geographiesOf(state.data),
    /** The vintages showing the synthetic demo. */
    demoVintages: (state: AtlasState) => demoVintagesOf(state.data),
    /** The vintages showing the person's own indicator figures, which a boundary file alone would drop. */
    figureVintages: (state: AtlasState) => figureVintagesOf(state.data),
    /** The unit picked and the units above it, top first (the breadcrumbs). */
    trail: (state: AtlasState) => trailOf(currentData(state), state.view.selected),
    /** The sentence a screen reader hears when the map changes (a polite live region). */
    /**
     * The programme targets of the year shown, for the area shown: the unit
     * picked when it is above the communes, else the unit drilled into,
     * else the whole map.
     */
    targets: (state: AtlasState) => {
      const shown = mapView(state);
      const loaded = currentData(state);
      const picked = state.view.selected ? loaded?.hierarchy.units.get(state.view.selected) : null;
      const area = picked && picked.level !== 'commune' ? picked : (shown?.focus ?? null);
      return {
        view: targetsOf(loaded, shown?.change?.to ?? shown?.period ?? null, area?.code ?? null),
        areaName: area?.name ?? null,
      };
    },
    announcement: (state: AtlasState) =>
      announcementOf(mapView(state), currentData(state), state.view.selected),
    /** What checking the data shown found (as the import dialog reports it). */
    report: (state: AtlasState): ValidationReport | null => reportOf(currentData(state)),
    /** Why the map does not show what was asked for, if it does not. */
    notices: (state: AtlasState): readonly BilingualText[] =>
      [state.viewNotice, mapView(state)?.notice ?? state.layerNotice].filter(
        (notice): notice is BilingualText => notice !== null,
      ),
    /** Whether the values shown are aggregated from the units below (the legend says how). */
    aggregated: (state: AtlasState): boolean => {
      const shown = mapView(state);
      const loaded = currentData(state);
      return !!(
        shown?.layer &&
        loaded &&
        isAggregatedAt(shown.layer, shown.level, levelsOf(loaded.hierarchy.vintage))
      );
    },
  };
}

export type Selectors = ReturnType<typeof createSelectors>;

/** "ntm_criteria_met-2025-commune-2021": what a saved file holds, in its name. */
export function fileBase(view: ViewState, shown: MapView | null): string {
  if (!shown) return 'ntp-atlas';
  const period = shown.change ? `${shown.change.from}-${shown.change.to}` : (shown.period ?? '');
  return [view.layer, period, shown.level, shown.vintage]
    .filter(Boolean)
    .join('-')
    .replace(/[^a-z0-9_.-]+/gi, '_');
}

/** Whether any data shown was read from the person's own files, which a link cannot carry. */
export function hasLocalData(state: AtlasState): boolean {
  return Object.values(state.sources).some((files) =>
    [...files.boundaries, ...(files.indicators ? [files.indicators] : [])].some(
      (file) => !('url' in file),
    ),
  );
}
