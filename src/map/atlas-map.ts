import {
  Map as MapLibreMap,
  importScriptInWorkers,
  setWorkerUrl,
  type GeoJSONSource,
  type MapGeoJSONFeature,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import keepDataUrl from './maplibre-worker-keep-data.mjs?url';
import type { FeatureCollection, Point } from 'geojson';
import { ISLAND_NO_DATA_FILL, type ArchipelagoDrawing } from '../core/archipelagos';
import type { UnitFeature } from '../core/boundary-file';
import type { Level, UnitCode } from '../core/units';
import type { Camera } from '../core/view-state';
import { ArchipelagoNames } from './archipelago-names';
import { FeatureStateBatch } from './feature-state-batch';
import {
  HATCH_IMAGE,
  LABEL_MIN_ZOOM,
  LAYER,
  MAP_BACKGROUND,
  OUTLINE_MIN_ZOOM,
  SOURCE_HOVER,
  SOURCE_ISLANDS,
  SOURCE_LABELS,
  SOURCE_LANDMARKS,
  SOURCE_LINKED,
  SOURCE_NO_DATA,
  SOURCE_SELECTION,
  SOURCE_UNITS,
  buildStyle,
  hatchImage,
  outlineWidthAt,
  parentOutlineWidthAt,
} from './style';

import type { MapDrawing } from '../core/figure';
export { default as mapLibreCss } from 'maplibre-gl/dist/maplibre-gl.css?inline';

// The worker ships as its own file; Vite serves it from our origin.
setWorkerUrl(workerUrl);

/**
 * Keeps GeoJSON loaded by URL in MapLibre's workers instead of posting it back
 * to the page (see maplibre-worker-keep-data.mjs): a 180 MB import otherwise
 * costs the page a 0.4 s task. A failure leaves MapLibre as it is. Its address
 * is resolved against this module, so an atlas embedded in another page
 * finds it too.
 */
const workersPatched: Promise<void> = importScriptInWorkers(
  new URL(keepDataUrl, import.meta.url).href,
).catch((error: unknown) => console.warn('MapLibre worker patch not loaded', error));

/** Transparent: units without data show the hatch drawn under them. */
const NO_FILL = 'rgba(0,0,0,0)';

/** Where the map asks for geometry it draws apart from the units: label points and single outlines. */
export interface UnitGeometry {
  labels(): Promise<FeatureCollection<Point>>;
  features(codes: readonly UnitCode[]): Promise<UnitFeature[]>;
}

/** A request to a worker that was stopped (a newer load replaced it) needs no answer. */
function ignoreCancelled(error: unknown): void {
  if ((error as Error)?.name !== 'LoadCancelled') console.error(error);
}

export interface AtlasMapHandlers {
  onHover(code: UnitCode | null, point: { x: number; y: number } | null): void;
  onClick(code: UnitCode | null): void;
  /** Fired after the user (not code) moved the map. */
  onMoveEnd(camera: Camera): void;
  /** Fired on every frame of any move, for a map beside this one to follow. */
  onMove?(camera: Camera): void;
  onIdle(): void;
}

/**
 * The only door to MapLibre. Components speak to it in intents: show these
 * units, colour them so, highlight, fit. Colours go into feature-state under
 * paint expressions that never change, which restyles in one repaint
 * (see the benchmark table in the README).
 */

export class AtlasMap {
  private readonly map: MapLibreMap;
  private readonly ready: Promise<void>;
  private codes: UnitCode[] = [];
  private geometry: UnitGeometry | null = null;
  private displayUrl: string | null = null;
  private noDataPending: Promise<void> | null = null;
  /** Geometry asked of the worker and not yet drawn: the map is not idle until it is. */
  private awaitingGeometry = 0;
  /**
   * What each unit's feature-state holds now, by its place in `codes`, so a
   * restyle touches only what changed. Arrays, not a map by code: a restyle
   * of 10,600 communes then reads them without hashing a code.
   */
  private paintedFill: (string | undefined)[] = [];
  private paintedDim = new Uint8Array(0);
  /**
   * 1 at the place (in `codes`) of each unit with island dots, whose state is
   * set on the islands source too: read by position, like the painted fills.
   */
  private hasIslands = new Uint8Array(0);
  private readonly archipelagoNames: ArchipelagoNames;
  private noDataKey = '';
  private level: Level;
  private parentLevel: Level | undefined;
  private labelsShown = false;
  /** Whether units' names are wanted at all (the person may hide them). */
  private namesWanted = true;
  private hovered: UnitCode | null = null;
  /** Units faded because something else is being pointed at (a histogram bar, a legend class). */
  private faded = new Set<UnitCode>();
  private selected: UnitCode | null = null;
  private linkedKey = '';
  /**
   * While code moves the map (a fit, a jump, following another map): such
   * moves start synchronously inside the call, so any other move is a person's.
   */
  private movedByCode = false;
  private readonly resizeObserver: ResizeObserver;
  private readonly handlers: AtlasMapHandlers;
  /** While this map follows another one's camera: its moves are not sent back. */
  private following = false;
  /** Whether the current camera move was started by the user (and so belongs in the URL). */
  private userMoving = false;

  constructor(
    container: HTMLElement,
    level: Level,
    parentLevel: Level | undefined,
    handlers: AtlasMapHandlers,
    /** A boundary file to start reading at once, before it has been checked (see setUnits). */
    unitsUrl: string | null = null,
    /** False for a still picture: no pan, zoom, hover or click. */
    interactive = true,
  ) {
    this.level = level;
    this.parentLevel = parentLevel;
    this.displayUrl = unitsUrl;
    this.map = new MapLibreMap({
      container,
      // The units source is filled at style load, once the workers are patched.
      style: buildStyle(level, parentLevel, MAP_BACKGROUND),
      center: [105.5, 16],
      zoom: 4,
      attributionControl: false,
      interactive,
      // Resized by our own observer, so a resize is never taken for a move the user made.
      trackResize: false,
      doubleClickZoom: false,
      // Keeps the canvas readable for export and for pixel checks in tests.
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.handlers = handlers;
    this.archipelagoNames = new ArchipelagoNames(this.map);
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(container);
    // The style (all inline) is ready long before the first full render ('load'):
    // data handed over at 'style.load' starts its tiling that much sooner.
    this.ready = new Promise((resolve) => {
      this.map.once('style.load', () => {
        this.map.addImage(HATCH_IMAGE, hatchImage());
        void workersPatched.then(() => {
          if (this.displayUrl) this.source(SOURCE_UNITS).setData(this.displayUrl);
          resolve();
        });
      });
    });
    // A unit is pointed at through its fill or, for an island too small to see,
    // its dot: one query per pointer move for both. While the map is dragged
    // or zoomed what lies under the pointer changes every frame, and hover
    // outlines would be asked of the worker and re-tiled each time: hover
    // waits until the map stands still (benchmark: pan frames).
    this.map.on('mousemove', (event) => {
      if (this.map.isMoving() || (event.originalEvent as MouseEvent).buttons !== 0) return;
      const [feature] = this.map.queryRenderedFeatures(event.point, {
        layers: [LAYER.islands, LAYER.fill],
      });
      this.pointAt(codeOf(feature), event.point);
    });
    this.map.on('mouseout', () => this.pointAt(null, null));
    this.map.on('dragstart', () => this.pointAt(null, null));
    this.map.on('click', (event) => {
      const [feature] = this.map.queryRenderedFeatures(event.point, {
        layers: [LAYER.islands, LAYER.fill],
      });
      handlers.onClick(codeOf(feature));
    });
    // Moves made by code start inside our own calls; MapLibre does not mark every
    // move a person makes (a wheel zoom's movestart carries no originalEvent).
    this.map.on('movestart', () => {
      if (!this.movedByCode) this.userMoving = true;
    });
    this.map.on('moveend', () => {
      if (!this.userMoving) return;
      this.userMoving = false;
      handlers.onMoveEnd(this.camera());
    });
    this.map.on('move', () => {
      if (!this.following) handlers.onMove?.(this.camera());
    });
    this.map.on('idle', () => handlers.onIdle());
    this.map.on('zoomend', () => this.showLabelsWhenReadable());
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  /**
   * Replaces every unit drawn (all levels of one vintage). The GeoJSON goes
   * to MapLibre's worker by address (a checked file that draws as it is, or
   * an object URL of the prepared copy), so the page never parses or copies
   * it; single outlines and label points are asked of `geometry` when needed.
   */
  async setUnits(
    display: Blob | string,
    codes: readonly UnitCode[],
    geometry: UnitGeometry,
    archipelagos: ArchipelagoDrawing,
  ): Promise<void> {
    await this.ready;
    this.codes = [...codes];
    const withIslands = new Set(archipelagos.islands.features.map((f) => f.properties.code));
    this.hasIslands = Uint8Array.from(codes, (code) => (withIslands.has(code) ? 1 : 0));
    this.source(SOURCE_ISLANDS).setData(archipelagos.islands);
    this.archipelagoNames.show(archipelagos.labels);
    this.source(SOURCE_LANDMARKS).setData(archipelagos.landmarks);
    this.geometry = geometry;
    this.paintedFill = new Array<string | undefined>(codes.length).fill(undefined);
    this.paintedDim = new Uint8Array(codes.length);
    this.faded.clear();
    this.noDataKey = '';
    const previous = this.displayUrl;
    // The file the map started reading at creation needs no second reading.
    if (typeof display !== 'string' || display !== previous) {
      this.displayUrl = typeof display === 'string' ? display : URL.createObjectURL(display);
      this.source(SOURCE_UNITS).setData(this.displayUrl);
      // The old URL may still be being read by MapLibre's worker; let it go once the new data is in.
      if (previous?.startsWith('blob:')) this.map.once('idle', () => URL.revokeObjectURL(previous));
    }
    this.labelsShown = false;
    this.source(SOURCE_LABELS).setData({ type: 'FeatureCollection', features: [] });
    this.showLabelsWhenReadable();
    this.hovered = null;
    this.selected = null;
    this.outline(SOURCE_HOVER, null);
    this.outline(SOURCE_SELECTION, null);
    this.linkedKey = '-';
    this.setLinked([]);
  }

  /** Shows one level, with the level above outlined for orientation. */
  setLevel(level: Level, parentLevel: Level | undefined): void {
    this.level = level;
    this.parentLevel = parentLevel;
    const atLevel = ['==', ['get', 'level'], level] as never;
    this.map.setFilter(LAYER.fill, atLevel);
    this.map.setFilter(LAYER.outline, atLevel);
    this.map.setLayerZoomRange(LAYER.outline, OUTLINE_MIN_ZOOM[level], 24);
    this.map.setFilter(LAYER.labels, [
      'all',
      atLevel,
      ['>=', ['zoom'], LABEL_MIN_ZOOM[level]],
    ] as never);
    this.map.setFilter(LAYER.parentOutline, ['==', ['get', 'level'], parentLevel ?? '-'] as never);
    this.map.setLayoutProperty(LAYER.labels, 'text-size', level === 'commune' ? 11 : 13);
    this.showLabelsWhenReadable();
  }

  /** Hides or shows units' names; the archipelagos' names stay. */
  setNamesShown(shown: boolean): void {
    if (shown === this.namesWanted) return;
    this.namesWanted = shown;
    // The style may still be loading: the layer exists once it is ready.
    void this.ready.then(() =>
      this.map.setLayoutProperty(LAYER.labels, 'visibility', this.namesWanted ? 'visible' : 'none'),
    );
  }

  private showLabelsWhenReadable(): void {
    const geometry = this.geometry;
    if (this.labelsShown || !geometry || this.map.getZoom() < LABEL_MIN_ZOOM[this.level]) return;
    this.labelsShown = true;
    void this.awaiting(geometry.labels()).then((labels) => {
      if (this.geometry === geometry) this.source(SOURCE_LABELS).setData(labels);
    }, ignoreCancelled);
  }

  /**
   * Colours the units: `fillOf` gives a CSS colour per code, or null for "no
   * data", drawn as a hatch. Units for which `isDimmed` is true are faded (and
   * never hatched, so fading cannot read as "no data").
   */
  paint(
    fillOf: (code: UnitCode) => string | null | undefined,
    isDimmed: (code: UnitCode) => boolean,
  ): void {
    const noData: UnitCode[] = [];
    let noDataKey = '';
    const codes = this.codes;
    const states = new FeatureStateBatch(this.map, SOURCE_UNITS);
    const islandStates = new FeatureStateBatch(this.map, SOURCE_ISLANDS);
    // One state object for every unit: MapLibre copies what it keeps, and
    // 10,600 objects per restyle would be garbage the next frame collects.
    const state = { fill: '', dim: false };
    for (let i = 0; i < codes.length; i += 1) {
      const code = codes[i] as UnitCode;
      const given = fillOf(code);
      const fill = given ?? NO_FILL;
      const dim = isDimmed(code);
      if (given === null && !dim) {
        noDataKey += `${code},`;
        noData.push(code);
      }
      if (this.paintedFill[i] === fill && this.paintedDim[i] === (dim ? 1 : 0)) continue;
      this.paintedFill[i] = fill;
      this.paintedDim[i] = dim ? 1 : 0;
      state.fill = fill;
      state.dim = dim;
      states.set(code, state);
      if (this.hasIslands[i] === 1) {
        // An island's dot cannot carry the hatch: no data is the hatch's light ink in its ring.
        state.fill = given === null ? ISLAND_NO_DATA_FILL : fill;
        islandStates.set(code, state);
      }
    }
    states.finish();
    islandStates.finish();
    if (noDataKey !== this.noDataKey && this.geometry) {
      this.noDataKey = noDataKey;
      const pending = (this.noDataPending = this.awaiting(this.geometry.features(noData)).then(
        (features) => {
          if (this.noDataPending !== pending) return;
          this.source(SOURCE_NO_DATA).setData({ type: 'FeatureCollection', features });
        },
        ignoreCancelled,
      ));
    }
  }

  /**
   * Brings a set of units forward by fading every other one (null: none
   * faded). Colours are untouched, so the classes still read.
   */
  emphasize(codes: ReadonlySet<UnitCode> | null): void {
    const states = new FeatureStateBatch(this.map, SOURCE_UNITS);
    const islandStates = new FeatureStateBatch(this.map, SOURCE_ISLANDS);
    const state = { faded: false };
    this.codes.forEach((code, i) => {
      const fade = codes !== null && !codes.has(code);
      if (fade === this.faded.has(code)) return;
      if (fade) this.faded.add(code);
      else this.faded.delete(code);
      state.faded = fade;
      states.set(code, state);
      if (this.hasIslands[i] === 1) islandStates.set(code, state);
    });
    states.finish();
    islandStates.finish();
  }

  /** The unit under the pointer (null: none), told to the handlers and outlined. */
  private pointAt(code: UnitCode | null, point: { x: number; y: number } | null): void {
    if (code === null && this.hovered === null) return;
    this.setHover(code);
    this.handlers.onHover(code, code && point ? { x: point.x, y: point.y } : null);
    this.map.getCanvas().style.cursor = code ? 'pointer' : '';
  }

  setHover(code: UnitCode | null): void {
    if (code === this.hovered) return;
    this.hovered = code;
    this.outline(SOURCE_HOVER, code);
  }

  setSelected(code: UnitCode | null): void {
    if (code === this.selected) return;
    this.selected = code;
    this.outline(SOURCE_SELECTION, code);
  }

  /**
   * Outlines units linked to one pointed at on the other geography's map
   * (orange on white): a new commune's predecessors, an old one's successors.
   */
  setLinked(codes: readonly UnitCode[]): void {
    const key = codes.join(',');
    if (key === this.linkedKey) return;
    this.linkedKey = key;
    const empty = { type: 'FeatureCollection' as const, features: [] };
    if (codes.length === 0 || !this.geometry) {
      this.source(SOURCE_LINKED).setData(empty);
      return;
    }
    void this.awaiting(this.geometry.features(codes)).then((features) => {
      if (this.linkedKey === key) this.source(SOURCE_LINKED).setData({ ...empty, features });
    }, ignoreCancelled);
  }

  /** Moves with another map: the same centre and zoom, at once, without echoing the move back. */
  follow(camera: Camera): void {
    this.following = true;
    try {
      this.jumpTo(camera);
    } finally {
      this.following = false;
    }
  }

  fitBounds(bbox: readonly [number, number, number, number], animate: boolean): void {
    this.byCode(() =>
      this.map.fitBounds(
        [
          [bbox[0], bbox[1]],
          [bbox[2], bbox[3]],
        ],
        { padding: 40, animate, duration: animate ? 600 : 0 },
      ),
    );
  }

  jumpTo(camera: Camera): void {
    this.byCode(() => this.map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom }));
  }

  /** Runs a camera change made by code: its move is not taken for the user's. */
  private byCode(move: () => void): void {
    this.movedByCode = true;
    try {
      move();
    } finally {
      this.movedByCode = false;
    }
  }

  camera(): Camera {
    const centre = this.map.getCenter();
    return { lng: centre.lng, lat: centre.lat, zoom: this.map.getZoom() };
  }

  /** Whether the map has drawn everything it was asked to. */
  isIdle(): boolean {
    return (
      this.awaitingGeometry === 0 &&
      this.map.loaded() &&
      this.map.areTilesLoaded() &&
      !this.map.isMoving()
    );
  }

  /**
   * How the map draws at this moment, for an export that must look the same:
   * camera, size, and the line widths and labels its style gives at this zoom.
   */
  drawing(): MapDrawing {
    const zoom = this.map.getZoom();
    const container = this.map.getContainer();
    return {
      camera: this.camera(),
      width: container.clientWidth,
      height: container.clientHeight,
      background: MAP_BACKGROUND,
      level: this.level,
      parentLevel: this.parentLevel,
      outlineWidth: zoom >= OUTLINE_MIN_ZOOM[this.level] ? outlineWidthAt(zoom) : 0,
      parentOutlineWidth: parentOutlineWidthAt(zoom),
      labels: this.namesWanted && zoom >= LABEL_MIN_ZOOM[this.level],
      labelSize: this.level === 'commune' ? 11 : 13,
    };
  }

  /** The canvas, for exports and pixel checks. */
  canvas(): HTMLCanvasElement {
    return this.map.getCanvas();
  }

  resize(): void {
    this.byCode(() => this.map.resize());
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    if (this.displayUrl) URL.revokeObjectURL(this.displayUrl);
    this.map.remove();
  }

  /** Counts a worker request until its answer is handed to the map. */
  private awaiting<T>(request: Promise<T>): Promise<T> {
    this.awaitingGeometry += 1;
    return request.finally(() => {
      this.awaitingGeometry -= 1;
      // Nothing may be left to draw, in which case MapLibre will not fire idle again by itself.
      this.map.triggerRepaint();
    });
  }

  private source(id: string): GeoJSONSource {
    return this.map.getSource(id) as GeoJSONSource;
  }

  /** Draws one unit's outline from a small source of its own (hover, selection). */
  private outline(
    source: typeof SOURCE_HOVER | typeof SOURCE_SELECTION,
    code: UnitCode | null,
  ): void {
    const empty = { type: 'FeatureCollection' as const, features: [] };
    if (!code || !this.geometry) {
      this.source(source).setData(empty);
      return;
    }
    const current = () => (source === SOURCE_HOVER ? this.hovered : this.selected);
    void this.awaiting(this.geometry.features([code])).then((features) => {
      // The pointer may have moved on while the worker answered.
      if (current() === code) this.source(source).setData({ ...empty, features });
    }, ignoreCancelled);
  }
}

function codeOf(feature: MapGeoJSONFeature | undefined): UnitCode | null {
  const code = feature?.properties?.code;
  return typeof code === 'string' ? (code as UnitCode) : null;
}
