import demoBoundaries2021 from '../../data/demo/boundaries-2021.geojson?url';
import demoBoundaries2025 from '../../data/demo/boundaries-2025.geojson?url';
import demoIndicators2021 from '../../data/demo/indicators-2021.json?url';
import demoIndicators2025 from '../../data/demo/indicators-2025.json?url';
import demoCrosswalk from '../../data/demo/crosswalk-2021-2025.json?url';
import type { IndicatorDataset } from '../core/indicator-file';
import type { TableMapping } from '../core/table-import';
import type { BilingualText } from '../core/text';
import type { ValidationReport } from '../core/validation-report';
import { isVintage, type Vintage } from '../core/units';
import type { FileRef } from '../workers/read-bytes';

/**
 * A table's figures, already joined to the boundaries' units: by its import
 * (with the person's column mapping and name choices), or kept in the browser.
 */
export interface ImportedTable {
  readonly fileName: string;
  /** How its columns were read (none for figures carried in a briefing file). */
  readonly mapping: TableMapping | null;
  readonly dataset: IndicatorDataset;
  /** The check made at import (null: made again when asked for). */
  readonly report: ValidationReport | null;
}

/** Where one vintage's files come from: addresses on our origin, or files the user chose. */
export interface VintageFiles {
  readonly boundaries: readonly FileRef[];
  readonly indicators: FileRef | null;
  /** A table's figures for these boundaries, in place of an indicator file. */
  readonly table?: ImportedTable;
}

export type Sources = Partial<Record<Vintage, VintageFiles>>;

/** A file's name as a person reads it; a malformed escape (`%E0%A4%A`) is shown as it is. */
function fileName(url: string): string {
  const last = url.split('?')[0]?.split('/').pop() ?? url;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Absolute, because the data worker would resolve a relative address against its own script. */
const fileRefOfUrl = (url: string): FileRef => ({
  name: fileName(url),
  url: new URL(url, document.baseURI).href,
});

/**
 * The address resolved against the page, or null when it is not an address
 * at all: not a URL, or with a broken %-escape (`%E0%A4%A`).
 */
function resolve(url: string, base: string): URL | null {
  let readable: string;
  try {
    readable = decodeURI(url);
  } catch {
    return null;
  }
  try {
    // The decoded text is used, so no minifier takes the check for dead code.
    return readable ? new URL(url, base) : null;
  } catch {
    return null;
  }
}

/** The embedded synthetic demo, bundled by Vite and served from our own origin. */
const DEMO_SOURCES: Sources = {
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
const DEMO_CROSSWALK: FileRef = fileRefOfUrl(demoCrosswalk);

/**
 * Reads the data files from the page URL:
 * `?vintage=2025&boundaries=a.geojson,b.geojson&indicators=x.json` for the
 * vintage shown (`v=` stands for `vintage=` when it is absent), optionally `&other_boundaries=…&other_indicators=…` for the
 * other vintage and `&crosswalk=c.json` to link the two. Only addresses on the
 * page's own origin are accepted: the atlas never sends a request elsewhere on
 * its own.
 */
export function sourcesFromUrl(location: Location): {
  sources: Sources;
  crosswalk: FileRef | null;
  custom: boolean;
  error: BilingualText | null;
  /** The vintage the address's own `vintage=` names: shown first when the view does not say. */
  primary?: Vintage;
} {
  const params = new URLSearchParams(location.search);
  const demo = { sources: DEMO_SOURCES, crosswalk: DEMO_CROSSWALK, custom: false };
  const boundaries = params.get('boundaries');
  if (!boundaries) {
    // Files for the view without boundaries to put them on: said, not silently ignored.
    const orphans = ['indicators', 'crosswalk', 'other_boundaries', 'other_indicators'].filter(
      (key) => params.get(key),
    );
    if (orphans.length === 0) return { ...demo, error: null };
    const keys = orphans.map((key) => `${key}=`).join(', ');
    return {
      ...demo,
      error: {
        vi: `${keys} cần có boundaries= (tệp ranh giới) trong địa chỉ; đang hiện dữ liệu minh họa`,
        en: `${keys} needs boundaries= (a boundary file) in the address; showing the demo`,
      },
    };
  }
  // The files' vintage: `vintage=`, or the view's own `v=` (what <ntp-atlas vintage="…"> sets).
  const vintage = params.get('vintage') ?? params.get('v') ?? '2025';
  if (!isVintage(vintage)) {
    return {
      ...demo,
      error: {
        vi: `bộ ranh giới (vintage) "${vintage}" không phải 2021 hay 2025`,
        en: `vintage "${vintage}" is not 2021 or 2025`,
      },
    };
  }
  const other: Vintage = vintage === '2021' ? '2025' : '2021';
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  const addresses = [
    ...list('boundaries'),
    ...list('indicators'),
    ...list('other_boundaries'),
    ...list('other_indicators'),
    ...list('crosswalk'),
  ];
  for (const url of addresses) {
    const resolved = resolve(url, location.href);
    if (!resolved) {
      return {
        ...demo,
        error: {
          vi: `"${url}" không phải một địa chỉ tệp; đang hiện dữ liệu minh họa`,
          en: `"${url}" is not a file address; showing the demo`,
        },
      };
    }
    if (resolved.origin !== location.origin) {
      return {
        ...demo,
        error: {
          vi: `${url} không nằm trên trang này; bản đồ chỉ tải tệp cùng nguồn (origin)`,
          en: `${url} is not on this site's origin; only same-origin files are loaded`,
        },
      };
    }
  }
  const filesOf = (boundaryKey: string, indicatorKey: string): VintageFiles | undefined => {
    const urls = list(boundaryKey);
    if (urls.length === 0) return undefined;
    const indicators = params.get(indicatorKey);
    return {
      boundaries: urls.map(fileRefOfUrl),
      indicators: indicators ? fileRefOfUrl(indicators) : null,
    };
  };
  const sources: Sources = { [vintage]: filesOf('boundaries', 'indicators') };
  const otherFiles = filesOf('other_boundaries', 'other_indicators');
  if (otherFiles) sources[other] = otherFiles;
  const crosswalk = params.get('crosswalk');
  return {
    sources,
    crosswalk: crosswalk ? fileRefOfUrl(crosswalk) : null,
    custom: true,
    error: null,
    primary: vintage,
  };
}
