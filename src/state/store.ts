import type { Crosswalk } from '../core/crosswalk';
import { childLevel } from '../core/hierarchy';
import { historyOf } from '../core/history-view';
import { layerKey, resolveLayer } from '../core/layer';
import { withLayer } from '../core/layer-switch';
import { layerShown } from '../core/map-view';
import type { BilingualText } from '../core/text';
import { levelsOf, type Level, type UnitCode, type Vintage } from '../core/units';
import {
  DEFAULT_CLASSING,
  type Camera,
  type ClassingChoice,
  type SecondMap,
  type ViewState,
} from '../core/view-state';
import type { FileRef } from '../workers/read-bytes';
import type { AtlasState, Emphasis } from './atlas-state';
import { DataLoader } from './data-loader';
import { loadUnitNamesFont } from './fonts';
import { LayerPreparation } from './layer-preparation';
import type { LoadedVintage } from './load-data';
import { whenIdle } from './idle-work';
import { currentData, createSelectors, formerData, formerPending, pairShown } from './selectors';
import { StoryActions } from './story-actions';
import { withoutWhatIsMissing } from './view-missing';

export type Listener = (state: AtlasState, previous: AtlasState) => void;

/** Names of levels in the legend's note after a level change. */
const LEVEL_NAMES: Record<Level, BilingualText> = {
  province: { vi: 'tỉnh', en: 'province' },
  district: { vi: 'huyện', en: 'district' },
  commune: { vi: 'xã', en: 'commune' },
};

/**
 * The atlas's one store: its state, the actions that change it, and the
 * selectors everything shown is derived with. Components read it through
 * `StoreController` and change it only by calling actions.
 */
export class AtlasStore {
  private current: AtlasState;
  private readonly listeners = new Set<Listener>();
  readonly select = createSelectors();
  readonly loader = new DataLoader(this);
  readonly story = new StoryActions(this);
  /** Classes of the level's other layers, computed while the page is idle. */
  readonly preparation = new LayerPreparation();

  constructor(initial: AtlasState) {
    this.current = this.reconcile(initial, null);
  }

  get state(): AtlasState {
    return this.current;
  }

  /** Starts reading the view's data, and the crosswalk named in the address. */
  start(crosswalk: FileRef | null): void {
    if (crosswalk) this.update({ crosswalkPending: true });
    void this.loader.ensureVintage(this.current.view.vintage);
    if (crosswalk) void this.loader.loadCrosswalk(crosswalk);
  }

  /** Calls `listener` after every change; returns how to stop. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Changes the state; every change goes through here. */
  update(patch: Partial<AtlasState>): void {
    const previous = this.current;
    this.current = this.reconcile({ ...previous, ...patch }, previous);
    for (const listener of this.listeners) listener(this.current, previous);
    this.fetchWhatIsNeeded(previous);
  }

  setView(patch: Partial<ViewState>): void {
    this.update({ view: { ...this.current.view, ...patch } });
  }

