import { ContextProvider } from '@lit/context';
import { LitElement, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { BBox } from '../../core/geometry';
import type { Camera } from '../../core/view-state';
import { ancestorsOf, childLevel, isWithin, parentLevel } from '../../core/hierarchy';
import { isAggregatedAt, layerKey, layerLabel, layersAt } from '../../core/layer';
import { computeMapView, NO_DATA_CLASS, type MapView } from '../../core/map-view';
import { switchesAhead, withLayer } from '../../core/layer-switch';
import { entryOf } from '../../core/entry-of';
import { IdleWork } from '../../state/idle-work';
import { histogramOf, type Histogram } from '../../core/histogram';
import { tableRows, type TableRow } from '../../core/unit-table';
import { levelsOf, VINTAGES, type Level, type UnitCode, type Vintage } from '../../core/units';
import { DEFAULT_VIEW, type ClassingChoice, type ViewState } from '../../core/view-state';
import type { BilingualText } from '../../core/text';
import { AtlasMap, mapLibreCss } from '../../map/atlas-map';
import type { Sources } from '../../state/data-sources';
import type { FileRef } from '../../workers/read-bytes';
import { parseCrosswalkFile, type Crosswalk } from '../../core/crosswalk';
import { takeEarlyLoad } from '../../state/early-load';
import { initialState } from '../../state/initial-state';
import { loadVintage, type LoadedVintage } from '../../state/load-data';
import { UrlSync } from '../../state/url-sync';
import { bi, biText, LEVEL_LABELS, SYNTHETIC_LABEL } from '../shared/bilingual';
import { languageContext } from '../shared/language';
import { htmlLang, plainText, type DisplayLanguage } from '../../core/display-language';
import { appStyles } from './atlas-app.styles';
import { tooltipStyles, unitTooltip } from '../shared/unit-tooltip';
import { showUnits } from '../shared/show-units';
import '../atlas-breadcrumbs/atlas-breadcrumbs';
import '../atlas-classing/atlas-classing';
import '../atlas-histogram/atlas-histogram';
import '../atlas-layer-panel/atlas-layer-panel';
import '../atlas-period/atlas-period';
import '../atlas-predecessors/atlas-predecessors';
import type { AtlasPairMap } from '../atlas-pair-map/atlas-pair-map';
import '../atlas-pair-map/atlas-pair-map';
import { linkedAcross } from '../../core/linked-units';
import { unitFills } from '../../core/unit-fills';
import { splitsWithoutWeights, withAreaWeights } from '../../core/area-weights';
import { summarizeCrosswalk } from '../../core/crosswalk-summary';
import {
  BilingualError,
  DataFileError,
  errorText,
  notValidJson,
  problemLine,
  same,
  type DataProblem,
} from '../../core/problems';
import { computeReaggregatedView, type ReaggregatedView } from '../../core/reaggregated-view';
import { reaggregationRule } from '../../core/reaggregate';
import '../atlas-unit-table/atlas-unit-table';
import type { AtlasImport, ImportedDetail } from '../atlas-import/atlas-import';
import '../atlas-import/atlas-import';
import '../atlas-detail/atlas-detail';
import '../atlas-legend/atlas-legend';
import '../atlas-search/atlas-search';
import type { AtlasExport } from '../atlas-export/atlas-export';
import '../atlas-export/atlas-export';
import type { AtlasShare } from '../atlas-share/atlas-share';
import '../atlas-share/atlas-share';
import '../atlas-story/atlas-story';
import type { StoryStep } from '../../core/story';
import { readViewState, writeViewState } from '../../core/url-state';
import { shareSnippets } from '../../core/share-snippets';
import { figureOf } from '../../export/figure-source';

/** How an atlas embedded in another page is set up (see src/embed.ts). */
export interface EmbedOptions {
  readonly params: URLSearchParams;
  readonly interactive: boolean;
}

/** Letters that pull in the Latin and Vietnamese subsets of the label font. */
const VIETNAMESE_SAMPLE = 'AaĂăÂâĐđÊêÔôƠơƯưẪẵỄốồỹ';

/**
 * The atlas: controls, map, legend, detail panel. The one place where user
 * events become state changes; everything shown is derived from `view`
 * (plain, in the URL) and the loaded data.
 */

@customElement('ntp-atlas-app')
export class AtlasApp extends LitElement {
  static override styles = [unsafeCSS(mapLibreCss), tooltipStyles, appStyles];

  @query('#map') private mapContainer!: HTMLDivElement;
  @query('atlas-import') private importer!: AtlasImport;
  @query('atlas-export') private exporter!: AtlasExport;
  @query('atlas-share') private sharer!: AtlasShare;
  @query('atlas-pair-map') private pairMap!: AtlasPairMap | null;
  @state() private view: ViewState = DEFAULT_VIEW;
  @state() private data: Partial<Record<Vintage, LoadedVintage>> = {};
  @state() private error: BilingualText | null = null;
  /** Vintages whose data could not be loaded: the map says so instead of "loading" for ever. */
  @state() private failed: Partial<Record<Vintage, boolean>> = {};
  @state() private hover: { code: UnitCode; x: number; y: number } | null = null;
  /** A unit pointed at in the table: outlined on the map, no tooltip. */
  @state() private tableHover: UnitCode | null = null;
  /** Said in the legend after a level change made the breaks be computed again. */
  @state() private levelNote: BilingualText | null = null;
  @state() private tableOpen = false;
  /** The bridge between the two geographies, when the data shown has one (the demo does). */
  @state() private crosswalk: Crosswalk | null = null;
  /** A unit pointed at on the new geography's map beside the old one. */
  @state() private pairHover: UnitCode | null = null;
  /** The old results on the new units, when both geographies are shown side by side. */
  private pairView: ReaggregatedView | null = null;
  private pairFrom: unknown[] = [];
  private pairWasShown = false;
  /** The crosswalk whose split units have been weighed by area (or needed no weighing). */
  private weighed: Crosswalk | null = null;
  private crosswalkName = '';
  /** What is wrong with the crosswalk in use, checked once both geographies are loaded. */
  @state() private crosswalkProblems: readonly DataProblem[] = [];
  /** The layer panel starts open where there is room for it beside the map. */
  @state() private panelOpen = window.matchMedia('(min-width: 801px)').matches;

  /** True once the map has drawn the latest view; tests and exports wait for it. */
  mapIdle = false;

  /**
   * Whether the classes of the level's other layers are computed while the
   * page is idle. On by default; `npm run bench` turns it off to time a
   * switch whose classes are computed on the click.
   */
  prepareLayers = true;

  /** True when no layer is waiting to be prepared. */
  get layersPrepared(): boolean {
    return this.idleWork.done;
  }

  private readonly idleWork = new IdleWork();
  /** The views whose classes have been prepared, per loaded data. */
  private readonly prepared = new WeakMap<LoadedVintage, Set<string>>();
  /** The view drawn when the preparation was last planned. */
  private preparedFor: MapView | null = null;

  /**
   * Set by the embeddable element before the atlas is connected: the view
   * and data addresses (the same keys as the app's URL), and whether the
   * map can be moved and pointed at. The page's address is then left alone.
   */
  embed: EmbedOptions | null = null;

  /** Hands the language of the view to every component inside this atlas. */
  private readonly languageProvider = new ContextProvider(this, {
    context: languageContext,
    initialValue: DEFAULT_VIEW.language,
  });

  private get language(): DisplayLanguage {
    return this.view.language;
  }

  private map: AtlasMap | null = null;
  private sources: Sources = {};
  /** Vintages being read, so a second request does not start a second load. */
  private readonly loading = new Set<Vintage>();
  private readonly url = new UrlSync();
  private mapView: MapView | null = null;
  /** Derived with the view: the table's rows and the histogram of the units shown. */
  private rows: TableRow[] = [];
  private rowsStale = true;
  @state() private histogram: Histogram | null = null;
  private shownUnits: LoadedVintage | null = null;
  private fitPending = false;
  /** What `mapView` was derived from, so camera-only changes skip the work. */
  private derivedFor = '';
  private derivedFrom: LoadedVintage | undefined;
  private viewChanged = false;
  private fontsReady: Promise<unknown> = Promise.resolve();

  override connectedCallback(): void {
    super.connectedCallback();
    // In an iframe (embed=1, or embed=static for a still map): the same compact layout.
    const framed = new URLSearchParams(window.location.search).get('embed');
    if (!this.embed && framed) {
      this.embed = {
        params: new URLSearchParams(window.location.search),
        interactive: framed !== 'static',
      };
    }
    // Embedded, the view comes from the element's attributes, not the page's address.
    const address = this.embed
      ? (new URL(`?${this.embed.params.toString()}`, window.location.href) as unknown as Location)
      : window.location;
    const { sources, crosswalk, error, view } = initialState(address);
    if (this.embed) {
      this.panelOpen = false;
      this.toggleAttribute('embedded', true);
    }
    this.sources = sources;
    this.error = error;
    this.view = view;
    this.fitPending = this.view.camera === null;
    // Start the label font (with its Vietnamese subset) while the data downloads.
    this.fontsReady = document.fonts
      .load('400 16px "Noto Sans"', VIETNAMESE_SAMPLE)
      .catch(() => []);
    void this.ensureVintage(this.view.vintage);
    if (crosswalk) void this.loadCrosswalk(crosswalk);
    window.addEventListener('keydown', this.onPresenterKey);
    // Files dropped anywhere on the atlas go to the import dialog.
    this.addEventListener('dragover', (event) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    });
    this.addEventListener('drop', (event) => {
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      void this.importer.open(files);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onPresenterKey);
    this.map?.destroy();
    this.map = null;
  }

  /**
   * The crosswalk between the two vintages (the demo's, or one given in the
   * URL): read on the page, it is small. A file that cannot be used says why
   * and leaves the map as it is.
   */
  private async loadCrosswalk(ref: FileRef): Promise<void> {
    try {
      if (!('url' in ref)) return;
      const response = await fetch(ref.url);
      if (!response.ok) throw new DataFileError(ref.name, '', same(`HTTP ${response.status}`));
      const json: unknown = await response.json().catch((error: unknown) => {
        throw new DataFileError(ref.name, '', notValidJson(error));
      });
      this.crosswalk = parseCrosswalkFile(json, ref.name);
      this.crosswalkName = ref.name;
    } catch (error) {
      this.error = errorText(error);
    }
  }

  /**
   * Once both geographies are loaded, old units split without weights get
   * the share of their area inside each new unit (computed in the old
   * geography's worker), instead of an equal split.
   */
  private async weighSplitsByArea(): Promise<void> {
    const crosswalk = this.crosswalk;
    const old = crosswalk ? this.data[crosswalk.from] : undefined;
    const target = crosswalk ? this.data[crosswalk.to] : undefined;
    if (!crosswalk || !old || !target || this.weighed === crosswalk) return;
    this.weighed = crosswalk;
    this.crosswalkProblems = summarizeCrosswalk(crosswalk, this.crosswalkName, {
      old: old.hierarchy,
      new: target.hierarchy,
    }).problems;
    const splits = splitsWithoutWeights(crosswalk);
    if (splits.length === 0) return;
    try {
      const successors = await target.worker.features([...new Set(splits.flatMap((s) => s.to))]);
      const shares = await old.worker.areaShares(splits, successors);
      // The crosswalk or the data may have been replaced meanwhile.
      if (this.crosswalk !== crosswalk) return;
      this.crosswalk = this.weighed = withAreaWeights(crosswalk, new Map(shares));
    } catch (error) {
      if ((error as Error).name !== 'LoadCancelled') this.error = errorText(error);
    }
  }

  private async ensureVintage(vintage: Vintage): Promise<void> {
    const source = this.sources[vintage];
    if (!source || this.data[vintage] || this.loading.has(vintage)) return;
    this.loading.add(vintage);
    try {
      const loaded = await (takeEarlyLoad(vintage, source) ?? loadVintage(vintage, source)).result;
      performance.mark('atlas-data-ready');
      // Label glyphs drawn before the Vietnamese font subset arrives stay in a fallback font for good.
      const text = loaded.boundaries.units.map((unit) => unit.name).join('');
      await Promise.all([
        this.fontsReady,
        document.fonts.load('400 16px "Noto Sans"', text).catch(() => []),
      ]);
      performance.mark('atlas-fonts-ready');
      this.data = { ...this.data, [vintage]: loaded };
    } catch (error) {
      // The view that was working stays; the message says which file and what.
      this.error = errorText(error);
      this.failed = { ...this.failed, [vintage]: true };
    } finally {
      this.loading.delete(vintage);
    }
  }

  /**
   * Shows data the user imported: it replaces what was shown in its vintage
   * (whose worker is stopped), and the view moves to it, fitted.
   */
  private showImported({ loaded }: ImportedDetail): void {
    const vintage = loaded.hierarchy.vintage;
    const previous = this.data[vintage];
    this.sources = { ...this.sources, [vintage]: loaded.files };
    this.data = { ...this.data, [vintage]: loaded };
    const levels = levelsOf(vintage);
    const level = levels.includes(this.view.level)
      ? this.view.level
      : (levels[levels.length - 1] as Level);
    this.view = { ...this.view, vintage, level, selected: null, period: null, camera: null };
    this.fitPending = true;
    this.error = null;
    // The demo's crosswalk says nothing about the user's own units.
    this.crosswalk = null;
    if (previous && previous !== loaded) {
      // Outlines asked of the old worker are answered no more; the map has moved on.
      queueMicrotask(() => previous.worker.cancel());
    }
    const text = loaded.boundaries.units.map((unit) => unit.name).join('');
    void document.fonts.load('400 16px "Noto Sans"', text).catch(() => []);
  }

  private get current(): LoadedVintage | undefined {
    return this.data[this.view.vintage];
  }

  /**
   * Derives the view once per change that matters; render and the map both
   * read it. A camera move (one per pan or zoom) only goes to the URL.
   */
  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('tableOpen') && this.tableOpen && this.rowsStale) this.deriveRows();
    // Another crosswalk: the problems found in the last one no longer apply.
    if (changed.has('crosswalk') && this.crosswalk !== this.weighed) this.crosswalkProblems = [];
    if (changed.has('view')) this.toggleAttribute('presenting', this.view.presenting);
    if (changed.has('view') && this.languageProvider.value !== this.language) {
      this.languageProvider.setValue(this.language);
      this.lang = htmlLang(this.language);
    }
    const dataChanged = changed.has('view') || changed.has('data');
    if (dataChanged) this.deriveView();
    if (dataChanged || changed.has('crosswalk')) this.derivePairView();
  }

  private deriveView(): void {
    const loaded = this.current;
    const key = derivedKey(this.view);
    this.viewChanged = key !== this.derivedFor || loaded !== this.derivedFrom;
    if (!this.viewChanged) return;
    this.derivedFor = key;
    this.derivedFrom = loaded;
    // Measures let `npm run bench` split a restyle into data work and painting.
    performance.clearMeasures('atlas-compute');
    performance.mark('atlas-compute-start');
    this.mapView = loaded ? computeMapView(loaded, this.view) : null;
    // The table's rows (a rank sort of up to 10,600 units) are derived only while it is open.
    this.rowsStale = true;
    if (this.tableOpen) this.deriveRows();
    performance.measure('atlas-compute', 'atlas-compute-start');
  }

  /** Whether both geographies are shown side by side: asked for, and everything it needs is here. */
  private get pairShown(): boolean {
    const crosswalk = this.crosswalk;
    return (
      this.view.pair &&
      !!crosswalk &&
      this.view.vintage === crosswalk.from &&
      !!this.sources[crosswalk.to]
    );
  }

  /** The old results recomputed for the new units, classed like the old map where they can be. */
  private derivePairView(): void {
    const crosswalk = this.crosswalk;
    const old = crosswalk ? this.data[crosswalk.from] : undefined;
    const target = crosswalk ? this.data[crosswalk.to] : undefined;
    const mapView = this.mapView;
    if (!this.pairShown || !crosswalk || !old || !target || !mapView?.layer) {
      this.pairView = null;
      return;
    }
    // A camera move, or the other vintage's data arriving, changes none of what it is made of.
    const from = [mapView, crosswalk, old, target];
    if (this.pairView && this.pairFrom.every((part, i) => part === from[i])) return;
    this.pairFrom = from;
    this.pairView = computeReaggregatedView({
      crosswalk,
      old,
      target: target.hierarchy,
      level: mapView.level,
      layerKey: layerKey(mapView.layer),
      period: mapView.period,
      compare: mapView.change?.from ?? null,
      classing: this.view.classing,
      classesOf: mapView.classification
        ? { layerKey: layerKey(mapView.layer), classification: mapView.classification }
        : null,
    });
  }

  /** Table and histogram narrow to a unit drilled into, not to the province of a unit merely picked. */
  private drilledInto(): UnitCode | null {
    const focus = this.mapView?.focus;
    return focus && focus.code === this.view.selected ? focus.code : null;
  }

  /**
   * The distribution chart is derived a frame after the map has its colours:
   * the map answers an indicator switch first, the side panel follows.
   */
  private deriveHistogramSoon(loaded: LoadedVintage, mapView: MapView): void {
    requestAnimationFrame(() => {
      if (this.mapView !== mapView) return;
      // Of every unit shown: the legend filter only fades the other bars' units on the map.
      const drilled = this.drilledInto();
      this.histogram = histogramOf(
        mapView,
        drilled
          ? mapView.codes.filter((code) => isWithin(loaded.hierarchy, code, drilled))
          : mapView.codes,
      );
    });
  }

  private deriveRows(): void {
    const loaded = this.current;
    const mapView = this.mapView;
    this.rows = loaded && mapView ? tableRows(mapView, loaded.hierarchy, this.drilledInto()) : [];
    this.rowsStale = false;
  }

  protected override updated(changed: PropertyValues): void {
    // A unit of the new geography picked: its predecessors need the old data, read in the background.
    const crosswalk = this.crosswalk;
    if (crosswalk && this.view.selected && this.view.vintage === crosswalk.to) {
      void this.ensureVintage(crosswalk.from);
    }
    // Side by side: the new geography is read as soon as it is asked for.
    if (this.pairShown && crosswalk) void this.ensureVintage(crosswalk.to);
    if (this.pairShown !== this.pairWasShown) this.pairToggled();
    if (changed.has('data') || changed.has('crosswalk')) void this.weighSplitsByArea();
    this.map?.setLinked(this.pairShown ? this.linkedOnMain() : []);
    // Names are not part of the derived view: showing or hiding them recomputes nothing.
    this.map?.setNamesShown(this.view.names);
    if (!changed.has('view') && !changed.has('data')) return;
    const loaded = this.current;
    if (!loaded || !this.mapView) return;
    if (this.viewChanged) {
      void this.syncMap(loaded, this.mapView);
      this.deriveHistogramSoon(loaded, this.mapView);
    }
    if (!this.embed)
      this.url.write({
        ...this.view,
        layer: this.mapView.layer ? layerKey(this.mapView.layer) : this.view.layer,
      });
  }

  /** The map starts loading while the data is still being fetched. */
  protected override firstUpdated(): void {
    this.createMap();
  }

  private createMap(): AtlasMap {
    if (!this.map) {
      // One boundary file by address: the map starts reading it while the data worker checks it.
      const files = this.sources[this.view.vintage]?.boundaries;
      const only = files?.length === 1 ? files[0] : undefined;
      // Only GeoJSON: MapLibre cannot read TopoJSON or a Shapefile itself.
      const unitsUrl = only && 'url' in only && /\.(geo)?json$/i.test(only.name) ? only.url : null;
      this.map = new AtlasMap(
        this.mapContainer,
        this.view.level,
        undefined,
        {
          onHover: (code, point) => {
            if (this.embed?.interactive === false) return;
            this.hover = code && point ? { code, ...point } : null;
          },
          onClick: (code) => {
            if (this.embed?.interactive !== false) this.select(code);
          },
          onMoveEnd: (camera) => (this.view = { ...this.view, camera }),
          onMove: (camera) => {
            if (this.pairShown) this.pairMap?.follow(camera);
          },
          onIdle: () => {
            if (!this.map?.isIdle() || !this.current) return;
            this.mapIdle = true;
            if (performance.getEntriesByName('atlas-first-idle').length === 0)
              performance.mark('atlas-first-idle');
            this.prepareSwitches();
          },
        },
        unitsUrl,
        this.embed?.interactive ?? true,
      );
      if (this.view.camera) this.map.jumpTo(this.view.camera);
    }
    return this.map;
  }

  /**
   * Once the map has drawn a view, the classes of every other layer of its
   * level are computed while the page is idle, so that picking one only
   * looks them up. Views already prepared for these data are skipped.
   */
  private prepareSwitches(): void {
    const loaded = this.current;
    const shown = this.mapView;
    // The map is idle after every camera move too: plan once per view drawn.
    if (!this.prepareLayers || !loaded || !shown || this.preparedFor === shown) return;
    this.preparedFor = shown;
    const done = entryOf(this.prepared, loaded, () => new Set<string>());
    const tasks = switchesAhead(loaded, this.view, shown)
      .map((view) => ({ view, key: derivedKey(view) }))
      .filter(({ key }) => !done.has(key))
      .map(({ view, key }) => () => {
        if (this.current !== loaded) return;
        performance.mark('atlas-prepare-start');
        computeMapView(loaded, view);
        performance.measure('atlas-prepare', 'atlas-prepare-start');
        done.add(key);
      });
    this.idleWork.replace(tasks);
  }

  private async syncMap(loaded: LoadedVintage, mapView: MapView): Promise<void> {
    const levels = levelsOf(loaded.hierarchy.vintage);
    const upper = parentLevel(loaded.hierarchy.vintage, mapView.level);
    this.mapIdle = false;
    const map = this.createMap();
    await map.whenReady();
    // Fit before handing over the data, so tiles are cut once, for the zoom that will be seen.
    if (this.fitPending) {
      this.fitPending = false;
      const bbox = this.boundsFor(this.view.selected) ?? loaded.boundaries.extent;
      if (bbox) map.fitBounds(bbox, false);
    }
    if (this.shownUnits !== loaded) {
      this.shownUnits = loaded;
      await showUnits(map, loaded);
      performance.mark('atlas-units-set');
    }
    map.setLevel(mapView.level, levels.includes(mapView.level) ? upper : undefined);
    map.setNamesShown(this.view.names);
    performance.clearMeasures('atlas-restyle');
    performance.mark('atlas-restyle-start');
    const { fillOf, isDimmed } = unitFills(mapView, loaded.hierarchy);
    map.paint(fillOf, isDimmed);
    map.setSelected(this.view.selected);
    performance.measure('atlas-restyle', 'atlas-restyle-start');
  }

  private boundsFor(code: UnitCode | null): BBox | null {
    const loaded = this.current;
    if (!code || !loaded) return null;
    return loaded.boundaries.bounds.get(code) ?? null;
  }

  private select(code: UnitCode | null): void {
    this.view = { ...this.view, selected: code };
  }

  /** Shows the units below `code` (or the top level for null) and fits the map there. */
  private drill(code: UnitCode | null): void {
    const loaded = this.current;
    if (!loaded) return;
    const vintage = loaded.hierarchy.vintage;
    const unit = code ? loaded.hierarchy.units.get(code) : undefined;
    const level = unit
      ? (childLevel(vintage, unit.level) ?? unit.level)
      : (levelsOf(vintage)[0] as Level);
    this.view = { ...this.view, level, selected: code };
    const bbox = code ? this.boundsFor(code) : loaded.boundaries.extent;
    if (bbox) this.map?.fitBounds(bbox, true);
  }

  /** A unit picked in search: show its level, select it and fit to it. */
  private pick(code: UnitCode): void {
    const unit = this.current?.hierarchy.units.get(code);
    if (!unit) return;
    this.view = { ...this.view, level: unit.level, selected: code };
    const bbox = this.boundsFor(code);
    if (bbox) this.map?.fitBounds(bbox, true);
  }

  private setView(patch: Partial<ViewState>): void {
    this.view = { ...this.view, ...patch };
  }

  private setLayer(key: string): void {
    this.levelNote = null;
    this.view = withLayer(this.view, key);
  }

  /** Another level has other values: data-driven breaks are computed again, and the legend says so. */
  private setLevel(level: Level): void {
    if (level === this.view.level) return;
    const method = this.mapView?.classification?.method;
    const recomputed = method === 'quantile' || method === 'equal-interval' || method === 'jenks';
    const name = LEVEL_LABELS[level];
    this.levelNote = recomputed
      ? {
          vi: `Đã tính lại ngưỡng phân lớp cho cấp ${name.vi.toLowerCase()}`,
          en: `Class breaks computed again for the ${name.en.toLowerCase()} level`,
        }
      : null;
    this.setView({ level, filter: [] });
  }

  private setClassing(patch: Partial<ClassingChoice>): void {
    this.levelNote = null;
    this.setView({ classing: { ...this.view.classing, ...patch }, filter: [] });
  }

  /** Toggles a legend class in the filter; null clears it. */
  private toggleFilter(index: number | null): void {
    if (index === null) return this.setView({ filter: [] });
    const filter = this.view.filter.includes(index)
      ? this.view.filter.filter((i) => i !== index)
      : [...this.view.filter, index].sort((a, b) => a - b);
    this.setView({ filter });
  }

  /** Fades every unit but those of a legend class (index) or of a histogram bar (codes). */
  private emphasize(target: number | readonly UnitCode[] | null): void {
    const mapView = this.mapView;
    if (!this.map || !mapView) return;
    if (target === null) return this.map.emphasize(null);
    if (Array.isArray(target)) return this.map.emphasize(new Set(target as UnitCode[]));
    const codes = new Set<UnitCode>();
    for (const [code, index] of mapView.classOf) {
      if ((index ?? NO_DATA_CLASS) === target) codes.add(code);
    }
    this.map.emphasize(codes);
  }

  private hoverFromTable(code: UnitCode | null): void {
    this.tableHover = code;
    this.map?.setHover(code);
  }

  /** Old units outlined on the main map: those of the new unit pointed at or picked on the right. */
  private linkedOnMain(): UnitCode[] {
    const crosswalk = this.crosswalk;
    const target = crosswalk ? this.data[crosswalk.to] : undefined;
    const code = this.pairHover ?? this.view.pairSelected;
    return crosswalk && target && code ? linkedAcross(crosswalk, target.hierarchy, code) : [];
  }

  /** New units outlined on the right: those of the old unit pointed at or picked on the main map. */
  private linkedOnPair(): UnitCode[] {
    const crosswalk = this.crosswalk;
    const old = crosswalk ? this.data[crosswalk.from] : undefined;
    const code = this.hover?.code ?? this.tableHover ?? this.view.selected;
    return crosswalk && old && code ? linkedAcross(crosswalk, old.hierarchy, code) : [];
  }

  /**
   * The main map changed width: it is resized at once and, unless the user
   * placed it, fitted again so the whole area stays in view on each side.
   */
  private pairToggled(): void {
    this.pairWasShown = this.pairShown;
    const map = this.map;
    if (!map) return;
    map.resize();
    if (this.view.camera !== null) return;
    const bbox = this.boundsFor(this.view.selected) ?? this.current?.boundaries.extent;
    if (bbox) map.fitBounds(bbox, false);
    if (this.pairShown) this.pairMap?.follow(map.camera());
  }

  /**
   * Shows both geographies side by side, the old one (where the results were
   * reported) on the left; or goes back to one map.
   */
  private async togglePair(): Promise<void> {
    const crosswalk = this.crosswalk;
    if (!crosswalk) return;
    if (this.pairShown) {
      this.setView({ pair: false, pairSelected: null });
    } else {
      if (this.view.vintage !== crosswalk.from) await this.changeVintage(crosswalk.from);
      this.setView({ pair: true });
      void this.ensureVintage(crosswalk.to);
    }
  }

  private async changeVintage(vintage: Vintage): Promise<void> {
    const levels = levelsOf(vintage);
    // A code means nothing in another vintage: the selection does not carry over.
    this.setView({
      vintage,
      selected: null,
      pair: false,
      pairSelected: null,
      level: levels.includes(this.view.level)
        ? this.view.level
        : (levels[levels.length - 1] as Level),
      period: null,
    });
    this.fitPending = true;
    await this.ensureVintage(vintage);
  }

  /** The figure of the view on screen, for the export dialog (and its tests). */
  readonly makeFigure = async (title: string | null) => {
    const loaded = this.current;
    const mapView = this.mapView;
    if (!this.map || !loaded || !mapView)
      throw new BilingualError({ vi: 'Chưa có bản đồ', en: 'No map yet' });
    return figureOf({
      drawing: this.map.drawing(),
      mapView,
      loaded,
      selected: this.view.selected,
      language: this.language,
      title,
      levelLabel: LEVEL_LABELS[mapView.level],
      aggregated: this.isAggregated(),
    });
  };

  /** The view on screen as a story step: the query of its link, camera included. */
  private addStep(caption: string): void {
    const query = writeViewState({
      ...DEFAULT_VIEW,
      ...this.view,
      layer: this.mapView?.layer ? layerKey(this.mapView.layer) : this.view.layer,
      camera: this.map?.camera() ?? this.view.camera,
      language: DEFAULT_VIEW.language,
      title: null,
      story: [],
      step: 0,
      presenting: false,
    }).toString();
    const n = this.view.story.length + 1;
    const fallback = this.mapView?.layer
      ? plainText(layerLabel(this.mapView.layer), this.language)
      : '';
    this.setView({
      story: [...this.view.story, { caption: caption || `${n}. ${fallback}`, query }],
    });
  }

  /** Shows a saved view as it was saved; the language, title and story stay. */
  private showStep(index: number): void {
    const { story } = this.view;
    const step = story[Math.max(0, Math.min(index, story.length - 1))];
    if (!step) return;
    const saved = readViewState(new URLSearchParams(step.query), {
      ...DEFAULT_VIEW,
      vintage: this.view.vintage,
    });
    this.levelNote = null;
    this.setView({
      ...saved,
      language: this.view.language,
      title: this.view.title,
      story,
      step: story.indexOf(step),
      presenting: this.view.presenting,
    });
    void this.ensureVintage(saved.vintage);
    if (saved.camera) this.map?.jumpTo(saved.camera);
    else this.fitPending = true;
  }

  /** Presentation: full screen where the browser allows it, from the first step. */
  private present(): void {
    this.setView({ presenting: true });
    this.showStep(0);
    this.requestFullscreen?.().catch(() => undefined);
  }

  private leavePresentation(): void {
    this.setView({ presenting: false });
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }

  /** Arrow keys, Page Up/Down, Home and End step through the story; Escape leaves it. */
  private readonly onPresenterKey = (event: KeyboardEvent): void => {
    if (!this.view.presenting) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
    const { step, story } = this.view;
    const to: Record<string, number> = {
      ArrowRight: step + 1,
      ArrowDown: step + 1,
      PageDown: step + 1,
      ' ': step + 1,
      ArrowLeft: step - 1,
      ArrowUp: step - 1,
      PageUp: step - 1,
      Home: 0,
      End: story.length - 1,
    };
    if (event.key === 'Escape') {
      this.leavePresentation();
      return;
    }
    const next = to[event.key];
    if (next === undefined) return;
    event.preventDefault();
    if (next >= 0 && next < story.length && next !== step) this.showStep(next);
  };

  /** The title block of a presentation: the editable title, the caption, the steps. */
  private renderPresenter(mapView: MapView | null) {
    const { story, step } = this.view;
    const caption = story[step]?.caption ?? '';
    const t = (vi: string, en: string) => bi({ vi, en }, this.language);
    return html`<section
      class="presenter"
      aria-label=${biText({ vi: 'Trình chiếu', en: 'Presentation' }, this.language)}
    >
      <input
        id="present-title"
        class="present-title"
        type="text"
        .value=${this.view.title ?? ''}
        placeholder=${mapView?.layer ? plainText(layerLabel(mapView.layer), this.language) : ''}
        aria-label=${biText({ vi: 'Tiêu đề', en: 'Title' }, this.language)}
        @change=${(e: Event) => this.setView({ title: (e.target as HTMLInputElement).value.trim() || null })}
      />
      <p id="present-caption" class="caption" aria-live="polite">${caption}</p>
      <div class="stepper">
        <button id="step-prev" ?disabled=${step <= 0} @click=${() => this.showStep(step - 1)}>
          ◀ ${t('Trước', 'Previous')}
        </button>
        <span id="step-count">${step + 1} / ${story.length}</span>
        <button
          id="step-next"
          ?disabled=${step >= story.length - 1}
          @click=${() => this.showStep(step + 1)}
        >
          ${t('Tiếp', 'Next')} ▶
        </button>
        <button id="present-exit" @click=${() => this.leavePresentation()}>
          ${t('Thoát', 'Exit')}
        </button>
      </div>
    </section>`;
  }

  /** The link, iframe and element for the view on screen, for the share dialog. */
  private readonly snippets = () => {
    const view = {
      ...this.view,
      layer: this.mapView?.layer ? layerKey(this.mapView.layer) : this.view.layer,
      camera: this.map?.camera() ?? this.view.camera,
    };
    const title =
      this.view.title ??
      (this.mapView?.layer
        ? plainText(layerLabel(this.mapView.layer), this.language)
        : 'ntp-atlas');
    const script = new URL('embed/ntp-atlas.js', document.baseURI).href;
    return shareSnippets(window.location.href, view, script, title);
  };

  /** The title typed for the view, or the name of the layer shown. */
  private viewTitle(mapView: MapView | null) {
    if (this.view.title) return this.view.title;
    return mapView?.layer ? bi(layerLabel(mapView.layer), this.language) : nothing;
  }

  /** Whether the values shown are aggregated from the units below (the legend says how). */
  private isAggregated(): boolean {
    const { mapView, current } = this;
    return !!(
      mapView?.layer &&
      current &&
      isAggregatedAt(mapView.layer, mapView.level, levelsOf(current.hierarchy.vintage))
    );
  }

  /** "ntm_criteria_met-2025-commune": what a saved file holds, in its name. */
  private fileBase(): string {
    const view = this.mapView;
    if (!view) return 'ntp-atlas';
    const period = view.change ? `${view.change.from}-${view.change.to}` : (view.period ?? '');
    return [this.view.layer, period, view.level, view.vintage]
      .filter(Boolean)
      .join('-')
      .replace(/[^a-z0-9_.-]+/gi, '_');
  }

  /** Each language named in itself, so a reader finds their own whatever is shown. */
  private renderLanguagePicker() {
    const names: Record<DisplayLanguage, string> = {
      both: 'Tiếng Việt · English',
      vi: 'Tiếng Việt',
      en: 'English',
    };
    return html`<label class="language">
      <span class="visually-hidden"
        >${biText({ vi: 'Ngôn ngữ', en: 'Language' }, this.language)}</span
      >
      <select
        id="language"
        @change=${(e: Event) =>
          this.setView({ language: (e.target as HTMLSelectElement).value as DisplayLanguage })}
      >
        ${(Object.keys(names) as DisplayLanguage[]).map(
          (language) =>
            html`<option
              value=${language}
              lang=${language === 'en' ? 'en' : 'vi'}
              translate="no"
              .selected=${language === this.language}
            >
              ${names[language]}
            </option>`,
        )}
      </select>
    </label>`;
  }

  override render() {
    const loaded = this.current;
    const mapView = this.mapView;
    const dataset = loaded?.dataset ?? null;
    const synthetic = dataset?.synthetic ?? false;
    const selected = this.view.selected
      ? loaded?.hierarchy.units.get(this.view.selected)
      : undefined;
    const trail =
      selected && loaded ? [...ancestorsOf(loaded.hierarchy, selected.code), selected] : [];
    return html`
      ${this.view.presenting ? this.renderPresenter(mapView) : nothing}
      <header class="top">
        <h1>
          ${
            this.embed
              ? this.viewTitle(mapView)
              : bi(
                  {
                    vi: 'Bản đồ các Chương trình mục tiêu quốc gia',
                    en: 'Atlas of the National Target Programs',
                  },
                  this.language,
                )
          }
        </h1>
        ${
          synthetic
            ? html`<span
                class="synthetic"
                role="note"
                title=${biText({ vi: 'Số liệu và địa giới hư cấu', en: 'Fictional figures and boundaries' }, this.language)}
                >${bi(SYNTHETIC_LABEL, this.language)}</span
              >`
            : nothing
        }
        ${dataset ? html`<span class="dataset">${bi(dataset.title, this.language)}</span>` : nothing}
        <div class="tools">
          ${this.renderLanguagePicker()}
          <button
            id="export-open"
            class="import"
            ?disabled=${!mapView?.layer}
            @click=${() => this.exporter.open()}
          >
            ${bi({ vi: 'Lưu hình', en: 'Export' }, this.language)}
          </button>
          <button id="share-open" class="import" @click=${() => this.sharer.open()}>
            ${bi({ vi: 'Chia sẻ', en: 'Share' }, this.language)}
          </button>
          <button id="import-open" class="import" @click=${() => void this.importer.open()}>
            ${bi({ vi: 'Nhập dữ liệu', en: 'Import data' }, this.language)}
          </button>
        </div>
      </header>
      <atlas-share
        .makeSnippets=${this.snippets}
        ?localData=${Object.values(this.sources).some((files) =>
          [...files.boundaries, ...(files.indicators ? [files.indicators] : [])].some(
            (file) => !('url' in file),
          ),
        )}
      ></atlas-share>
      <atlas-export
        .makeFigure=${this.makeFigure}
        .figureTitle=${this.view.title}
        .fileBase=${this.fileBase()}
        @atlas-title=${(e: CustomEvent<string>) => this.setView({ title: e.detail || null })}
      ></atlas-export>
      <atlas-import
        .current=${this.sources}
        .shownVintage=${this.view.vintage}
        .periodHint=${dataset?.periods[dataset.periods.length - 1] ?? null}
        .geographies=${Object.fromEntries(Object.entries(this.data).map(([v, d]) => [v, d.hierarchy]))}
        @atlas-imported=${(e: CustomEvent<ImportedDetail>) => this.showImported(e.detail)}
        @atlas-crosswalk=${(e: CustomEvent<{ crosswalk: Crosswalk; name: string }>) => {
          this.crosswalk = e.detail.crosswalk;
          this.crosswalkName = e.detail.name;
        }}
      ></atlas-import>
      ${this.error ? html`<div class="error" role="alert">${bi(this.error, this.language)}<button aria-label=${biText({ vi: 'Đóng', en: 'Close' }, this.language)} @click=${() => (this.error = null)}>×</button></div>` : nothing}
      <section
        class="controls"
        aria-label=${biText({ vi: 'Điều khiển', en: 'Controls' }, this.language)}
      >
        ${this.renderControls(loaded, mapView)}
      </section>
      <atlas-breadcrumbs
        .trail=${trail}
        @atlas-crumb=${(e: CustomEvent<UnitCode | null>) => this.drill(e.detail)}
      ></atlas-breadcrumbs>
      <main class="body ${this.panelOpen ? 'with-panel' : ''}">
        ${
          this.panelOpen
            ? html`<nav
                class="layers"
                aria-label=${biText({ vi: 'Lớp chỉ tiêu', en: 'Indicator layers' }, this.language)}
              >
                <atlas-layer-panel
                  .layers=${this.layersShown(loaded, mapView)}
                  .current=${mapView?.layer ? layerKey(mapView.layer) : ''}
                  @atlas-layer=${(e: CustomEvent<string>) => this.setLayer(e.detail)}
                ></atlas-layer-panel>
              </nav>`
            : nothing
        }
        <div class="centre">
          <div class="map-wrap ${this.pairShown ? 'pair' : ''}">
            <div
              id="map"
              role="region"
              aria-label=${biText({ vi: 'Bản đồ', en: 'Map' }, this.language)}
            ></div>
            ${this.renderTooltip(loaded, mapView)} ${this.renderPair()}
            ${
              loaded
                ? nothing
                : html`<p class="loading">
                    ${
                      this.failed[this.view.vintage]
                        ? bi(
                            {
                              vi: 'Không tải được dữ liệu (xem thông báo phía trên)',
                              en: 'The data could not be loaded (see the message above)',
                            },
                            this.language,
                          )
                        : bi({ vi: 'Đang tải dữ liệu…', en: 'Loading data…' }, this.language)
                    }
                  </p>`
            }
          </div>
          ${
            this.tableOpen && mapView?.layer
              ? html`<atlas-unit-table
                  class="table"
                  .view=${mapView}
                  .rows=${this.rows}
                  .hovered=${this.hover?.code ?? this.tableHover}
                  .selected=${this.view.selected}
                  .fileName=${`ntp-atlas-${layerKey(mapView.layer)}-${mapView.level}-${mapView.change ? `${mapView.change.from}-${mapView.change.to}` : (mapView.period ?? '')}`}
                  @atlas-select=${(e: CustomEvent<UnitCode>) => this.select(e.detail)}
                  @atlas-hover=${(e: CustomEvent<UnitCode | null>) => this.hoverFromTable(e.detail)}
                ></atlas-unit-table>`
              : nothing
          }
        </div>
        <aside class="side">
          ${mapView?.notice ? html`<p class="notice" role="status">${bi(mapView.notice, this.language)}</p>` : nothing}
          <atlas-legend
            .layer=${mapView?.layer ?? null}
            .classification=${mapView?.classification ?? null}
            .counts=${mapView?.classCounts ?? []}
            .noDataCount=${mapView?.noDataCount ?? 0}
            .period=${mapView?.period ?? null}
            .compare=${mapView?.change?.from ?? null}
            .unitsLabel=${mapView ? LEVEL_LABELS[mapView.level] : LEVEL_LABELS.commune}
            .source=${dataset?.source ?? null}
            .filter=${mapView?.filter ?? new Set()}
            .basis=${mapView?.classBasis ?? null}
            .note=${this.levelNote}
            .vintage=${loaded?.hierarchy.vintage ?? null}
            ?aggregated=${this.isAggregated()}
            ?synthetic=${synthetic}
            @atlas-filter=${(e: CustomEvent<number | null>) => this.toggleFilter(e.detail)}
            @atlas-emphasize=${(e: CustomEvent<number | null>) => this.emphasize(e.detail)}
          ></atlas-legend>
          ${
            mapView?.layer
              ? html`<details class="classing" id="classing-details">
                    <summary>
                      ${bi({ vi: 'Phân lớp và màu', en: 'Classes and colours' }, this.language)}
                    </summary>
                    <atlas-classing
                      .layer=${mapView.layer}
                      .classification=${mapView.classification}
                      .choice=${this.view.classing}
                      ?change=${mapView.change !== null}
                      @atlas-classing=${(e: CustomEvent<Partial<ClassingChoice>>) => this.setClassing(e.detail)}
                    ></atlas-classing>
                  </details>
                  <details class="classing" id="story-details" ?open=${this.view.story.length > 0}>
                    <summary>
                      ${bi({ vi: `Câu chuyện trình chiếu (${this.view.story.length})`, en: `Story (${this.view.story.length})` }, this.language)}
                    </summary>
                    <atlas-story
                      .steps=${this.view.story}
                      .storyTitle=${this.view.title}
                      @atlas-story-add=${(e: CustomEvent<string>) => this.addStep(e.detail)}
                      @atlas-story-change=${(
                        e: CustomEvent<{ steps: readonly StoryStep[]; title?: string | null }>,
                      ) =>
                        this.setView({
                          story: e.detail.steps,
                          step: 0,
                          ...(e.detail.title !== undefined ? { title: e.detail.title } : {}),
                        })}
                      @atlas-story-show=${(e: CustomEvent<number>) => this.showStep(e.detail)}
                      @atlas-present=${() => this.present()}
                    ></atlas-story>
                  </details>
                  <atlas-histogram
                    .histogram=${this.histogram}
                    .classification=${mapView.classification}
                    .unitsLabel=${LEVEL_LABELS[mapView.level]}
                    @atlas-highlight=${(e: CustomEvent<readonly UnitCode[] | null>) => this.emphasize(e.detail)}
                  ></atlas-histogram>`
              : nothing
          }
          ${
            selected
              ? html`<atlas-detail
                  .unit=${selected}
                  .hierarchy=${loaded?.hierarchy ?? null}
                  .indicators=${dataset}
                  .period=${mapView?.period ?? null}
                  .layer=${mapView?.layer ?? null}
                  @atlas-close=${() => this.select(null)}
                  @atlas-drill=${(e: CustomEvent<UnitCode>) => this.drill(e.detail)}
                  @atlas-zoom=${(e: CustomEvent<UnitCode>) => {
                    const bbox = this.boundsFor(e.detail);
                    if (bbox) this.map?.fitBounds(bbox, true);
                  }}
                ></atlas-detail>`
              : nothing
          }
          ${this.renderPairSide()} ${this.renderCrosswalkProblems()}
          ${
            selected && this.crosswalk && selected.vintage === this.crosswalk.to
              ? html`<atlas-predecessors
                  .unit=${selected}
                  .crosswalk=${this.crosswalk}
                  .oldHierarchy=${this.data[this.crosswalk.from]?.hierarchy ?? null}
                  .oldDataset=${this.data[this.crosswalk.from]?.dataset ?? null}
                  .layerKey=${mapView?.layer ? layerKey(mapView.layer) : this.view.layer}
                ></atlas-predecessors>`
              : nothing
          }
        </aside>
      </main>
    `;
  }

  private layersShown(loaded: LoadedVintage | undefined, mapView: MapView | null) {
    const dataset = loaded?.dataset;
    if (!dataset || !mapView) return [];
    return layersAt(dataset.indicators, mapView.level, levelsOf(loaded.hierarchy.vintage));
  }

  private renderControls(loaded: LoadedVintage | undefined, mapView: MapView | null) {
    const vintage = this.view.vintage;
    const levels = levelsOf(vintage);
    const dataset = loaded?.dataset;
    return html`
      <label
        >${bi({ vi: 'Địa giới', en: 'Boundaries' }, this.language)}
        <select
          id="vintage"
          @change=${(e: Event) => void this.changeVintage((e.target as HTMLSelectElement).value as Vintage)}
        >
          ${VINTAGES.filter((v) => this.sources[v]).map(
            (v) =>
              html`<option value=${v} .selected=${v === vintage}>
                ${biText(v === '2021' ? { vi: 'Trước 1/7/2025 (3 cấp)', en: 'Before 1 Jul 2025 (3 levels)' } : { vi: 'Từ 1/7/2025 (2 cấp)', en: 'From 1 Jul 2025 (2 levels)' }, this.language)}
              </option>`,
          )}
        </select></label
      >
      <label
        >${bi({ vi: 'Cấp', en: 'Level' }, this.language)}
        <select
          id="level"
          @change=${(e: Event) => this.setLevel((e.target as HTMLSelectElement).value as Level)}
        >
          ${levels.map((level) => html`<option value=${level} .selected=${level === mapView?.level}>${biText(LEVEL_LABELS[level], this.language)}</option>`)}
        </select></label
      >
      <atlas-period
        .periods=${dataset?.periods ?? []}
        .period=${mapView?.period ?? null}
        .compare=${mapView?.change?.from ?? null}
        @atlas-period=${(e: CustomEvent<string>) =>
          // Classes computed per year change with the year, and a filter by class with them.
          this.setView({
            period: e.detail,
            filter: this.view.classing.basis === 'period' ? [] : this.view.filter,
          })}
        @atlas-compare=${(e: CustomEvent<string | null>) => this.setView({ compare: e.detail, filter: [] })}
      ></atlas-period>
      <div class="toggles">
        <button
          id="pair-toggle"
          aria-pressed=${this.pairShown ? 'true' : 'false'}
          ?disabled=${!this.crosswalk || !this.sources[this.crosswalk.to] || !this.sources[this.crosswalk.from]}
          title=${biText({ vi: 'Địa giới cũ và mới cạnh nhau, cùng một chỉ tiêu', en: 'The old and new units side by side, same indicator' }, this.language)}
          @click=${() => void this.togglePair()}
        >
          ${bi({ vi: 'Cũ và mới', en: 'Old and new' }, this.language)}
        </button>
        <button
          id="names-toggle"
          aria-pressed=${this.view.names ? 'true' : 'false'}
          title=${biText({ vi: 'Ghi tên đơn vị trên bản đồ (tên quần đảo Hoàng Sa, Trường Sa luôn được ghi)', en: "Write the units' names on the map (Hoàng Sa and Trường Sa are always named)" }, this.language)}
          @click=${() => this.setView({ names: !this.view.names })}
        >
          ${bi({ vi: 'Tên', en: 'Names' }, this.language)}
        </button>
        <button
          id="panel-toggle"
          aria-pressed=${this.panelOpen ? 'true' : 'false'}
          @click=${() => {
            this.panelOpen = !this.panelOpen;
            void this.updateComplete.then(() => this.map?.resize());
          }}
        >
          ${bi({ vi: 'Lớp chỉ tiêu', en: 'Layers' }, this.language)}
        </button>
        <button
          id="table-toggle"
          aria-pressed=${this.tableOpen ? 'true' : 'false'}
          ?disabled=${!mapView?.layer}
          @click=${() => {
            this.tableOpen = !this.tableOpen;
            void this.updateComplete.then(() => this.map?.resize());
          }}
        >
          ${bi({ vi: 'Bảng', en: 'Table' }, this.language)}
        </button>
      </div>
      <atlas-search
        class="search"
        .hierarchy=${loaded?.hierarchy ?? null}
        .crosswalk=${this.crosswalk}
        .formerHierarchy=${this.crosswalk ? (this.data[this.crosswalk.from]?.hierarchy ?? null) : null}
        @atlas-search-focus=${() => {
          // Looking up an old name needs the former geography: read it now, in the background.
          if (this.crosswalk && vintage === this.crosswalk.to)
            void this.ensureVintage(this.crosswalk.from);
        }}
        @atlas-pick=${(e: CustomEvent<UnitCode>) => this.pick(e.detail)}
      ></atlas-search>
    `;
  }

  /** The new geography's map beside the old one, with a caption over each and what is linked. */
  private renderPair() {
    const crosswalk = this.crosswalk;
    if (!this.pairShown || !crosswalk) return nothing;
    const target = this.data[crosswalk.to];
    return html`<p class="pane-caption left">
        ${bi({ vi: 'Trước 1/7/2025: đơn vị cũ, số liệu báo cáo', en: 'Before 1 Jul 2025: old units, as reported' }, this.language)}
      </p>
      <atlas-pair-map
        .loaded=${target ?? null}
        .view=${this.pairView}
        .linked=${this.linkedOnPair()}
        .selected=${this.view.pairSelected}
        .names=${this.view.names}
        .startCamera=${this.map?.camera() ?? null}
        @atlas-pair-hover=${(e: CustomEvent<UnitCode | null>) => (this.pairHover = e.detail)}
        @atlas-pair-select=${(e: CustomEvent<UnitCode | null>) => this.setView({ pairSelected: e.detail })}
        @atlas-pair-move=${(e: CustomEvent<Camera>) => this.map?.follow(e.detail)}
        @atlas-pair-moveend=${(e: CustomEvent<Camera>) => this.setView({ camera: e.detail })}
      ></atlas-pair-map>
      <p class="pane-caption right">
        ${bi({ vi: 'Từ 1/7/2025: đơn vị mới, tính lại từ đơn vị cũ', en: 'From 1 Jul 2025: new units, recomputed from the old' }, this.language)}
      </p>
      ${
        target
          ? nothing
          : html`<p class="loading pair-loading">
              ${bi({ vi: 'Đang tải địa giới mới…', en: 'Loading the new units…' }, this.language)}
            </p>`
      }
      <p id="pair-note" class="pair-note" role="status" aria-live="polite">${this.linkNote()}</p>`;
  }

  /** In words, for everyone and for screen readers: which units the outlines link. */
  private linkNote() {
    const crosswalk = this.crosswalk;
    const old = crosswalk ? this.data[crosswalk.from] : undefined;
    const target = crosswalk ? this.data[crosswalk.to] : undefined;
    if (!crosswalk || !old || !target) return nothing;
    const newCode = this.pairHover ?? (this.hover ? null : this.view.pairSelected);
    if (newCode) {
      const unit = target.hierarchy.units.get(newCode);
      const names = this.linkedOnMain().map((c) => old.hierarchy.units.get(c)?.name ?? c);
      if (!unit) return nothing;
      return bi(
        {
          vi: `${unit.name} (mới) gồm ${names.length} đơn vị cũ: ${names.join(', ')}`,
          en: `${unit.name} (new) was formed from ${names.length} old units: ${names.join(', ')}`,
        },
        this.language,
      );
    }
    const oldCode = this.hover?.code ?? this.tableHover ?? this.view.selected;
    const unit = oldCode ? old.hierarchy.units.get(oldCode) : undefined;
    if (!unit) {
      return bi(
        {
          vi: 'Trỏ vào một đơn vị để thấy các đơn vị tương ứng ở bản đồ bên kia (viền cam)',
          en: 'Point at a unit to see the matching units on the other map (orange outline)',
        },
        this.language,
      );
    }
    const names = this.linkedOnPair().map((c) => target.hierarchy.units.get(c)?.name ?? c);
    return bi(
      {
        vi: `${unit.name} (cũ) nay thuộc ${names.length} đơn vị mới: ${names.join(', ')}`,
        en: `${unit.name} (old) is now in ${names.length} new units: ${names.join(', ')}`,
      },
      this.language,
    );
  }

  /** Problems of the crosswalk in use, folded: the links that are fine are still used. */
  private renderCrosswalkProblems() {
    const problems = this.crosswalkProblems;
    if (problems.length === 0 || !this.crosswalk) return nothing;
    const shown = problems.slice(0, 20);
    return html`<details id="crosswalk-problems" class="notice">
      <summary>
        ${bi({ vi: `Bảng chuyển đổi ${this.crosswalkName}: ${problems.length} vấn đề`, en: `Crosswalk ${this.crosswalkName}: ${problems.length} problems` }, this.language)}
      </summary>
      <ul>
        ${shown.map((p) => html`<li>${bi(problemLine('', p.where, p.message), this.language)}</li>`)}
        ${problems.length > shown.length ? html`<li>… ${problems.length - shown.length}</li>` : nothing}
      </ul>
    </details>`;
  }

  /** Beside the two maps: the right-hand map's legend, and the new unit picked there. */
  private renderPairSide() {
    const crosswalk = this.crosswalk;
    const pairView = this.pairView;
    if (!this.pairShown || !crosswalk || !pairView) return nothing;
    const old = this.data[crosswalk.from];
    const target = this.data[crosswalk.to];
    const picked = this.view.pairSelected
      ? target?.hierarchy.units.get(this.view.pairSelected)
      : undefined;
    return html`<atlas-legend
        id="pair-legend"
        .layer=${pairView.layer}
        .classification=${pairView.classification}
        .counts=${pairView.classCounts}
        .noDataCount=${pairView.noDataCount}
        .period=${pairView.period}
        .compare=${pairView.change?.from ?? null}
        .unitsLabel=${LEVEL_LABELS[pairView.level]}
        .source=${old?.dataset?.source ?? null}
        .filter=${new Set()}
        .basis=${null}
        .note=${
          pairView.sharedClasses
            ? {
                vi: 'Bản đồ bên phải: kết quả của đơn vị cũ tính lại cho đơn vị mới, cùng thang màu với bản đồ bên trái',
                en: 'Right-hand map: the old units’ results recomputed for the new units, on the same classes as the left',
              }
            : {
                vi: 'Bản đồ bên phải: kết quả của đơn vị cũ tính lại cho đơn vị mới',
                en: 'Right-hand map: the old units’ results recomputed for the new units',
              }
        }
        .vintage=${pairView.vintage}
        .rule=${pairView.layer ? reaggregationRule(pairView.layer) : null}
        ?passive=${true}
        ?synthetic=${old?.dataset?.synthetic ?? false}
      ></atlas-legend>
      ${pairView.notice ? html`<p class="notice" role="status">${bi(pairView.notice, this.language)}</p>` : nothing}
      ${
        picked
          ? html`<atlas-predecessors
              id="pair-predecessors"
              .unit=${picked}
              .crosswalk=${crosswalk}
              .oldHierarchy=${old?.hierarchy ?? null}
              .oldDataset=${old?.dataset ?? null}
              .layerKey=${pairView.layer ? layerKey(pairView.layer) : this.view.layer}
              .period=${pairView.period}
            ></atlas-predecessors>`
          : nothing
      }`;
  }

  private renderTooltip(loaded: LoadedVintage | undefined, mapView: MapView | null) {
    const hover = this.hover;
    if (!hover || !loaded || !mapView) return nothing;
    const unit = loaded.hierarchy.units.get(hover.code);
    if (!unit) return nothing;
    const parent = unit.parent ? loaded.hierarchy.units.get(unit.parent) : undefined;
    return unitTooltip(
      mapView,
      hover.code,
      { name: unit.name, parent: parent?.name },
      hover,
      this.language,
    );
  }
}

/** What a derived view depends on: the language, title and story change words only. */
function derivedKey(view: ViewState): string {
  return JSON.stringify({
    ...view,
    camera: null,
    language: null,
    title: null,
    story: null,
    step: null,
    presenting: null,
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'ntp-atlas-app': AtlasApp;
  }
}
