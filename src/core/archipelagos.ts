import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import type { UnitFeature } from './boundary-file';
import type { BBox } from './geometry';
import { NO_DATA_BACKGROUND } from './palette';
import type { DataProblem } from './problems';
import type { Level, UnitCode } from './units';

/**
 * Hoàng Sa and Trường Sa: Vietnam's two archipelagos, which every national
 * map must show as Vietnamese (DOMAIN.md). Their islands are far below a
 * pixel at the national zoom, so the map marks each one with a dot in its
 * unit's colour and writes the archipelago's Vietnamese name beside them.
 */
export interface Archipelago {
  readonly id: 'hoang-sa' | 'truong-sa';
  /** The Vietnamese name, written in every language (it is a proper name). */
  readonly name: string;
  /** The city or province it belongs to, as official maps write it. */
  readonly belongsTo: string;
  /** Boxes that hold its islands and no part of the mainland or its coastal islands. */
  readonly areas: readonly BBox[];
  /** Where the name is written: beside the islands, in open sea. */
  readonly labelAt: readonly [number, number];
  /**
   * A few of its islands, for a national map whose boundary file lacks the
   * archipelago: they are marked (in no class colour) and the name still written.
   */
  readonly landmarks: readonly (readonly [number, number])[];
}

/** Island dots: radius in px, and the zooms over which they fade out as the islands themselves become visible. */
export const ISLAND_DOT_RADIUS = 2.5;
export const ISLAND_DOTS_FADE: readonly [number, number] = [9, 11];
/** The ring around each dot: an island with no data (no fill) or a pale class stays visible on the sea. */
export const ISLAND_RING_COLOUR = '#555555';
/** An island of a unit with no data: the hatch's light ink inside the ring, never a class colour. */
export const ISLAND_NO_DATA_FILL = NO_DATA_BACKGROUND;
export const ARCHIPELAGO_NAME_COLOUR = '#1f4e79';
export const ARCHIPELAGO_NAME_SIZE = 11;

/** How opaque the island dots are at `zoom`, as the map's style fades them. */
export function islandDotOpacity(zoom: number): number {
  const [from, to] = ISLAND_DOTS_FADE;
  return zoom <= from ? 1 : zoom >= to ? 0 : (to - zoom) / (to - from);
}

const ARCHIPELAGOS: readonly Archipelago[] = [
  {
    id: 'hoang-sa',
    name: 'Quần đảo Hoàng Sa',
    belongsTo: 'Đà Nẵng',
    areas: [[110.9, 15.4, 113.2, 17.4]],
    labelAt: [111.95, 17.55],
    // Phú Lâm, Hoàng Sa (Pattle), Tri Tôn, Linh Côn.
    landmarks: [
      [112.34, 16.84],
      [111.6, 16.53],
      [111.2, 15.78],
      [112.73, 16.67],
    ],
  },
  {
    id: 'truong-sa',
    name: 'Quần đảo Trường Sa',
    belongsTo: 'Khánh Hòa',
    // South of 9° N the zone reaches west to the banks near 109.5° E; further
    // north the boxes stay east of 110.5° E, clear of Khánh Hòa's coastal islands.
    areas: [
      [109.3, 5.5, 118.5, 9.0],
      [110.5, 9.0, 118.5, 12.5],
    ],
    labelAt: [114.4, 12.0],
    // Song Tử Tây, Thị Tứ, Nam Yết, Sinh Tồn, Trường Sa Lớn, An Bang.
    landmarks: [
      [114.33, 11.43],
      [114.28, 11.05],
      [114.37, 10.18],
      [114.33, 9.88],
      [111.92, 8.64],
      [112.92, 7.87],
    ],
  },
];

/** The box a national map of Vietnam covers at least: from the northern mountains to Cà Mau. */
const MAINLAND_SPAN = { north: 21.5, south: 9.5, west: 104.5, east: 108.5 } as const;

/** Whether a boundary set covers the country, north to south: its map is a national map. */
export function isNationalExtent(extent: BBox | null): boolean {
  if (!extent) return false;
  const [west, south, east, north] = extent;
  return (
    north >= MAINLAND_SPAN.north &&
    south <= MAINLAND_SPAN.south &&
    west <= MAINLAND_SPAN.west &&
    east >= MAINLAND_SPAN.east
  );
}

const inside = ([x, y]: Position, [w, s, e, n]: BBox) =>
  (x as number) >= w && (x as number) <= e && (y as number) >= s && (y as number) <= n;

/** The archipelago a polygon part lies in (by its first vertex), if any. */
function archipelagoOf(ring: readonly Position[]): Archipelago | null {
  const first = ring[0];
  if (!first) return null;
  return ARCHIPELAGOS.find((a) => a.areas.some((box) => inside(first, box))) ?? null;
}

