import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Random } from './random';

export type Shape = Feature<Polygon | MultiPolygon>;

/** The fictional region: centre and half-extent in degrees. */
export const CENTRE: Position = [105.2, 21.3];
const HALF_WIDTH = 1.25;
const HALF_HEIGHT = 0.95;

/** A wobbly closed outline, so the region does not look like an ellipse. */
export function makeOutline(random: Random): Feature<Polygon> {
  const phases = [random.range(0, 6.28), random.range(0, 6.28), random.range(0, 6.28)];
  const ring: Position[] = [];
  const steps = 96;
  for (let i = 0; i < steps; i += 1) {
    const angle = (i / steps) * 2 * Math.PI;
    const r =
      1 +
      0.12 * Math.sin(3 * angle + (phases[0] as number)) +
      0.07 * Math.sin(5 * angle + (phases[1] as number)) +
      0.035 * Math.sin(11 * angle + (phases[2] as number));
    ring.push(
      round([
        CENTRE[0]! + HALF_WIDTH * r * Math.cos(angle),
        CENTRE[1]! + HALF_HEIGHT * r * Math.sin(angle),
      ]),
    );
  }
  ring.push(ring[0] as Position);
  return turf.polygon([ring]);
}

/**
 * How mountainous a place is, 0 (delta, south-east) to 1 (high mountains,
 * north-west). Drives commune size, poverty and progress in the model.
 */
export function mountainIndex(point: Position): number {
  const dx = (CENTRE[0]! - point[0]!) / HALF_WIDTH;
  const dy = (point[1]! - CENTRE[1]!) / HALF_HEIGHT;
  const ridge = 0.08 * Math.sin(point[0]! * 7) * Math.cos(point[1]! * 5);
  return Math.min(1, Math.max(0, 0.5 + 0.42 * (0.6 * dx + 0.4 * dy) + ridge));
}

export function round(position: Position): Position {
  return [Math.round(position[0]! * 1e5) / 1e5, Math.round(position[1]! * 1e5) / 1e5];
}

/** Seed points, denser in the delta (communes there are smaller). */
export function seedPoints(random: Random, outline: Feature<Polygon>, count: number): Position[] {
  const [minX, minY, maxX, maxY] = turf.bbox(outline);
  const points: Position[] = [];
  while (points.length < count) {
    const p: Position = [random.range(minX, maxX), random.range(minY, maxY)];
    if (!turf.booleanPointInPolygon(p, outline)) continue;
    if (random.next() > 0.25 + 0.75 * (1 - mountainIndex(p))) continue;
    points.push(p);
  }
  return points;
}

/** Voronoi cells of the points clipped to the outline, after one Lloyd step to even them out. */
export function voronoiCells(points: Position[], outline: Feature<Polygon>): Feature<Polygon>[] {
  const bbox = turf.bbox(turf.buffer(outline, 20, { units: 'kilometers' }) as Shape);
  const cellsOf = (pts: Position[]) =>
    turf.voronoi(turf.featureCollection(pts.map((p) => turf.point(p))), { bbox }).features;
  const relaxed = cellsOf(points).map((cell, i) => {
    const clipped = turf.intersect(turf.featureCollection([cell, outline]));
    return clipped ? turf.centroid(clipped).geometry.coordinates : (points[i] as Position);
  });
  return cellsOf(relaxed).map((cell) => {
    const rounded = turf.polygon(cell.geometry.coordinates.map((ring) => ring.map(round)));
    const clipped = turf.intersect(turf.featureCollection([rounded, outline]));
    if (!clipped || clipped.geometry.type !== 'Polygon') {
      throw new Error('a Voronoi cell fell apart when clipped; change the seed');
    }
    return clipped as Feature<Polygon>;
  });
}

