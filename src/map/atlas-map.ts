import { Map as MapLibreMap, type GeoJSONSource, type MapGeoJSONFeature } from 'maplibre-gl';
import type { ArchipelagoDrawing } from '../core/archipelagos';
import type { Level, UnitCode } from '../core/units';
import type { Camera } from '../core/view-state';
import { ArchipelagoNames } from './archipelago-names';
import type { AtlasMapHandlers, UnitGeometry } from './atlas-map-types';
import { drawingOf } from './map-drawing';
import { workersPatched } from './maplibre-workers';
import { ignoreCancelled, UnitOutlines } from './unit-outlines';
import { UnitPainter } from './unit-painter';
import { UnitSources } from './unit-sources';
import { NoDataHatch } from './no-data-hatch';
import {
  HATCH_IMAGE,
  LABEL_MIN_ZOOM,
  LAYER,
  MAP_BACKGROUND,
  SOURCE_ISLANDS,
  SOURCE_LABELS,
  SOURCE_LANDMARKS,
  SOURCE_NO_DATA,
  buildStyle,
  hatchImage,
} from './style';

import type { MapDrawing } from '../core/figure-types';
export { default as mapLibreCss } from 'maplibre-gl/dist/maplibre-gl.css?inline';

/**
 * The only door to MapLibre. Components speak to it in intents: show these
 * units, colour them so, highlight, fit. Colours go into feature-state under
 * paint expressions that never change, which restyles in one repaint
 * (see the benchmark table in the README).
 */

