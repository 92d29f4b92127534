import { readViewState } from '../core/url-state';
import type { BilingualText } from '../core/text';
import { VINTAGES } from '../core/units';
import { DEFAULT_VIEW, type ViewState } from '../core/view-state';
import type { FileRef } from '../workers/read-bytes';
import type { Crosswalk } from '../core/crosswalk';
import { sourcesFromUrl, type Sources } from './data-sources';
import type { SavedStart } from './workspace-start';

/** Parameters that only say how the page is shown, not what view: a link of them alone opens the last session's view. */
const NOT_VIEW = new Set(['lang', 'embed', 'download']);

/** What the page opens on: the data files and the view, both from the address. */
export interface InitialState {
  readonly sources: Sources;
  /** The crosswalk between the two vintages, if the data has one. */
  readonly crosswalk: FileRef | null;
  /** The crosswalk kept in the browser from the last session, already read. */
  readonly keptCrosswalk: { readonly crosswalk: Crosswalk; readonly name: string } | null;
  /** Why the address's own files were refused, if they were. */
  readonly error: BilingualText | null;
  readonly view: ViewState;
}

/**
 * Reads the address once; the view falls back to a vintage that has data.
 * Without files in the address, the data kept in the browser from the last
 * session (`saved`) replaces the demo where it has a vintage, and an address
 * without a view of its own opens that session's view, story included.
 */
export function initialState(
  location: Location,
  /** The language when the address names none: the reader's (see firstVisitLanguage). */
  language: ViewState['language'] = DEFAULT_VIEW.language,
  saved: SavedStart | null = null,
): InitialState {
  const fromUrl = sourcesFromUrl(location);
  const restore = saved && !fromUrl.custom ? saved : null;
  const sources: Sources = restore
    ? restore.alone
      ? restore.sources
      : { ...fromUrl.sources, ...restore.sources }
    : fromUrl.sources;
  // The demo's crosswalk says nothing of the person's own units.
  const keptData = restore !== null && Object.keys(restore.sources).length > 0;
  const crosswalk = keptData || restore?.crosswalk ? null : fromUrl.crosswalk;
  const params = new URLSearchParams(location.search);
  const ownView = [...params.keys()].some((key) => !NOT_VIEW.has(key));
  const viewParams = restore && !ownView ? new URLSearchParams(restore.view) : params;
  const lang = params.get('lang');
  if (lang) viewParams.set('lang', lang);
  const available = VINTAGES.filter((v) => sources[v]);
  const kept = VINTAGES.find((v) => restore?.sources[v]);
  const fallback = (restore ? kept : fromUrl.primary) ?? available[0] ?? DEFAULT_VIEW.vintage;
  const read = readViewState(viewParams, { ...DEFAULT_VIEW, vintage: fallback, language });
  const view = sources[read.vintage] ? read : { ...read, vintage: fallback };
  return {
    sources,
    crosswalk,
    keptCrosswalk: restore?.crosswalk ?? null,
    error: fromUrl.error,
    view,
  };
}
