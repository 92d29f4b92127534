import type { FeatureCollection, Point } from 'geojson';
import type { UnitFeature } from '../core/boundary-file';
import type { UnitCode } from '../core/units';
import type { Camera } from '../core/view-state';

/** Where the map asks for geometry it draws apart from the units: label points and single outlines. */
export interface UnitGeometry {
  labels(): Promise<FeatureCollection<Point>>;
  features(codes: readonly UnitCode[]): Promise<UnitFeature[]>;
  /** The features of many units as a GeoJSON file, read by the map's worker by address. */
  featuresFile(codes: readonly UnitCode[]): Promise<Blob>;
}

export interface AtlasMapHandlers {
  onHover(code: UnitCode | null, point: { x: number; y: number } | null): void;
  onClick(code: UnitCode | null): void;
  /** Fired after the user (not code) moved the map. */
  onMoveEnd(camera: Camera): void;
  /** Fired on every frame of any move, for a map beside this one to follow. */
  onMove?(camera: Camera): void;
  onIdle(): void;
}