/** The mean of a ring's vertices: inside an islet's small, convex-ish outline. */
function middleOf(ring: readonly Position[]): [number, number] {
  let [x, y] = [0, 0];
  const count = Math.max(1, ring.length - 1);
  for (let i = 0; i < count; i += 1) {
    x += ring[i]![0] as number;
    y += ring[i]![1] as number;
  }
  return [x / count, y / count];
}

export interface IslandProperties {
  readonly code: UnitCode;
  readonly level: Level;
  readonly archipelago: Archipelago['id'];
}

/** One point on every island of the two archipelagos, for each unit (any level) that has islands there. */
export function islandPoints(
  features: readonly UnitFeature[],
): FeatureCollection<Point, IslandProperties> {
  const out: Feature<Point, IslandProperties>[] = [];
  for (const feature of features) {
    const { geometry } = feature;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) {
      const outer = polygon[0];
      const archipelago = outer ? archipelagoOf(outer) : null;
      if (!outer || !archipelago) continue;
      out.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: middleOf(outer) },
        properties: {
          code: feature.properties.code,
          level: feature.properties.level,
          archipelago: archipelago.id,
        },
      });
    }
  }
  return { type: 'FeatureCollection', features: out };
}

/** The archipelagos with at least one island among `points`. */
export function archipelagosPresent(
  points: FeatureCollection<Point, IslandProperties>,
): Set<Archipelago['id']> {
  return new Set(points.features.map((f) => f.properties.archipelago));
}

/**
 * A national boundary set that lacks an archipelago draws a national map
 * without it: the planner is told, and the map marks it from its landmarks.
 */
export function missingArchipelagoProblems(
  file: string,
  extent: BBox | null,
  present: ReadonlySet<Archipelago['id']>,
): DataProblem[] {
  if (!isNationalExtent(extent)) return [];
  return ARCHIPELAGOS.filter((a) => !present.has(a.id)).map((a) => ({
    severity: 'warning',
    file,
    where: { vi: 'toàn bộ tệp', en: 'the whole file' },
    message: {
      vi: `không có đảo nào của ${a.name} (${a.belongsTo}), dù tệp phủ cả nước: bản đồ toàn quốc vẫn đánh dấu quần đảo theo vị trí tham khảo và ghi tên, nhưng không tô màu theo số liệu; hãy dùng ranh giới có quần đảo`,
      en: `has no island of ${a.name} (${a.belongsTo}) though it covers the whole country: the national map still marks the archipelago at reference positions and names it, but cannot colour it by the data; use boundaries that include it`,
    },
  }));
}

export interface SovereigntyMarks {
  /** Where each archipelago's name is written. */
  readonly labels: FeatureCollection<Point, { name: string }>;
  /** Reference islands of an archipelago the boundaries lack. */
  readonly landmarks: FeatureCollection<Point, { archipelago: Archipelago['id'] }>;
}

/**
 * What a map of these boundaries writes and marks for the archipelagos: the
 * name of every archipelago that has islands in the data, and on a national
 * map the name and landmarks of any the data lacks.
 */
export function sovereigntyMarks(
  extent: BBox | null,
  present: ReadonlySet<Archipelago['id']>,
): SovereigntyMarks {
  const national = isNationalExtent(extent);
  const named = ARCHIPELAGOS.filter((a) => present.has(a.id) || national);
  const missing = national ? ARCHIPELAGOS.filter((a) => !present.has(a.id)) : [];
  return {
    labels: {
      type: 'FeatureCollection',
      features: named.map((a) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [...a.labelAt] },
        properties: { name: a.name },
      })),
    },
    landmarks: {
      type: 'FeatureCollection',
      features: missing.flatMap((a) =>
        a.landmarks.map((at) => ({
          type: 'Feature' as const,
          geometry: { type: 'Point' as const, coordinates: [...at] },
          properties: { archipelago: a.id },
        })),
      ),
    },
  };
}

/** Everything a map or an exported figure draws of the archipelagos. */
export interface ArchipelagoDrawing extends SovereigntyMarks {
  readonly islands: FeatureCollection<Point, IslandProperties>;
}

/** What the map and the exports alike draw of the archipelagos for a boundary set. */
export function archipelagoDrawing(boundaries: {
  readonly islands: FeatureCollection<Point, IslandProperties>;
  readonly extent: BBox | null;
}): ArchipelagoDrawing {
  const { islands, extent } = boundaries;
  return { islands, ...sovereigntyMarks(extent, archipelagosPresent(islands)) };
}
