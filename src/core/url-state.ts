import { programmePeriodOf } from './programme-period';
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, type ClassMethod } from './classify';
import { isDisplayLanguage } from './display-language';
import { decodeStory, encodeStory } from './story';
import { paletteInfo } from './palette';
import { isLevel, isVintage, type UnitCode } from './units';
import { DEFAULT_CLASSING, type Camera, type ClassingChoice, type ViewState } from './view-state';

/**
 * The URL is a pure round trip of the view state: `toQuery(fromQuery(q)) === q`
 * for every query this module wrote. Short keys keep shared links readable:
 * v vintage, l level, i layer, p period, u selected unit, c camera (lng,lat,zoom),
 * d period compared with, f legend filter; classing: m method, k classes,
 * b manual breaks, pal palette, rev reversed, cb break basis; pair both
 * geographies side by side, u2 the unit picked on the new geography's map,
 * lang the language shown (vi, en or both; the reader's browser language when absent), t the title typed;
 * story the saved views (base64url JSON), step the one shown, present 1 when presenting,
 * names 0 when units' names are hidden.
 * Defaults are left out. Other parameters (data sources) are left alone.
 */
const KEYS = [
  'v',
  'l',
  'i',
  'p',
  'pp',
  'u',
  'c',
  'd',
  'f',
  'm',
  'k',
  'b',
  'pal',
  'rev',
  'cb',
  'pair',
  'u2',
  'lang',
  't',
  'story',
  'step',
  'present',
  'names',
  'sc',
  'bi',
  'split',
  'swipe',
  'i2',
  'p2',
  'm2',
  'k2',
  'b2',
  'pal2',
  'rev2',
  'cb2',
] as const;

function roundCamera(camera: Camera): Camera {
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
  // The programme period of the year, so a shared link says which set it shows
  // ("p=2026&pp=2026-2030"). Derived from the year: read back, it is ignored.
  const programme = state.period !== null ? programmePeriodOf(state.period) : null;
  if (programme) params.set('pp', programme);
  if (state.selected !== null) params.set('u', state.selected);
  if (state.camera) {
    const c = roundCamera(state.camera);
    params.set('c', `${c.lng},${c.lat},${c.zoom}`);
  }
  if (state.compare !== null) params.set('d', state.compare);
  if (state.filter.length > 0) params.set('f', state.filter.join(','));
  writeClassing(params, state.classing, '');
  if (state.pair) params.set('pair', '1');
  if (state.pairSelected !== null) params.set('u2', state.pairSelected);
  // Always said: an address without it opens in the reader's own language.
  params.set('lang', state.language);
  if (state.title) params.set('t', state.title);
  if (state.story.length > 0) params.set('story', encodeStory(state.story));
  if (state.step > 0) params.set('step', String(state.step));
  if (state.presenting) params.set('present', '1');
  if (!state.names) params.set('names', '0');
  if (state.scorecard) params.set('sc', '1');
  if (state.bivariate) params.set('bi', state.bivariate);
  if (state.maps && state.second) {
    params.set(state.maps, '1');
    params.set('i2', state.second.layer);
    if (state.second.period !== null) params.set('p2', state.second.period);
    writeClassing(params, state.second.classing, '2');
  }
  return params;
}

/** A map's classing choices, each only when not the default; `suffix` "2" for the second map. */
function writeClassing(params: URLSearchParams, k: ClassingChoice, suffix: '' | '2'): void {
  if (k.method) params.set(`m${suffix}`, k.method);
  if (k.classes !== null) params.set(`k${suffix}`, String(k.classes));
  if (k.breaks && k.breaks.length > 0) params.set(`b${suffix}`, k.breaks.join(','));
  if (k.palette) params.set(`pal${suffix}`, k.palette);
  if (k.reverse) params.set(`rev${suffix}`, '1');
  if (k.basis === 'period') params.set(`cb${suffix}`, 'p');
}

