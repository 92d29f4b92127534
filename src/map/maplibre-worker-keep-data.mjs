/* global self, fetch */
// Runs inside MapLibre's web workers (loaded by src/map/atlas-map.ts with
// importScriptInWorkers). Two changes, each keeping a large GeoJSON off the
// page's main thread, where it would freeze the page for a long task.
// If MapLibre's internals change shape, each does nothing and the map works
// as before, only slower.

// 1. When a GeoJSON source is loaded by URL, MapLibre's worker posts the whole
// parsed GeoJSON back to the page so that `source.getData()` can answer; the
// page then spends a long task deserialising it (about 0.4 s for a million
// points). The atlas never asks for that copy — it keeps its own geometry in
// its data worker — so the worker's answer to "load data" (message type "LD")
// goes back without it.
const handlers = self.worker?.actor?.messageHandlers;
const loadData = handlers?.LD;
if (typeof loadData === 'function') {
  handlers.LD = async (mapId, params) => {
    const result = await loadData(mapId, params);
    if (result && typeof result === 'object') delete result.data;
    return result;
  };
}

// 2. The atlas hands the map checked or imported boundaries as a Blob URL
// ("blob:http://…"). MapLibre's worker treats any address with "://" that is
// not http(s) as a custom protocol and, knowing none for "blob:http", asks the
// page to fetch it: the page then parses the whole GeoJSON and copies it back
// to the worker — seconds of main-thread work for the national communes.
// A worker can read a Blob URL of its own origin itself, so it does.
async function readBlobUrl(params, abortController) {
  const response = await fetch(params.url, { signal: abortController.signal });
  if (!response.ok) throw new Error(`${params.url}: ${response.status}`);
  if (params.type === 'json') return { data: await response.json() };
  if (params.type === 'string') return { data: await response.text() };
  return { data: await response.arrayBuffer() };
}
if (typeof self.addProtocol === 'function') {
  self.addProtocol('blob:http', readBlobUrl);
  self.addProtocol('blob:https', readBlobUrl);
}
