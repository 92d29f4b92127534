/**
 * The benchmark's other peer: the same communes drawn by Leaflet on one
 * canvas (`preferCanvas`), each in the colour the `colours=` JSON gives it,
 * with no outline (the atlas draws no commune borders at national zoom).
 * `c=lng,lat,zoom` is a MapLibre camera: Leaflet's zoom counts 256-px tiles,
 * one level more for the same scale. Exposes `window.bench` for scripts/bench.ts.
 */
import { canvas, geoJSON, map as leafletMap } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { FeatureCollection } from 'geojson';

const params = new URLSearchParams(location.search);
const [lng, lat, zoom] = (params.get('c') ?? '106,16,5').split(',').map(Number) as [
  number,
  number,
  number,
];

async function start(): Promise<void> {
  const [data, colours] = await Promise.all([
    fetch(params.get('data') ?? '').then((r) => r.json() as Promise<FeatureCollection>),
    fetch(params.get('colours') ?? '').then((r) => r.json() as Promise<Record<string, string>>),
  ]);
  const map = leafletMap('map', {
    renderer: canvas(),
    preferCanvas: true,
    zoomSnap: 0,
    attributionControl: false,
    zoomControl: false,
  }).setView([lat, lng], zoom + 1, { animate: false });
  geoJSON(data, {
    style: (feature) => ({
      stroke: false,
      fillOpacity: 1,
      fillColor: colours[String(feature?.properties?.code)] ?? '#cccccc',
    }),
  }).addTo(map);
  // The canvas is drawn in the next frame.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  performance.mark('leaflet-first-draw');
}

(window as unknown as { bench: unknown }).bench = { ready: start() };
