import type { GeoJSON } from 'geojson';

/**
 * A page opened from disk (a briefing file, file://) has the origin "null":
 * MapLibre then runs its worker from a data: address, whose origin is its own,
 * and that worker cannot read the page's blob: addresses. There the page
 * reads the GeoJSON itself and hands it over; everywhere else the worker
 * reads it by address, and the page never parses it.
 */
export const PAGE_FROM_DISK = globalThis.origin === 'null';

export function readableByWorkers(url: string): string | Promise<GeoJSON> {
  if (!PAGE_FROM_DISK || !url.startsWith('blob:')) return url;
  return fetch(url).then((response) => response.json() as Promise<GeoJSON>);
}
