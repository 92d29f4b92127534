import { isLevel, isVintage, type UnitCode } from './units';
import type { Camera, ViewState } from './view-state';

/**
 * The URL is a pure round trip of the view state: `toQuery(fromQuery(q)) === q`
 * for every query this module wrote. Short keys keep shared links readable:
 * v vintage, l level, i layer, p period, u selected unit, c camera (lng,lat,zoom).
 * Other parameters (data sources) are left alone.
 */
const KEYS = ['v', 'l', 'i', 'p', 'u', 'c'] as const;

export function roundCamera(camera: Camera): Camera {
  return {
    lng: Math.round(camera.lng * 1e5) / 1e5,
    lat: Math.round(camera.lat * 1e5) / 1e5,
    zoom: Math.round(camera.zoom * 100) / 100,
  };
}

export function writeViewState(
  state: ViewState,
  into: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(into);
  for (const key of KEYS) params.delete(key);
  params.set('v', state.vintage);
  params.set('l', state.level);
  params.set('i', state.layer);
  if (state.period !== null) params.set('p', state.period);
  if (state.selected !== null) params.set('u', state.selected);
  if (state.camera) {
    const c = roundCamera(state.camera);
    params.set('c', `${c.lng},${c.lat},${c.zoom}`);
  }
  return params;
}

/** Reads a view from a query; each missing or malformed part falls back to `defaults`. */
export function readViewState(params: URLSearchParams, defaults: ViewState): ViewState {
  const vintage = params.get('v');
  const level = params.get('l');
  const layer = params.get('i');
  const selected = params.get('u');
  return {
    vintage: isVintage(vintage) ? vintage : defaults.vintage,
    level: isLevel(level) ? level : defaults.level,
    layer: layer && /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$/.test(layer) ? layer : defaults.layer,
    period: params.get('p') ?? defaults.period,
    selected: selected && /^\d{2,5}$/.test(selected) ? (selected as UnitCode) : defaults.selected,
    camera: readCamera(params.get('c')) ?? defaults.camera,
  };
}

function readCamera(text: string | null): Camera | null {
  if (!text) return null;
  const parts = text.split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lng, lat, zoom] = parts as [number, number, number];
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90 || zoom < 0 || zoom > 24) return null;
  return { lng, lat, zoom };
}
