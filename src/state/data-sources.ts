import demoBoundaries2021 from '../../data/demo/boundaries-2021.geojson?url';
import demoBoundaries2025 from '../../data/demo/boundaries-2025.geojson?url';
import demoIndicators2021 from '../../data/demo/indicators-2021.json?url';
import demoIndicators2025 from '../../data/demo/indicators-2025.json?url';
import demoCrosswalk from '../../data/demo/crosswalk-2021-2025.json?url';
import { isVintage, type Vintage } from '../core/units';
import type { FileRef } from '../workers/read-bytes';

/** Where one vintage's files come from: addresses on our origin, or files the user chose. */
export interface VintageFiles {
  readonly boundaries: readonly FileRef[];
  readonly indicators: FileRef | null;
}

export type Sources = Partial<Record<Vintage, VintageFiles>>;

/** Absolute, because the data worker would resolve a relative address against its own script. */
export const fileRefOfUrl = (url: string): FileRef => ({
  name: decodeURIComponent(url.split('?')[0]?.split('/').pop() ?? url),
  url: new URL(url, document.baseURI).href,
});

/** The embedded synthetic demo, bundled by Vite and served from our own origin. */
export const DEMO_SOURCES: Sources = {
  '2021': {
    boundaries: [fileRefOfUrl(demoBoundaries2021)],
    indicators: fileRefOfUrl(demoIndicators2021),
  },
  '2025': {
    boundaries: [fileRefOfUrl(demoBoundaries2025)],
    indicators: fileRefOfUrl(demoIndicators2025),
  },
};

/** The demo's crosswalk between its two geographies. */
export const DEMO_CROSSWALK: FileRef = fileRefOfUrl(demoCrosswalk);

/**
 * Reads `?boundaries=a.geojson,b.geojson&indicators=x.json&vintage=2025` from
 * the page URL. Only addresses on the page's own origin are accepted: the atlas
 * never sends a request elsewhere on its own.
 */
export function sourcesFromUrl(location: Location): {
  sources: Sources;
  custom: boolean;
  error: string | null;
} {
  const params = new URLSearchParams(location.search);
  const boundaries = params.get('boundaries');
  if (!boundaries) return { sources: DEMO_SOURCES, custom: false, error: null };
  const vintage = params.get('vintage') ?? '2025';
  if (!isVintage(vintage)) {
    return {
      sources: DEMO_SOURCES,
      custom: false,
      error: `vintage "${vintage}" is not 2021 or 2025`,
    };
  }
  const urls = boundaries.split(',').filter(Boolean);
  const indicators = params.get('indicators');
  for (const url of [...urls, ...(indicators ? [indicators] : [])]) {
    if (new URL(url, location.href).origin !== location.origin) {
      return {
        sources: DEMO_SOURCES,
        custom: false,
        error: `${url} is not on this site's origin; only same-origin files are loaded`,
      };
    }
  }
  const files: VintageFiles = {
    boundaries: urls.map(fileRefOfUrl),
    indicators: indicators ? fileRefOfUrl(indicators) : null,
  };
  return { sources: { [vintage]: files }, custom: true, error: null };
}
