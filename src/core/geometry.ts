import { area, booleanPointInPolygon, centroid, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { UnitFeature } from './boundary-file';
import { searchKey } from './search';
import type { Level, UnitCode } from './units';

export type BBox = readonly [number, number, number, number];

/** Where a unit's name is written: inside its largest part, near its middle. */
export function labelPoint(feature: UnitFeature): [number, number] {
  const geometry = feature.geometry;
  let polygon: Polygon;
  if (geometry.type === 'Polygon') polygon = geometry;
  else {
    let best = geometry.coordinates[0] ?? [];
    let bestArea = -1;
    for (const coordinates of geometry.coordinates) {
      const a = area({ type: 'Polygon', coordinates });
      if (a > bestArea) {
        bestArea = a;
        best = coordinates;
      }
    }
    polygon = { type: 'Polygon', coordinates: best };
  }
  const middle = centroid(polygon).geometry.coordinates as [number, number];
  if (booleanPointInPolygon(middle, polygon)) return middle;
  return pointOnFeature(polygon).geometry.coordinates as [number, number];
}

/** The name without its type word, as maps print it: "Xã Tân Phú" → "Tân Phú". */
function shortName(name: string): string {
  const key = searchKey(name);
  const words = name.split(' ');
  const keep = key.split(' ').length;
  return words.slice(words.length - keep).join(' ');
}

export interface LabelProperties {
  code: UnitCode;
  label: string;
  level: Level;
}

export function labelPoints(
  features: readonly UnitFeature[],
): FeatureCollection<Point, LabelProperties> {
  return {
    type: 'FeatureCollection',
    features: features.map((feature): Feature<Point, LabelProperties> => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: feature.properties.label ?? labelPoint(feature) },
      properties: {
        code: feature.properties.code,
        label: shortName(feature.properties.name),
        level: feature.properties.level,
      },
    })),
  };
}
