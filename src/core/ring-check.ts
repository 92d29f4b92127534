import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { BilingualText } from './text';

/** What checking a unit's polygons found, and the polygons to draw (null: none can be). */
export interface RingCheck {
  readonly geometry: Polygon | MultiPolygon | null;
  /** Why nothing can be drawn, when `geometry` is null. */
  readonly refusal: BilingualText | null;
  /** What was put right (a ring closed, a degenerate hole dropped). */
  readonly repairs: readonly BilingualText[];
  /** What is wrong but drawn as it is (a ring that crosses itself). */
  readonly warnings: readonly BilingualText[];
}

const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) &&
  value.length >= 2 &&
  typeof value[0] === 'number' &&
  typeof value[1] === 'number' &&
  Number.isFinite(value[0]) &&
  Number.isFinite(value[1]);

/** A value as a short text, never walking into nested arrays (a file may nest them 100,000 deep). */
const brief = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value
        .slice(0, 2)
        .map((v) => (Array.isArray(v) ? '[…]' : String(JSON.stringify(v)).slice(0, 16)))
        .join(',')}${value.length > 2 ? ',…' : ''}]`
    : String(JSON.stringify(value)).slice(0, 40);

const at = (p: Position) => `${(p[0] as number).toFixed(5)}, ${(p[1] as number).toFixed(5)}`;

/**
 * Checks the rings of a Polygon or MultiPolygon: coordinates must be
 * numbers (text such as "105.2" is refused, not guessed), a ring must be
 * closed (closed here when it is not, and said), have four positions or
 * more (a hole that has not is dropped; an outer ring that has not leaves
 * its polygon out), and should not cross itself (said; drawn as it is).
 */
export function checkRings(geometry: Polygon | MultiPolygon): RingCheck {
  const polygons = (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  ) as unknown[];
  const repairs: BilingualText[] = [];
  const warnings: BilingualText[] = [];
  const kept: Position[][][] = [];
  let closed = 0;
  for (const [p, polygon] of polygons.entries()) {
    if (!Array.isArray(polygon)) continue;
    const rings: Position[][] = [];
    for (const [r, raw] of polygon.entries()) {
      if (!Array.isArray(raw) || !raw.every(isPosition)) {
        const bad = Array.isArray(raw) ? raw.find((q) => !isPosition(q)) : raw;
        return {
          geometry: null,
          refusal: {
            vi: `tọa độ không phải là số (${brief(bad)}) ở vòng ${r + 1} của đa giác ${p + 1}`,
            en: `coordinates that are not numbers (${brief(bad)}) in ring ${r + 1} of polygon ${p + 1}`,
          },
          repairs,
          warnings,
        };
      }
      let ring = raw as Position[];
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
        ring = [...ring, first];
        closed += 1;
      }
      if (ring.length < 4) {
        if (r === 0) {
          warnings.push({
            vi: `đa giác ${p + 1} có vòng ngoài chỉ ${ring.length} điểm (cần ít nhất 4); bỏ đa giác này`,
            en: `polygon ${p + 1} has an outer ring of ${ring.length} positions (at least 4 are needed); that polygon is left out`,
          });
          break;
        }
        repairs.push({
          vi: `bỏ lỗ ${r} của đa giác ${p + 1}: chỉ ${ring.length} điểm`,
          en: `hole ${r} of polygon ${p + 1} dropped: only ${ring.length} positions`,
        });
        continue;
      }
      const crossing = crossingOf(ring);
      if (crossing) {
        warnings.push({
          vi: `vòng ${r + 1} của đa giác ${p + 1} tự cắt gần (${at(crossing)}); vẫn vẽ như trong tệp, diện tích và phép tính theo diện tích có thể sai`,
          en: `ring ${r + 1} of polygon ${p + 1} crosses itself near (${at(crossing)}); drawn as given, but its area and area weights may be wrong`,
        });
      }
      rings.push(ring);
    }
    if (rings.length > 0) kept.push(rings);
  }
  if (closed > 0) {
    repairs.push({
      vi: `${closed} vòng chưa khép kín đã được khép lại (thêm điểm đầu vào cuối)`,
      en: `${closed} unclosed ring${closed > 1 ? 's were' : ' was'} closed (the first position added at the end)`,
    });
  }
  if (kept.length === 0) {
    return {
      geometry: null,
      refusal: { vi: 'không còn đa giác nào vẽ được', en: 'no polygon left to draw' },
      repairs,
      warnings,
    };
  }
  const unchanged = repairs.length === 0 && kept.length === polygons.length;
  return {
    geometry: unchanged
      ? geometry
      : kept.length === 1
        ? { type: 'Polygon', coordinates: kept[0] as Position[][] }
        : { type: 'MultiPolygon', coordinates: kept },
    refusal: null,
    repairs,
    warnings,
  };
}

/**
 * Where a closed ring first crosses itself, or null. Segments are bucketed
 * in a grid of about one cell per segment, and only segments sharing a cell
 * are compared: linear in practice, where comparing every pair would take
 * seconds on a national file. Touching is not crossing: only proper
 * crossings count, so shared vertices and repeated points are not reported.
 */
export function crossingOf(ring: readonly Position[]): Position | null {
  const n = ring.length - 1;
  if (n < 4) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of ring as [number, number][]) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const cells = Math.max(1, Math.ceil(Math.sqrt(n)));
  const width = (maxX - minX) / cells || 1;
  const height = (maxY - minY) / cells || 1;
  const cellOf = (v: number, min: number, size: number) =>
    Math.min(cells - 1, Math.floor((v - min) / size));
  const buckets = new Map<number, number[]>();
  for (let i = 0; i < n; i += 1) {
    const [ax, ay] = ring[i] as [number, number];
    const [bx, by] = ring[i + 1] as [number, number];
    for (
      let cx = cellOf(Math.min(ax, bx), minX, width);
      cx <= cellOf(Math.max(ax, bx), minX, width);
      cx += 1
    ) {
      for (
        let cy = cellOf(Math.min(ay, by), minY, height);
        cy <= cellOf(Math.max(ay, by), minY, height);
        cy += 1
      ) {
        const key = cy * cells + cx;
        const bucket = buckets.get(key);
        if (bucket) bucket.push(i);
        else buckets.set(key, [i]);
      }
    }
  }
  for (const bucket of buckets.values()) {
    for (let a = 0; a < bucket.length; a += 1) {
      for (let b = a + 1; b < bucket.length; b += 1) {
        const point = segmentsCross(ring, bucket[a] as number, bucket[b] as number);
        if (point) return point;
      }
    }
  }
  return null;
}

/** Where segments i and j of a closed ring cross; neighbours (which share an end) never do. */
function segmentsCross(ring: readonly Position[], i: number, j: number): Position | null {
  const n = ring.length - 1;
  if (Math.abs(i - j) === 1 || (Math.min(i, j) === 0 && Math.max(i, j) === n - 1)) return null;
  return properCrossing(
    ring[i] as Position,
    ring[i + 1] as Position,
    ring[j] as Position,
    ring[j + 1] as Position,
  );
}

function orientation(a: Position, b: Position, c: Position): number {
  return (
    ((b[0] as number) - (a[0] as number)) * ((c[1] as number) - (a[1] as number)) -
    ((b[1] as number) - (a[1] as number)) * ((c[0] as number) - (a[0] as number))
  );
}

/** The point where segments ab and cd cross, when each has the other's ends strictly on either side. */
function properCrossing(a: Position, b: Position, c: Position, d: Position): Position | null {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (!(o1 * o2 < 0 && o3 * o4 < 0)) return null;
  const t = o3 / (o3 - o4);
  return [
    (a[0] as number) + t * ((b[0] as number) - (a[0] as number)),
    (a[1] as number) + t * ((b[1] as number) - (a[1] as number)),
  ];
}