  /**
   * Keeps the state true to what is shown: the view names the layer on the
   * map (so a link is a plain copy of it), and the map is asked to fit the
   * data once it is there.
   */
  private reconcile(next: AtlasState, previous: AtlasState | null): AtlasState {
    let state = next;
    const loaded = currentData(state);
    const dataset = loaded?.dataset;
    const { view } = state;
    const asked =
      !previous ||
      previous.view.layer !== view.layer ||
      previous.view.level !== view.level ||
      previous.view.vintage !== view.vintage ||
      currentData(previous) !== loaded ||
      formerData(previous) !== formerData(state);
    if (loaded && asked) {
      // A level the geography does not have (a district after 2025) shows its last.
      const levels = levelsOf(loaded.hierarchy.vintage);
      const level = levels.includes(view.level) ? view.level : (levels[levels.length - 1] as Level);
      // A layer the old geography's file has is shown from the old units in its years.
      const earlier =
        dataset &&
        !resolveLayer(dataset.indicators, view.layer) &&
        (formerPending(state) || historyOf(state.crosswalk, loaded, formerData(state), view.layer));
      const shown = dataset && !earlier ? layerShown(dataset, view.layer, level) : null;
      const layer = shown?.layer ? layerKey(shown.layer) : view.layer;
      const same = layer === view.layer && level === view.level;
      state = {
        ...state,
        view: same ? view : { ...view, layer, level },
        layerNotice: shown?.notice ?? null,
      };
    }
    // What was dropped is said until the next choice of layer, level or data.
    if (loaded && asked) state = { ...state, viewNotice: null };
    if (loaded) state = withoutWhatIsMissing(state, loaded);
    // Another crosswalk: the problems found in the last one no longer apply.
    if (
      previous &&
      state.crosswalk !== previous.crosswalk &&
      !this.loader.isChecked(state.crosswalk)
    )
      state = { ...state, crosswalkProblems: [] };
    if (state.fitPending && loaded) {
      const selected = state.view.selected;
      const bbox = (selected && loaded.boundaries.bounds.get(selected)) || loaded.boundaries.extent;
      state = {
        ...state,
        fitPending: false,
        cameraRequest: bbox ? { bbox, animate: false } : state.cameraRequest,
      };
    }
    return state;
  }

  /** What the new state needs read in the background. */
  private fetchWhatIsNeeded(previous: AtlasState): void {
    const state = this.current;
    const { crosswalk, view } = state;
    void this.loader.ensureVintage(view.vintage);
    // A unit of the new geography picked, or a year or layer only the old file has:
    // the old data is needed now (else it is read once the map is drawn).
    const dataset = currentData(state)?.dataset;
    const beyondOwn =
      !!dataset &&
      ((view.period !== null && !dataset.periods.includes(view.period)) ||
        (view.compare !== null && !dataset.periods.includes(view.compare)) ||
        !resolveLayer(dataset.indicators, view.layer));
    if (crosswalk && view.vintage === crosswalk.to && (view.selected || beyondOwn))
      void this.loader.ensureVintage(crosswalk.from);
    // Side by side: the new geography is read as soon as it is asked for.
    if (pairShown(state) && crosswalk) void this.loader.ensureVintage(crosswalk.to);
    if (state.data !== previous.data || crosswalk !== previous.crosswalk)
      void this.loader.weighSplitsByArea();
  }

  /** Where a unit is, in the data shown. */
  private boundsOf(code: UnitCode | null) {
    const loaded = currentData(this.current);
    if (!loaded) return null;
    return code ? (loaded.boundaries.bounds.get(code) ?? null) : loaded.boundaries.extent;
  }

  // Layer, level, period, classes.

  setLayer(key: string): void {
    const second = this.controlledSecond();
    if (second)
      return this.setView({ second: { ...second, layer: key, classing: DEFAULT_CLASSING } });
    this.update({ view: withLayer(this.current.view, key), levelNote: null });
  }

  /** The second map, when the controls act on it (the side toggle of a split or swipe view). */
  private controlledSecond(): SecondMap | null {
    const { view, side } = this.current;
    return side === 'second' && view.maps ? view.second : null;
  }

  /**
   * Two maps of the same units: side by side, or one over the other with a
   * divider (null: one map). The second starts as a copy of the first; the
   * old-and-new pair and a bivariate map give way, they use the same room.
   */
  setMaps(maps: 'split' | 'swipe' | null): void {
    const { view } = this.current;
    const second: SecondMap | null = maps
      ? (view.second ?? { layer: view.layer, period: view.period, classing: DEFAULT_CLASSING })
      : null;
    this.update({
      view: {
        ...view,
        maps,
        second,
        pair: maps ? false : view.pair,
        bivariate: maps ? null : view.bivariate,
      },
      side: maps ? this.current.side : 'main',
    });
  }

  /** Which map the layer, year and classes controls act on. */
  setSide(side: 'main' | 'second'): void {
    this.update({ side });
  }

  /** The swipe divider moved: a share of the width, kept within the map. */
  setSwipe(at: number): void {
    this.update({ swipeAt: Math.min(1, Math.max(0, at)) });
  }

