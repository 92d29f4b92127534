import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import type { UnitCode } from '../core/units';
import type { UnitGeometry } from './atlas-map-types';
import { ignoreCancelled } from './unit-outlines';
import { PAGE_FROM_DISK } from './worker-readable';

/** Units without data beyond which their hatch goes to the map by file, not by value. */
const MANY_NO_DATA = 2_000;

/**
 * The "no data" hatch: the units without data, drawn from a small source of
 * their own rather than under every unit (see the README's benchmark). A
 * few go by value, at once; many (every unit of a file without figures) go
 * as a GeoJSON file that the map's worker reads by address, so the page
 * neither receives nor re-sends their geometry (100,000 squares were 34 MB
 * through the page, 1.3 s of its time).
 */
export class NoDataHatch {
  private key = '';
  private pending: Promise<void> | null = null;
  private url: string | null = null;

  constructor(
    private readonly source: () => GeoJSONSource,
    /** Counts a request until it is drawn: the map is not idle before. */
    private readonly awaiting: <T>(request: Promise<T>) => Promise<T>,
  ) {}

  /** Other units: whatever was hatched is to be asked again. */
  reset(): void {
    this.key = '';
  }

  show(codes: readonly UnitCode[], geometry: UnitGeometry | null): void {
    const key = codes.join(',');
    if (key === this.key || !geometry) return;
    this.key = key;
    const data: Promise<string | FeatureCollection> =
      // From disk, MapLibre's worker cannot read the page's blob: addresses (see worker-readable).
      codes.length > MANY_NO_DATA && !PAGE_FROM_DISK
        ? geometry.featuresFile(codes).then((blob) => URL.createObjectURL(blob))
        : geometry.features(codes).then((features) => ({ type: 'FeatureCollection', features }));
    const pending = (this.pending = this.awaiting(data).then((hatch) => {
      if (this.pending !== pending) {
        if (typeof hatch === 'string') URL.revokeObjectURL(hatch);
        return;
      }
      if (this.url) URL.revokeObjectURL(this.url);
      this.url = typeof hatch === 'string' ? hatch : null;
      this.source().setData(hatch);
    }, ignoreCancelled));
  }

  destroy(): void {
    if (this.url) URL.revokeObjectURL(this.url);
  }
}
