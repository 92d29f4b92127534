/**
 * The conversion behind `npm run data:prepare`: boundary collections in,
 * one FeatureCollection in the app's format out. The codes are checked by
 * the app's own reader (so a file that passes here loads without surprise),
 * the shapes are simplified with shared borders kept shared, and each unit
 * gets the point its name is written at.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { parseBoundaryFiles } from '../../src/core/boundary-file';
import { labelPoint } from '../../src/core/geometry';
import type { DataProblem } from '../../src/core/problems';
import { normaliseName } from '../../src/core/text';
import { levelsOf, type Level, type UnitCode, type Vintage } from '../../src/core/units';
import { simplifyPreservingTopology } from '../../src/core/simplify-topology';

export interface PrepareOptions {
  readonly vintage: Vintage;
  /** Share of the points kept, (0, 1]; 1 keeps every point. */
  readonly keep: number;
  /** Decimal places of the coordinates written (5 ≈ 1 m). */
  readonly precision: number;
}

/** The properties of a prepared unit, as the app and `drawsAsIs` read them. */
export interface PreparedProperties {
  code: UnitCode;
  name: string;
  level: Level;
  parent: UnitCode | null;
  fullName?: string;
  nameEn?: string;
  /** Where the name is written: inside the unit's largest part. */
  labelLng: number;
  labelLat: number;
}

export interface PrepareResult {
  readonly collection: FeatureCollection<Polygon | MultiPolygon, PreparedProperties>;
  readonly problems: readonly DataProblem[];
  readonly counts: Readonly<Partial<Record<Level, number>>>;
  readonly pointsBefore: number;
  readonly pointsAfter: number;
}

const textOf = (value: unknown) =>
  typeof value === 'string' && value.trim() ? normaliseName(value) : undefined;

export function prepareBoundaries(
  collections: readonly { name: string; json: unknown }[],
  options: PrepareOptions,
): PrepareResult {
  const set = parseBoundaryFiles(collections, options.vintage);
  // Names in other forms, when the source has them, travel along for later use.
  const extras = new Map<UnitCode, { fullName?: string; nameEn?: string }>();
  for (const { json } of collections) {
    for (const raw of ((json as { features?: unknown }).features ?? []) as Feature[]) {
      const p = raw?.properties ?? {};
      if (typeof p.code === 'string')
        extras.set(p.code as UnitCode, { fullName: textOf(p.fullName), nameEn: textOf(p.nameEn) });
    }
  }
  const order = levelsOf(options.vintage);
  const sorted = [...set.features].sort(
    (a, b) =>
      order.indexOf(a.properties.level) - order.indexOf(b.properties.level) ||
      a.properties.code.localeCompare(b.properties.code),
  );
  const { shapes, pointsBefore, pointsAfter } = simplifyPreservingTopology(
    sorted.map((f) => f.geometry),
    options.keep,
  );
  const features = sorted.map((f, i) => ({ ...f, geometry: shapes[i]! }));
  const factor = 10 ** options.precision;
  const round = (position: Position): Position => [
    Math.round((position[0] as number) * factor) / factor,
    Math.round((position[1] as number) * factor) / factor,
  ];
  const roundRing = (ring: Position[]) => ring.map(round);
  const counts: Partial<Record<Level, number>> = {};
  const out = features.map((feature): Feature<Polygon | MultiPolygon, PreparedProperties> => {
    const { code, name, level, parent } = feature.properties;
    counts[level] = (counts[level] ?? 0) + 1;
    const geometry: Polygon | MultiPolygon =
      feature.geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: feature.geometry.coordinates.map(roundRing) }
        : {
            type: 'MultiPolygon',
            coordinates: feature.geometry.coordinates.map((p) => p.map(roundRing)),
          };
    const [labelLng, labelLat] = round(labelPoint({ ...feature, geometry })) as [number, number];
    const extra = extras.get(code) ?? {};
    return {
      type: 'Feature',
      geometry,
      properties: {
        code,
        name,
        level,
        parent,
        ...(extra.fullName ? { fullName: extra.fullName } : {}),
        ...(extra.nameEn ? { nameEn: extra.nameEn } : {}),
        labelLng,
        labelLat,
      },
    };
  });
  return {
    collection: { type: 'FeatureCollection', features: out },
    problems: set.problems,
    counts,
    pointsBefore,
    pointsAfter,
  };
}
