/**
 * Is every unit on the map drawn as its own shape, in its own colour?
 *
 * Computed apart from the map: each unit's rings are projected to screen
 * pixels here (Web Mercator, 512-px tiles, as MapLibre draws), the pixel
 * centres inside the unit are found by an even-odd test, and the one
 * farthest from the unit's edges is the pixel read on the screenshot. A
 * unit counts when at least `minArea` pixel centres of the screen fall
 * inside it (its area on screen, in px²).
 */
import type { Position } from 'geojson';
import { PNG } from 'pngjs';

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

export interface ExpectedUnit {
  code: string;
  /** Polygons → rings → [lng, lat]. */
  polygons: Position[][][];
  /** The colours the unit may show at its pixel: its class colour, or the hatch's two inks. */
  colours: readonly string[];
}

export interface FidelityReport {
  /** Units with at least `minArea` px² on screen. */
  counted: number;
  /** Counted units whose pixel is in their own colour, near an edge or not. */
  ownColourAll: number;
  /** Counted units whose pixel is the sea/background: not drawn. */
  missing: string[];
  /** Counted units whose pixel lies clear of any outline (farther than `edgeMargin` from their edges). */
  clear: number;
  /** Of those, the ones whose pixel is in their own colour. */
  ownColour: number;
  /** Clear units in another colour: code, expected, found. */
  wrong: string[];
}

const TILE = 512;

function project(lng: number, lat: number, zoom: number): [number, number] {
  const world = TILE * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [
    ((lng + 180) / 360) * world,
    (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * world,
  ];
}

const hex = (colour: string): [number, number, number] =>
  [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];

function near(pixel: [number, number, number], colour: string, tolerance: number): boolean {
  const target = hex(colour);
  return pixel.every((v, i) => Math.abs(v - target[i]!) <= tolerance);
}

/** Distance from (x, y) to the segment a–b. */
function segmentDistance(x: number, y: number, a: number[], b: number[]): number {
  const [ax, ay, bx, by] = [a[0]!, a[1]!, b[0]!, b[1]!];
  const [dx, dy] = [bx - ax, by - ay];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Even-odd: inside a polygon's outer ring and outside its holes. */
function insidePolygon(x: number, y: number, rings: number[][][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * Reads the screenshot `png` of a map at `camera` and checks each unit:
 * `background` is the sea's colour; `edgeMargin` (px) keeps pixels near an
 * edge, where outlines are drawn, out of the colour count.
 */
export function checkFidelity(
  png: Buffer,
  camera: Camera,
  units: readonly ExpectedUnit[],
  options: { background: string; edgeMargin: number; minArea?: number; tolerance?: number },
): FidelityReport {
  const image = PNG.sync.read(png);
  const { width, height, data } = image;
  const minArea = options.minArea ?? 4;
  const tolerance = options.tolerance ?? 8;
  const [cx, cy] = project(camera.lng, camera.lat, camera.zoom);
  const report: FidelityReport = {
    counted: 0,
    ownColourAll: 0,
    missing: [],
    clear: 0,
    ownColour: 0,
    wrong: [],
  };
  for (const unit of units) {
    const polygons = unit.polygons.map((polygon) =>
      polygon.map((ring) =>
        ring.map(([lng, lat]) => {
          const [x, y] = project(lng as number, lat as number, camera.zoom);
          return [x - cx + width / 2, y - cy + height / 2];
        }),
      ),
    );
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const polygon of polygons)
      for (const [x, y] of polygon[0] ?? []) {
        [x0, y0, x1, y1] = [Math.min(x0, x!), Math.min(y0, y!), Math.max(x1, x!), Math.max(y1, y!)];
      }
    // Pixel centres (i + 0.5) within the screen and the unit's box.
    const [i0, i1] = [Math.max(0, Math.ceil(x0 - 0.5)), Math.min(width - 1, Math.floor(x1 - 0.5))];
    const [j0, j1] = [Math.max(0, Math.ceil(y0 - 0.5)), Math.min(height - 1, Math.floor(y1 - 0.5))];
    if (i1 < i0 || j1 < j0) continue;
    // Large units are sampled on a coarser grid: enough to find a pixel deep inside.
    const step = Math.max(1, Math.floor(Math.sqrt(((i1 - i0 + 1) * (j1 - j0 + 1)) / 2500)));
    let inside = 0;
    let best: { i: number; j: number; depth: number } | null = null;
    for (let j = j0; j <= j1; j += step) {
      for (let i = i0; i <= i1; i += step) {
        const [x, y] = [i + 0.5, j + 0.5];
        if (!polygons.some((polygon) => insidePolygon(x, y, polygon))) continue;
        inside += step * step;
        let depth = Infinity;
        for (const polygon of polygons)
          for (const ring of polygon)
            for (let k = 1; k < ring.length; k += 1)
              depth = Math.min(depth, segmentDistance(x, y, ring[k - 1]!, ring[k]!));
        if (!best || depth > best.depth) best = { i, j, depth };
      }
    }
    if (inside < minArea || !best) continue;
    report.counted += 1;
    const at = (best.j * width + best.i) * 4;
    const pixel: [number, number, number] = [data[at]!, data[at + 1]!, data[at + 2]!];
    if (near(pixel, options.background, 2)) {
      report.missing.push(unit.code);
      continue;
    }
    const own = unit.colours.some((colour) => near(pixel, colour, tolerance));
    if (own) report.ownColourAll += 1;
    if (best.depth < options.edgeMargin) continue;
    report.clear += 1;
    if (own) report.ownColour += 1;
    else
      report.wrong.push(
        `${unit.code} at ${best.i},${best.j}: expected ${unit.colours.join('/')}, found rgb(${pixel.join(',')})`,
      );
  }
  return report;
}
