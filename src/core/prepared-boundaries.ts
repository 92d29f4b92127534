import type { FeatureCollection, Point, Position } from 'geojson';
import { islandPoints, type IslandProperties } from './archipelagos';
import type { BoundarySet, UnitFeature } from './boundary-file';
import type { BBox } from './geometry';
import type { DataProblem } from './problems';
import type { Unit, UnitCode, Vintage } from './units';

/**
 * What the page needs of a boundary set, without its geometry: the units, the
 * problems found, and each unit's bounding box (for fitting the map). The
 * geometry stays in the data worker and goes to the map as one JSON text.
 */
export interface BoundaryUnits {
  readonly vintage: Vintage;
  readonly units: readonly Unit[];
  readonly problems: readonly DataProblem[];
  readonly bounds: ReadonlyMap<UnitCode, BBox>;
  /** The bounding box of all units; null when there are none. */
  readonly extent: BBox | null;
  /** A point on each island of Hoàng Sa and Trường Sa, by unit: the map marks them at every zoom. */
  readonly islands: FeatureCollection<Point, IslandProperties>;
}

function boundsOfFeature(feature: UnitFeature): BBox {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (ring: Position[]) => {
    for (const [x, y] of ring) {
      if ((x as number) < west) west = x as number;
      if ((x as number) > east) east = x as number;
      if ((y as number) < south) south = y as number;
      if ((y as number) > north) north = y as number;
    }
  };
  const geometry = feature.geometry;
  if (geometry.type === 'Polygon') geometry.coordinates.forEach(visit);
  else for (const polygon of geometry.coordinates) polygon.forEach(visit);
  return [west, south, east, north];
}

function unionOfBounds(boxes: Iterable<BBox>): BBox | null {
  let out: [number, number, number, number] | null = null;
  for (const [w, s, e, n] of boxes) {
    if (!Number.isFinite(w)) continue;
    if (!out) out = [w, s, e, n];
    else out = [Math.min(out[0], w), Math.min(out[1], s), Math.max(out[2], e), Math.max(out[3], n)];
  }
  return out;
}

export function boundaryUnits(set: BoundarySet): BoundaryUnits {
  const bounds = new Map<UnitCode, BBox>();
  for (const feature of set.features) bounds.set(feature.properties.code, boundsOfFeature(feature));
  return {
    vintage: set.vintage,
    units: set.units,
    problems: set.problems,
    bounds,
    extent: unionOfBounds(bounds.values()),
    islands: islandPoints(set.features),
  };
}

/**
 * Whether the map can draw a boundary file as it is, instead of a copy
 * written from the prepared features: every feature was kept, in order, with
 * its geometry untouched and its `code` and `level` already as the map reads
 * them (text codes, levels named). Files written by `npm run data:prepare`
 * are like that; the map then reads the file itself while it is being
 * checked, rather than after.
 */
export function drawsAsIs(original: unknown, set: BoundarySet): boolean {
  const features = (original as { features?: unknown }).features;
  if (!Array.isArray(features) || features.length !== set.features.length) return false;
  return set.features.every((prepared, index) => {
    const raw = features[index] as {
      geometry?: unknown;
      properties?: Record<string, unknown> | null;
    } | null;
    return (
      raw?.geometry === prepared.geometry &&
      raw.properties?.code === prepared.properties.code &&
      raw.properties?.level === prepared.properties.level
    );
  });
}

/** The features the map draws, as GeoJSON text: only the four properties the style reads. */
export function displayGeoJson(features: readonly UnitFeature[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features });
}