function readClassing(
  params: URLSearchParams,
  defaults: ClassingChoice,
  suffix: '' | '2' = '',
): ClassingChoice {
  const method = params.get(`m${suffix}`);
  const classes = Number(params.get(`k${suffix}`));
  const breaks = readNumbers(params.get(`b${suffix}`));
  const palette = params.get(`pal${suffix}`);
  return {
    method: CLASS_METHODS.includes(method as ClassMethod)
      ? (method as ClassMethod)
      : defaults.method,
    classes:
      Number.isInteger(classes) && classes >= MIN_CLASSES && classes <= MAX_CLASSES
        ? classes
        : defaults.classes,
    breaks: breaks ?? defaults.breaks,
    palette: palette && paletteInfo(palette) ? palette : defaults.palette,
    reverse: params.has(`rev${suffix}`) ? params.get(`rev${suffix}`) === '1' : defaults.reverse,
    basis: params.has(`cb${suffix}`)
      ? params.get(`cb${suffix}`) === 'p'
        ? 'period'
        : 'all'
      : defaults.basis,
  };
}

/** "1,2.5,-3" → numbers; null if absent or any part is not a finite number. */
function readNumbers(text: string | null): number[] | null {
  if (!text) return null;
  const numbers = text.split(',').map((part) => (part.trim() === '' ? NaN : Number(part)));
  return numbers.every(Number.isFinite) ? numbers : null;
}

/** Reads a view from a query; each missing or malformed part falls back to `defaults`. */
export function readViewState(params: URLSearchParams, defaults: ViewState): ViewState {
  const vintage = params.get('v');
  const level = params.get('l');
  const layer = params.get('i');
  const selected = params.get('u');
  const pairSelected = params.get('u2');
  const language = params.get('lang');
  const isCode = (text: string | null): text is UnitCode => !!text && /^\d{2,5}$/.test(text);
  return {
    vintage: isVintage(vintage) ? vintage : defaults.vintage,
    level: isLevel(level) ? level : defaults.level,
    layer: isLayerKey(layer) ? layer : defaults.layer,
    period: params.get('p') ?? defaults.period,
    selected: isCode(selected) ? selected : defaults.selected,
    camera: readCamera(params.get('c')) ?? defaults.camera,
    compare: params.get('d') ?? defaults.compare,
    filter: (readNumbers(params.get('f')) ?? defaults.filter).filter(
      (n) => Number.isInteger(n) && n >= 0 && n <= MAX_CLASSES,
    ),
    classing: readClassing(params, defaults.classing),
    pair: params.has('pair') ? params.get('pair') === '1' : defaults.pair,
    pairSelected: isCode(pairSelected) ? pairSelected : defaults.pairSelected,
    language: isDisplayLanguage(language) ? language : defaults.language,
    title: params.get('t')?.trim().slice(0, 200) || defaults.title,
    story: params.has('story') ? decodeStory(params.get('story')) : defaults.story,
    step: Math.max(0, Math.floor(Number(params.get('step')) || 0)),
    presenting: params.has('present') ? params.get('present') === '1' : defaults.presenting,
    names: params.has('names') ? params.get('names') !== '0' : defaults.names,
    scorecard: params.has('sc') ? params.get('sc') === '1' : defaults.scorecard,
    bivariate: isLayerKey(params.get('bi')) ? params.get('bi') : defaults.bivariate,
    ...readSecondMap(params, defaults),
  };
}

/** The second map of a split or swipe view: `split=1&i2=poor_rate&p2=2024&m2=quantile…`. */
function readSecondMap(
  params: URLSearchParams,
  defaults: ViewState,
): Pick<ViewState, 'maps' | 'second'> {
  const maps = params.get('split') === '1' ? 'split' : params.get('swipe') === '1' ? 'swipe' : null;
  if (!maps) return { maps: defaults.maps, second: defaults.second };
  const layer = params.get('i2');
  return {
    maps,
    second: {
      layer: isLayerKey(layer) ? layer : defaults.layer,
      period: params.get('p2') ?? null,
      classing: readClassing(params, DEFAULT_CLASSING, '2'),
    },
  };
}

/** A layer key as the URL may carry it: `ntm_status.advanced.count`, nothing else. */
function isLayerKey(text: string | null): text is string {
  return !!text && /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*){0,2}$/.test(text);
}

function readCamera(text: string | null): Camera | null {
  if (!text) return null;
  const parts = text.split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lng, lat, zoom] = parts as [number, number, number];
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90 || zoom < 0 || zoom > 24) return null;
  return { lng, lat, zoom };
}
