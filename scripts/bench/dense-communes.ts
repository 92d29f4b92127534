/**
 * A national commune GeoJSON at full vertex density, about 180 MB, built from
 * the 3,321 fixture communes (4 MB) by adding points along every edge, with
 * a metre-scale wiggle so that simplification has real work to do, and
 * coordinates at full double precision as surveying exports write them.
 * Never committed: written under .bench/.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** A wiggle that depends on the point only, so both sides of a shared border get the same one. */
function wiggle(x: number, y: number): number {
  const s = Math.sin(x * 12_989.8 + y * 78_233.1) * 43_758.5453;
  return (s - Math.floor(s) - 0.5) * 0.0001;
}

function densifyRing(ring: Position[], factor: number): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < ring.length - 1; i += 1) {
    const [x0, y0] = ring[i] as [number, number];
    const [x1, y1] = ring[i + 1] as [number, number];
    out.push([x0, y0]);
    for (let k = 1; k < factor; k += 1) {
      const t = k / factor;
      const x = x0 + (x1 - x0) * t;
      const y = y0 + (y1 - y0) * t;
      out.push([x + wiggle(x, y), y + wiggle(y, x)]);
    }
  }
  out.push(ring[ring.length - 1] as Position);
  return out;
}

/** Writes (once) the dense file and returns its size in bytes. */
export function writeDenseCommunes(source: string, target: string, factor = 30): number {
  if (existsSync(target)) return statSync(target).size;
  const input = JSON.parse(readFileSync(source, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon
  >;
  const features = input.features.map((f): Feature => {
    const g = f.geometry;
    const geometry =
      g.type === 'Polygon'
        ? {
            type: 'Polygon' as const,
            coordinates: g.coordinates.map((r) => densifyRing(r, factor)),
          }
        : {
            type: 'MultiPolygon' as const,
            coordinates: g.coordinates.map((p) => p.map((r) => densifyRing(r, factor))),
          };
    return { ...f, geometry };
  });
  // Written feature by feature: one 180 MB JSON.stringify is needlessly heavy.
  const parts = ['{"type":"FeatureCollection","features":[\n'];
  features.forEach((f, i) =>
    parts.push(JSON.stringify(f) + (i < features.length - 1 ? ',\n' : '\n')),
  );
  parts.push(']}\n');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, parts.join(''));
  return statSync(target).size;
}
