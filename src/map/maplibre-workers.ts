import { importScriptInWorkers, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import keepDataUrl from './maplibre-worker-keep-data.mjs?url';

// The worker ships as its own file; Vite serves it from our origin.
setWorkerUrl(workerUrl);

/**
 * Keeps GeoJSON loaded by URL in MapLibre's workers instead of posting it back
 * to the page (see maplibre-worker-keep-data.mjs): a 180 MB import otherwise
 * costs the page a 0.4 s task. A failure leaves MapLibre as it is. Its address
 * is resolved against this module, so an atlas embedded in another page
 * finds it too.
 */
export const workersPatched: Promise<void> = keepDataUrl.startsWith('data:')
  ? // Inlined (the one-file briefing page): MapLibre's workers cannot import a data: script, and a
    // page opened from disk hands its GeoJSON over itself (worker-readable.ts): nothing to keep.
    Promise.resolve()
  : importScriptInWorkers(new URL(keepDataUrl, import.meta.url).href).catch((error: unknown) =>
      console.warn('MapLibre worker patch not loaded', error),
    );