/** Groups items into k clusters by position (Lloyd's k-means, seeded, fixed iterations). */
export function kMeans(
  random: Random,
  positions: Position[],
  k: number,
  iterations = 25,
): number[] {
  const centres: Position[] = [];
  // k-means++ style start: spread the first centres out.
  centres.push(random.pick(positions));
  while (centres.length < k) {
    let best = positions[0] as Position;
    let bestDistance = -1;
    for (const p of positions) {
      const d = Math.min(...centres.map((c) => dist2(c, p))) * (0.5 + random.next());
      if (d > bestDistance) {
        bestDistance = d;
        best = p;
      }
    }
    centres.push(best);
  }
  let assignment = positions.map(() => 0);
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    assignment = positions.map((p) => {
      let best = 0;
      centres.forEach((c, i) => {
        if (dist2(c, p) < dist2(centres[best] as Position, p)) best = i;
      });
      return best;
    });
    for (let i = 0; i < k; i += 1) {
      const members = positions.filter((_, j) => assignment[j] === i);
      if (members.length === 0) continue;
      centres[i] = [
        members.reduce((s, p) => s + p[0]!, 0) / members.length,
        members.reduce((s, p) => s + p[1]!, 0) / members.length,
      ];
    }
  }
  return assignment;
}

function dist2(a: Position, b: Position): number {
  return (a[0]! - b[0]!) ** 2 + (a[1]! - b[1]!) ** 2;
}

/** The union of shapes; throws when they do not touch (a group must be one piece). */
export function unionOf(shapes: Shape[], what: string): Shape {
  const merged = shapes.length === 1 ? shapes[0] : turf.union(turf.featureCollection(shapes));
  if (!merged) throw new Error(`union of ${what} is empty`);
  return turf.truncate(merged as Shape, { precision: 5 }) as Shape;
}

/** Pairs of shapes that share a border (two or more vertices in common). */
export function neighbours(shapes: Shape[]): Set<number>[] {
  const byVertex = new Map<string, number[]>();
  shapes.forEach((shape, index) => {
    for (const p of turf.coordAll(shape)) {
      const key = `${p[0]!.toFixed(5)},${p[1]!.toFixed(5)}`;
      const list = byVertex.get(key) ?? [];
      if (!list.includes(index)) list.push(index);
      byVertex.set(key, list);
    }
  });
  const shared = new Map<string, number>();
  for (const list of byVertex.values()) {
    for (const a of list)
      for (const b of list) if (a < b) shared.set(`${a},${b}`, (shared.get(`${a},${b}`) ?? 0) + 1);
  }
  const result = shapes.map(() => new Set<number>());
  for (const [pair, n] of shared) {
    if (n < 2) continue;
    const [a, b] = pair.split(',').map(Number) as [number, number];
    result[a]!.add(b);
    result[b]!.add(a);
  }
  return result;
}

/** Cuts a shape by the line through `through` perpendicular to `towards − away`; returns [near towards, near away]. */
export function splitShape(
  shape: Shape,
  through: Position,
  towards: Position,
  away: Position,
): [Shape, Shape] {
  const dx = towards[0]! - away[0]!;
  const dy = towards[1]! - away[1]!;
  const length = Math.hypot(dx, dy);
  const [ux, uy] = [dx / length, dy / length];
  const [px, py] = [-uy, ux];
  const far = 5;
  const half = (sign: number) =>
    turf.polygon([
      [
        [through[0]! + px * far, through[1]! + py * far],
        [through[0]! + px * far + sign * ux * far, through[1]! + py * far + sign * uy * far],
        [through[0]! - px * far + sign * ux * far, through[1]! - py * far + sign * uy * far],
        [through[0]! - px * far, through[1]! - py * far],
        [through[0]! + px * far, through[1]! + py * far],
      ],
    ]);
  const near = turf.intersect(turf.featureCollection([shape, half(1)]));
  const other = turf.intersect(turf.featureCollection([shape, half(-1)]));
  if (!near || !other) throw new Error('split produced an empty half');
  return [
    turf.truncate(near, { precision: 5 }) as Shape,
    turf.truncate(other, { precision: 5 }) as Shape,
  ];
}
