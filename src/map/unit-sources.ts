import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Level } from '../core/units';
import {
  LAYER,
  OUTLINE_MIN_ZOOM,
  SOURCE_UNITS,
  unitLayers,
  unitSourceSpecification,
} from './style';
import { readableByWorkers } from './worker-readable';

/**
 * The map sources the units are drawn from: one for the real country, and
 * for tens of thousands of units several (core/unit-shards), each with its
 * own fill, outline and parent-outline layers under the same paint, so
 * MapLibre takes each tile in in smaller tasks. The first source and its
 * layers are the style's own; the others are added and removed here.
 */
export class UnitSources {
  private count = 1;
  /** Counts the hand-overs, so a late one is not drawn over a newer one. */
  private generation = 0;

  constructor(
    private readonly map: MapLibreMap,
    /** Counts GeoJSON read on the page until it is handed over: the map is not idle before. */
    private readonly awaiting: <T>(request: Promise<T>) => Promise<T>,
  ) {}

  /** The source of shard `index`. */
  sourceId(index: number): string {
    return index === 0 ? SOURCE_UNITS : `${SOURCE_UNITS}-${index}`;
  }

  private suffix(index: number): string {
    return index === 0 ? '' : `-${index}`;
  }

  /** The fill layers of every source: what a pointer or a click is asked about. */
  fillLayers(): string[] {
    return Array.from({ length: this.count }, (_, i) => `${LAYER.fill}${this.suffix(i)}`);
  }

  /** Hands each source its GeoJSON (by address), adding or removing sources to match. */
  setData(urls: readonly string[], level: Level, parentLevel: Level | undefined): void {
    const wanted = Math.max(1, urls.length);
    for (let i = this.count - 1; i >= wanted; i -= 1) {
      for (const layer of [LAYER.fill, LAYER.outline, LAYER.parentOutline])
        this.map.removeLayer(`${layer}${this.suffix(i)}`);
      this.map.removeSource(this.sourceId(i));
    }
    for (let i = this.count; i < wanted; i += 1) {
      this.map.addSource(this.sourceId(i), unitSourceSpecification());
      const [fill, outline, parentOutline] = unitLayers(
        this.sourceId(i),
        this.suffix(i),
        level,
        parentLevel,
      );
      // Each kind of layer stays with its kind: all fills under all outlines.
      this.map.addLayer(fill!, LAYER.outline);
      this.map.addLayer(outline!, LAYER.parentOutline);
      this.map.addLayer(parentOutline!, LAYER.islands);
    }
    this.count = wanted;
    const generation = ++this.generation;
    urls.forEach((url, i) => {
      const source = this.map.getSource(this.sourceId(i)) as GeoJSONSource;
      const data = readableByWorkers(url);
      if (typeof data === 'string') source.setData(data);
      // Read on the page (a file opened from disk): unless newer data came meanwhile.
      else
        void this.awaiting(data).then((json) => {
          if (generation === this.generation) void source.setData(json);
        });
    });
  }

  /** Shows one level on every source, with the level above outlined. */
  setLevel(level: Level, parentLevel: Level | undefined): void {
    const atLevel = ['==', ['get', 'level'], level] as never;
    for (let i = 0; i < this.count; i += 1) {
      const suffix = this.suffix(i);
      this.map.setFilter(`${LAYER.fill}${suffix}`, atLevel);
      this.map.setFilter(`${LAYER.outline}${suffix}`, atLevel);
      this.map.setLayerZoomRange(`${LAYER.outline}${suffix}`, OUTLINE_MIN_ZOOM[level], 24);
      this.map.setFilter(`${LAYER.parentOutline}${suffix}`, [
        '==',
        ['get', 'level'],
        parentLevel ?? '-',
      ] as never);
    }
  }
}
