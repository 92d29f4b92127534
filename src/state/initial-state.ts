import { readViewState } from '../core/url-state';
import type { BilingualText } from '../core/text';
import { VINTAGES } from '../core/units';
import { DEFAULT_VIEW, type ViewState } from '../core/view-state';
import type { FileRef } from '../workers/read-bytes';
import { sourcesFromUrl, type Sources } from './data-sources';

/** What the page opens on: the data files and the view, both from the address. */
export interface InitialState {
  readonly sources: Sources;
  /** The crosswalk between the two vintages, if the data has one. */
  readonly crosswalk: FileRef | null;
  /** Why the address's own files were refused, if they were. */
  readonly error: BilingualText | null;
  readonly view: ViewState;
}

/** Reads the address once; the view falls back to a vintage that has data. */
export function initialState(
  location: Location,
  /** The language when the address names none: the reader's (see firstVisitLanguage). */
  language: ViewState['language'] = DEFAULT_VIEW.language,
): InitialState {
  const { sources, crosswalk, error, primary } = sourcesFromUrl(location);
  const available = VINTAGES.filter((v) => sources[v]);
  const fallback = primary ?? available[0] ?? DEFAULT_VIEW.vintage;
  const read = readViewState(new URLSearchParams(location.search), {
    ...DEFAULT_VIEW,
    vintage: fallback,
    language,
  });
  const view = sources[read.vintage] ? read : { ...read, vintage: fallback };
  return { sources, crosswalk, error, view };
}