export class AtlasMap {
  private readonly map: MapLibreMap;
  private readonly ready: Promise<void>;
  private geometry: UnitGeometry | null = null;
  /** The addresses the units' sources read (several only for tens of thousands of units). */
  private displayUrls: string[] = [];
  private readonly sources: UnitSources;
  /** Geometry asked of the worker and not yet drawn: the map is not idle until it is. */
  private awaitingGeometry = 0;
  private readonly archipelagoNames: ArchipelagoNames;
  private readonly painter: UnitPainter;
  private readonly outlines: UnitOutlines;
  private readonly hatch: NoDataHatch;
  private level: Level;
  private parentLevel: Level | undefined;
  private labelsShown = false;
  /** Whether units' names are wanted at all (the person may hide them). */
  private namesWanted = true;
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
    this.displayUrls = unitsUrl ? [unitsUrl] : [];
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
      // The arrow keys move between units (atlas-map-view); the view moves with Shift.
      keyboard: false,
      // Keeps the canvas readable for export and for pixel checks in tests.
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.handlers = handlers;
    this.sources = new UnitSources(this.map, (request) => this.awaiting(request));
    this.archipelagoNames = new ArchipelagoNames(this.map);
    this.painter = new UnitPainter(this.map);
    this.outlines = new UnitOutlines(
      (id) => this.source(id),
      (request) => this.awaiting(request),
    );
    this.hatch = new NoDataHatch(
      () => this.source(SOURCE_NO_DATA),
      (request) => this.awaiting(request),
    );
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(container);
    // The style (all inline) is ready long before the first full render ('load'):
    // data handed over at 'style.load' starts its tiling that much sooner.
    this.ready = new Promise((resolve) => {
      this.map.once('style.load', () => {
        this.map.addImage(HATCH_IMAGE, hatchImage());
        void workersPatched.then(() => {
          if (this.displayUrls.length)
            this.sources.setData(this.displayUrls, this.level, this.parentLevel);
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
        layers: [LAYER.islands, ...this.sources.fillLayers()],
      });
      this.pointAt(codeOf(feature), event.point);
    });
    this.map.on('mouseout', () => this.pointAt(null, null));
    this.map.on('dragstart', () => this.pointAt(null, null));
    this.map.on('click', (event) => {
      const [feature] = this.map.queryRenderedFeatures(event.point, {
        layers: [LAYER.islands, ...this.sources.fillLayers()],
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
    display: Blob | string | readonly Blob[],
    codes: readonly UnitCode[],
    geometry: UnitGeometry,
    archipelagos: ArchipelagoDrawing,
  ): Promise<void> {
    await this.ready;
    const withIslands = new Set(archipelagos.islands.features.map((f) => f.properties.code));
    const parts: readonly (Blob | string)[] =
      typeof display === 'string' || display instanceof Blob ? [display] : display;
    this.painter.reset(
      codes,
      withIslands,
      parts.map((_, i) => this.sources.sourceId(i)),
    );
    this.source(SOURCE_ISLANDS).setData(archipelagos.islands);
    this.archipelagoNames.show(archipelagos.labels);
    this.source(SOURCE_LANDMARKS).setData(archipelagos.landmarks);
    this.geometry = geometry;
    this.hatch.reset();
    const previous = this.displayUrls;
    // The file the map started reading at creation needs no second reading.
    if (typeof display !== 'string' || previous.length !== 1 || display !== previous[0]) {
      this.displayUrls = parts.map((part) =>
        typeof part === 'string' ? part : URL.createObjectURL(part),
      );
      this.sources.setData(this.displayUrls, this.level, this.parentLevel);
      // Old URLs may still be being read by MapLibre's worker; let them go once the new data is in.
      const stale = previous.filter((url) => url.startsWith('blob:'));
      if (stale.length)
        this.map.once('idle', () => stale.forEach((url) => URL.revokeObjectURL(url)));
    }
    this.labelsShown = false;
    this.source(SOURCE_LABELS).setData({ type: 'FeatureCollection', features: [] });
    this.showLabelsWhenReadable();
    this.outlines.reset(geometry);
  }

  /** Shows one level, with the level above outlined for orientation. */
  setLevel(level: Level, parentLevel: Level | undefined): void {
    this.level = level;
    this.parentLevel = parentLevel;
    const atLevel = ['==', ['get', 'level'], level] as never;
    this.sources.setLevel(level, parentLevel);
    this.map.setFilter(LAYER.labels, [
      'all',
      atLevel,
      ['>=', ['zoom'], LABEL_MIN_ZOOM[level]],
    ] as never);
    this.map.setLayoutProperty(LAYER.labels, 'text-size', level === 'commune' ? 11 : 13);
    this.showLabelsWhenReadable();
  }

  /**
   * The map's name for screen readers, in the language of the page (MapLibre
   * names its canvas "Map" in English whatever the page speaks).
   */
  setAccessibleName(name: string): void {
    this.map.getCanvas().setAttribute('aria-label', name);
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
    this.hatch.show(this.painter.paint(fillOf, isDimmed), this.geometry);
  }

  /**
   * Brings a set of units forward by fading every other one (null: none
   * faded). Colours are untouched, so the classes still read.
   */
  emphasize(codes: ReadonlySet<UnitCode> | null): void {
    this.painter.emphasize(codes);
  }

  /** The unit under the pointer (null: none), told to the handlers and outlined. */
  private pointAt(code: UnitCode | null, point: { x: number; y: number } | null): void {
    if (code === null && this.outlines.hovered === null) return;
    this.outlines.setHover(code);
    this.handlers.onHover(code, code && point ? { x: point.x, y: point.y } : null);
    this.map.getCanvas().style.cursor = code ? 'pointer' : '';
  }

  setHover(code: UnitCode | null): void {
    this.outlines.setHover(code);
  }

  setSelected(code: UnitCode | null): void {
    this.outlines.setSelected(code);
  }

  /** Outlines units linked to one pointed at on the other geography's map (see UnitOutlines). */
  setLinked(codes: readonly UnitCode[]): void {
    this.outlines.setLinked(codes);
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

  /** How the map draws at this moment, for an export that must look the same. */
  drawing(): MapDrawing {
    return drawingOf(this.map, this.level, this.parentLevel, this.namesWanted);
  }

  /** Where a place is on the map's canvas, in CSS pixels. */
  project(lng: number, lat: number): { x: number; y: number } {
    const { x, y } = this.map.project([lng, lat]);
    return { x, y };
  }

  /** Moves or zooms the map for a person at the keyboard: their move, so it goes to the link. */
  nudge(move: { pan?: [number, number]; zoom?: number }): void {
    if (move.pan) this.map.panBy(move.pan, { duration: 150 });
    if (move.zoom) this.map.zoomTo(this.map.getZoom() + move.zoom, { duration: 150 });
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
    for (const url of this.displayUrls) if (url.startsWith('blob:')) URL.revokeObjectURL(url);
    this.hatch.destroy();
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
}

function codeOf(feature: MapGeoJSONFeature | undefined): UnitCode | null {
  const code = feature?.properties?.code;
  return typeof code === 'string' ? (code as UnitCode) : null;
}