  /** Another level has other values: data-driven breaks are computed again, and the legend says so. */
  setLevel(level: Level): void {
    if (level === this.current.view.level) return;
    const method = this.select.mapView(this.current)?.classification?.method;
    const recomputed = method === 'quantile' || method === 'equal-interval' || method === 'jenks';
    const name = LEVEL_NAMES[level];
    this.update({
      view: { ...this.current.view, level, filter: [] },
      levelNote: recomputed
        ? {
            vi: `Đã tính lại ngưỡng phân lớp cho cấp ${name.vi}`,
            en: `Class breaks computed again for the ${name.en} level`,
          }
        : null,
    });
  }

  setPeriod(period: string): void {
    const second = this.controlledSecond();
    if (second) return this.setView({ second: { ...second, period } });
    const { view } = this.current;
    // Classes computed per year change with the year, and a filter by class with them.
    this.setView({ period, filter: view.classing.basis === 'period' ? [] : view.filter });
  }

  setCompare(compare: string | null): void {
    this.setView({ compare, filter: [] });
  }

  setClassing(patch: Partial<ClassingChoice>): void {
    const second = this.controlledSecond();
    if (second)
      return this.setView({ second: { ...second, classing: { ...second.classing, ...patch } } });
    const { view } = this.current;
    this.update({
      view: { ...view, classing: { ...view.classing, ...patch }, filter: [] },
      levelNote: null,
    });
  }

  /** Toggles a legend class in the filter; null clears it. */
  toggleFilter(index: number | null): void {
    const { filter } = this.current.view;
    if (index === null) return this.setView({ filter: [] });
    this.setView({
      filter: filter.includes(index)
        ? filter.filter((i) => i !== index)
        : [...filter, index].sort((a, b) => a - b),
    });
  }

  // Units: picked, drilled into, pointed at.

  selectUnit(code: UnitCode | null): void {
    this.setView({ selected: code });
  }

  /** Shows the units below `code` (or the top level for null) and fits the map there. */
  drill(code: UnitCode | null): void {
    const loaded = currentData(this.current);
    if (!loaded) return;
    const vintage = loaded.hierarchy.vintage;
    const unit = code ? loaded.hierarchy.units.get(code) : undefined;
    const level = unit
      ? (childLevel(vintage, unit.level) ?? unit.level)
      : (levelsOf(vintage)[0] as Level);
    this.update({ view: { ...this.current.view, level, selected: code } });
    this.zoomTo(code);
  }

  /** A unit picked in search: show its level, select it and fit to it. */
  pick(code: UnitCode): void {
    const unit = currentData(this.current)?.hierarchy.units.get(code);
    if (!unit) return;
    this.setView({ level: unit.level, selected: code });
    this.zoomTo(code);
  }

  /** Fits the map to a unit, or to everything for null. */
  zoomTo(code: UnitCode | null): void {
    const bbox = this.boundsOf(code);
    if (bbox) this.update({ cameraRequest: { bbox, animate: true } });
  }

  /** The person moved the map: the view (and so the link) keeps where it looks. */
  setCamera(camera: Camera): void {
    this.setView({ camera });
  }

  pointAt(hovered: UnitCode | null): void {
    if (hovered !== this.current.hovered) this.update({ hovered });
  }

  pointAtInTable(tableHovered: UnitCode | null): void {
    this.update({ tableHovered });
  }

  pointAtOnPair(pairHovered: UnitCode | null): void {
    if (pairHovered !== this.current.pairHovered) this.update({ pairHovered });
  }

  emphasize(emphasis: Emphasis): void {
    this.update({ emphasis });
  }

  // Geographies.

  /** Looking up an old name needs the former geography: it is read now, in the background. */
  needFormerGeography(): void {
    const { crosswalk, view } = this.current;
    if (crosswalk && view.vintage === crosswalk.to) void this.loader.ensureVintage(crosswalk.from);
  }

