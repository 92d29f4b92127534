/**
 * The benchmark's floor: the same polygons drawn by MapLibre alone with a
 * constant colour, and the two restyle methods side by side:
 * - "feature-state": the colour kept in feature-state, the paint expression never changes;
 * - "data-driven": values kept in feature properties, a new `step` expression set per switch;
 * - "colours": each unit in the colour a JSON file (`colours=`) gives it, by feature-state,
 *   to compare its picture with the atlas's.
 * The source is cut into tiles with the atlas's own settings unless `tolerance=` or
 * `buffer=` say otherwise (the benchmark compares them); `c=lng,lat,zoom` sets the camera.
 * Exposes `window.bench` for scripts/bench.ts.
 */
import { Map as MapLibreMap, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { UNITS_SOURCE_OPTIONS } from '../../src/map/style';

setWorkerUrl(workerUrl);

const COLOURS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
const params = new URLSearchParams(location.search);
const dataUrl = params.get('data') ?? '';
const method = params.get('method') ?? 'constant';
const tolerance = Number(params.get('tolerance') ?? UNITS_SOURCE_OPTIONS.tolerance);
const buffer = Number(params.get('buffer') ?? UNITS_SOURCE_OPTIONS.buffer);
const camera = params.get('c')?.split(',').map(Number);
const coloursUrl = params.get('colours');

const map = new MapLibreMap({
  container: 'map',
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#eef2f5' } }],
  },
  center: [105.5, 16],
  zoom: 4,
  attributionControl: false,
  canvasContextAttributes: { preserveDrawingBuffer: true },
});

function pixelsLanded(): void {
  const gl = map.getCanvas().getContext('webgl2');
  gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
}

function nextIdle(): Promise<void> {
  return new Promise((resolve) => map.once('idle', () => resolve()));
}

let features: FeatureCollection['features'] = [];
let variant = 0;

async function start(): Promise<void> {
  const data = (await (await fetch(dataUrl)).json()) as FeatureCollection;
  // Two synthetic indicator values per unit for the data-driven method.
  data.features.forEach((f, i) => (f.properties = { ...f.properties, v0: i % 5, v1: (i * 7) % 5 }));
  features = data.features;
  // The same tiling detail as the atlas's units source (src/map/style.ts), so the floor is fair.
  map.addSource('units', { type: 'geojson', data, promoteId: 'code', tolerance, buffer });
  const colour =
    method === 'feature-state' || method === 'colours'
      ? ['to-color', ['coalesce', ['feature-state', 'fill'], '#cccccc']]
      : method === 'data-driven'
        ? step('v0')
        : '#6a9fb5';
  map.addLayer({
    id: 'fill',
    type: 'fill',
    source: 'units',
    paint: { 'fill-color': colour as never },
  });
  const bounds = data.features.reduce<[number, number, number, number]>(
    (b, f) => {
      const walk = (c: unknown): void => {
        if (typeof (c as number[])[0] === 'number') {
          const [x, y] = c as [number, number];
          b[0] = Math.min(b[0], x);
          b[1] = Math.min(b[1], y);
          b[2] = Math.max(b[2], x);
          b[3] = Math.max(b[3], y);
        } else (c as unknown[]).forEach(walk);
      };
      walk((f.geometry as { coordinates: unknown }).coordinates);
      return b;
    },
    [180, 90, -180, -90],
  );
  if (coloursUrl) {
    const colours = (await (await fetch(coloursUrl)).json()) as Record<string, string>;
    for (const [code, fill] of Object.entries(colours))
      map.setFeatureState({ source: 'units', id: code }, { fill });
  }
  if (camera?.length === 3) map.jumpTo({ center: [camera[0]!, camera[1]!], zoom: camera[2]! });
  else
    map.fitBounds(
      [
        [bounds[0], bounds[1]],
        [bounds[2], bounds[3]],
      ],
      { animate: false, padding: 20 },
    );
  await nextIdle();
  pixelsLanded();
  performance.mark('bare-first-idle');
}

function step(property: string): unknown[] {
  return [
    'step',
    ['get', property],
    COLOURS[0],
    1,
    COLOURS[1],
    2,
    COLOURS[2],
    3,
    COLOURS[3],
    4,
    COLOURS[4],
  ];
}

/** One indicator switch: returns [data work ms, total ms until the pixels exist]. */
async function restyle(): Promise<[number, number]> {
  variant = 1 - variant;
  const t0 = performance.now();
  if (method === 'feature-state') {
    features.forEach((f, i) => {
      const cls = variant ? (i * 7) % 5 : i % 5;
      map.setFeatureState(
        { source: 'units', id: f.properties!.code as string },
        { fill: COLOURS[cls] },
      );
    });
  } else {
    map.setPaintProperty('fill', 'fill-color', step(variant ? 'v1' : 'v0') as never);
  }
  const t1 = performance.now();
  map.triggerRepaint();
  await nextIdle();
  pixelsLanded();
  return [t1 - t0, performance.now() - t0];
}

const ready = start();
(window as unknown as { bench: unknown }).bench = {
  ready,
  restyle,
  source: () => map.getSource('units') as GeoJSONSource,
};
