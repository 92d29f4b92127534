/* global self */
// Runs inside MapLibre's web workers (loaded by src/map/atlas-map.ts with
// importScriptInWorkers). When a GeoJSON source is loaded by URL, MapLibre's
// worker posts the whole parsed GeoJSON back to the page so that
// `source.getData()` can answer; the page then spends a long task
// deserialising it (about 0.4 s for a million points). The atlas never asks
// for that copy — it keeps its own geometry in its data worker — so the
// worker's answer to "load data" (message type "LD") goes back without it.
// If MapLibre's internals change shape, this does nothing and the map works
// as before, only slower.
const handlers = self.worker?.actor?.messageHandlers;
const loadData = handlers?.LD;
if (typeof loadData === 'function') {
  handlers.LD = async (mapId, params) => {
    const result = await loadData(mapId, params);
    if (result && typeof result === 'object') delete result.data;
    return result;
  };
}