  async changeVintage(vintage: Vintage): Promise<void> {
    const { view } = this.current;
    const levels = levelsOf(vintage);
    // A code means nothing in another vintage: the selection does not carry over.
    this.update({
      view: {
        ...view,
        vintage,
        selected: null,
        pair: false,
        pairSelected: null,
        level: levels.includes(view.level) ? view.level : (levels[levels.length - 1] as Level),
        period: null,
      },
      fitPending: true,
    });
    await this.loader.ensureVintage(vintage);
  }

  /** Both geographies side by side, the old one (where the results were reported) on the left; or one map. */
  async togglePair(): Promise<void> {
    const { crosswalk } = this.current;
    if (!crosswalk) return;
    if (pairShown(this.current)) {
      this.setView({ pair: false, pairSelected: null });
    } else {
      if (this.current.view.vintage !== crosswalk.from) await this.changeVintage(crosswalk.from);
      this.setView({ pair: true });
    }
    // The main map changed width: unless the person placed it, the whole area is fitted again.
    if (this.current.view.camera === null) this.zoomToSelectedOrAll(false);
  }

  private zoomToSelectedOrAll(animate: boolean): void {
    const bbox = this.boundsOf(this.current.view.selected) ?? this.boundsOf(null);
    if (bbox) this.update({ cameraRequest: { bbox, animate } });
  }

  selectOnPair(pairSelected: UnitCode | null): void {
    this.setView({ pairSelected });
  }

  /**
   * Shows data the person imported: it replaces what was shown in its
   * vintage (whose worker is stopped), and the view moves to it, fitted.
   */
  showImported(loaded: LoadedVintage): void {
    const { view, data, sources } = this.current;
    const vintage = loaded.hierarchy.vintage;
    const previous = data[vintage];
    const levels = levelsOf(vintage);
    const level = levels.includes(view.level) ? view.level : (levels[levels.length - 1] as Level);
    this.update({
      sources: { ...sources, [vintage]: loaded.files },
      data: { ...data, [vintage]: loaded },
      view: { ...view, vintage, level, selected: null, period: null, camera: null },
      fitPending: true,
      error: null,
      // The demo's crosswalk says nothing about the person's own units.
      crosswalk: null,
    });
    if (previous && previous !== loaded) {
      // Outlines asked of the old worker are answered no more; the map has moved on.
      queueMicrotask(() => previous.worker.cancel());
    }
    void loadUnitNamesFont(loaded.boundaries.units);
  }

  useCrosswalk(crosswalk: Crosswalk, name: string): void {
    this.update({ crosswalk, crosswalkName: name });
  }

  // Page furniture.

  setLanguage(language: ViewState['language']): void {
    this.setView({ language });
  }

  setTitle(title: string | null): void {
    this.setView({ title: title?.trim() || null });
  }

  toggleNames(): void {
    this.setView({ names: !this.current.view.names });
  }

  togglePanel(): void {
    this.update({ panelOpen: !this.current.panelOpen });
  }

  toggleTable(): void {
    this.update({ tableOpen: !this.current.tableOpen });
  }

  /** A second layer for a bivariate map, or null for one layer; the legend filter starts afresh. */
  setBivariate(layer: string | null): void {
    this.setView({
      bivariate: layer,
      filter: [],
      compare: layer ? null : this.current.view.compare,
    });
  }

  toggleScorecard(): void {
    this.setView({ scorecard: !this.current.view.scorecard });
  }

  dismissError(): void {
    this.update({ error: null });
  }

  /** The map drew the view: the other layers of its level are prepared while the page is idle. */
  mapDrawn(): void {
    // `npm run bench` times the first complete drawing of the page from here.
    if (performance.getEntriesByName('atlas-first-idle').length === 0)
      performance.mark('atlas-first-idle');
    const loaded = currentData(this.current);
    const shown = this.select.mapView(this.current);
    if (loaded && shown) this.preparation.plan(loaded, this.current.view, shown);
    // The new geography's earlier years come from the old one: read once the map is up.
    whenIdle(() => this.needFormerGeography());
  }
}
