import {
  Map as MapLibreMap,
  setWorkerUrl,
  type MapGeoJSONFeature,
  type GeoJSONSource,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection, Point } from 'geojson';
import type { UnitFeature } from '../core/boundary-file';
import type { Level, UnitCode } from '../core/units';
import type { Camera } from '../core/view-state';
import { HATCH_IMAGE, LAYER, SOURCE_LABELS, SOURCE_UNITS, buildStyle, hatchImage } from './style';

export { default as mapLibreCss } from 'maplibre-gl/dist/maplibre-gl.css?inline';

/** Transparent: the no-data hatch under the fill shows through. */
const NO_FILL = 'rgba(0,0,0,0)';

// The worker ships as its own file; Vite serves it from our origin.
setWorkerUrl(workerUrl);

export interface AtlasMapHandlers {
  onHover(code: UnitCode | null, point: { x: number; y: number } | null): void;
  onClick(code: UnitCode | null): void;
  /** Fired after the user (not code) moved the map. */
  onMoveEnd(camera: Camera): void;
  onIdle(): void;
}

/**
 * The only door to MapLibre. Components speak to it in intents: show these
 * units, colour them so, highlight, fit. Colours go into feature-state under
 * paint expressions that never change, which restyles in one repaint.
 */
export class AtlasMap {
  private readonly map: MapLibreMap;
  private readonly ready: Promise<void>;
  private codes: UnitCode[] = [];
  private hovered: UnitCode | null = null;
  private selected: UnitCode | null = null;
  private level: Level = 'commune';
  private movingByCode = false;

  constructor(
    container: HTMLElement,
    level: Level,
    parentLevel: Level | undefined,
    handlers: AtlasMapHandlers,
  ) {
    this.level = level;
    this.map = new MapLibreMap({
      container,
      style: buildStyle(level, parentLevel, '#eef2f5'),
      center: [105.5, 16],
      zoom: 4,
      attributionControl: false,
      doubleClickZoom: false,
      // Keeps the canvas readable for export and for pixel checks in tests.
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.ready = new Promise((resolve) => {
      this.map.once('load', () => {
        this.map.addImage(HATCH_IMAGE, hatchImage());
        resolve();
      });
    });
    this.map.on('mousemove', LAYER.fill, (event) => {
      const code = codeOf(event.features?.[0]);
      this.setHover(code);
      handlers.onHover(code, { x: event.point.x, y: event.point.y });
      this.map.getCanvas().style.cursor = code ? 'pointer' : '';
    });
    this.map.on('mouseleave', LAYER.fill, () => {
      this.setHover(null);
      handlers.onHover(null, null);
      this.map.getCanvas().style.cursor = '';
    });
    this.map.on('click', (event) => {
      const [feature] = this.map.queryRenderedFeatures(event.point, { layers: [LAYER.fill] });
      handlers.onClick(codeOf(feature));
    });
    this.map.on('moveend', () => {
      if (this.movingByCode) {
        this.movingByCode = false;
        return;
      }
      handlers.onMoveEnd(this.camera());
    });
    this.map.on('idle', () => handlers.onIdle());
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Replaces every unit drawn (all levels of one vintage) and their label points. */
  async setUnits(
    features: readonly UnitFeature[],
    labels: FeatureCollection<Point>,
  ): Promise<void> {
    await this.ready;
    this.codes = features.map((f) => f.properties.code);
    (this.map.getSource(SOURCE_UNITS) as GeoJSONSource).setData({
      type: 'FeatureCollection',
      features: [...features],
    });
    (this.map.getSource(SOURCE_LABELS) as GeoJSONSource).setData(labels);
    this.hovered = null;
    this.selected = null;
  }

  /** Shows one level, with the level above outlined for orientation. */
  setLevel(level: Level, parentLevel: Level | undefined): void {
    this.level = level;
    const atLevel = ['==', ['get', 'level'], level] as never;
    for (const id of [LAYER.hatch, LAYER.fill, LAYER.outline, LAYER.hover, LAYER.labels])
      this.map.setFilter(id, atLevel);
    this.map.setFilter(LAYER.parentOutline, ['==', ['get', 'level'], parentLevel ?? '-'] as never);
    this.map.setLayoutProperty(LAYER.labels, 'text-size', level === 'commune' ? 11 : 13);
  }

  /**
   * Colours units: a CSS colour per code, null for "no data" (the hatch shows
   * through). Units in `dimmed` are faded. Codes not given keep no colour.
   */
  paint(fills: ReadonlyMap<UnitCode, string | null>, dimmed: ReadonlySet<UnitCode>): void {
    for (const code of this.codes) {
      this.map.setFeatureState(
        { source: SOURCE_UNITS, id: code },
        { fill: fills.get(code) ?? NO_FILL, dim: dimmed.has(code) },
      );
    }
  }

  setHover(code: UnitCode | null): void {
    if (code === this.hovered) return;
    if (this.hovered)
      this.map.setFeatureState({ source: SOURCE_UNITS, id: this.hovered }, { hover: false });
    this.hovered = code;
    if (code) this.map.setFeatureState({ source: SOURCE_UNITS, id: code }, { hover: true });
  }

  setSelected(code: UnitCode | null): void {
    if (code === this.selected) return;
    if (this.selected)
      this.map.setFeatureState({ source: SOURCE_UNITS, id: this.selected }, { selected: false });
    this.selected = code;
    if (code) this.map.setFeatureState({ source: SOURCE_UNITS, id: code }, { selected: true });
  }

  fitBounds(bbox: readonly [number, number, number, number], animate: boolean): void {
    this.movingByCode = true;
    this.map.fitBounds(
      [
        [bbox[0], bbox[1]],
        [bbox[2], bbox[3]],
      ],
      { padding: 40, animate, duration: animate ? 600 : 0 },
    );
    if (!animate) this.movingByCode = false;
  }

  jumpTo(camera: Camera): void {
    this.map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom });
  }

  camera(): Camera {
    const centre = this.map.getCenter();
    return { lng: centre.lng, lat: centre.lat, zoom: this.map.getZoom() };
  }

  /** Whether the map has drawn everything it was asked to. */
  isIdle(): boolean {
    return this.map.loaded() && this.map.areTilesLoaded() && !this.map.isMoving();
  }

  /** The canvas, for exports and pixel checks. */
  canvas(): HTMLCanvasElement {
    return this.map.getCanvas();
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.map.remove();
  }
}

function codeOf(feature: MapGeoJSONFeature | undefined): UnitCode | null {
  const code = feature?.properties?.code;
  return typeof code === 'string' ? (code as UnitCode) : null;
}
