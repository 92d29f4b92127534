import { parseBoundaryFiles } from '../core/boundary-file';
import { labelPoints } from '../core/geometry';
import { buildHierarchy } from '../core/hierarchy';
import { parseIndicatorFile } from '../core/indicator-file';
import type { AtlasData } from '../core/map-view';
import { DataFileError } from '../core/problems';
import type { Vintage } from '../core/units';
import type { VintageSource } from './data-sources';

export interface LoadedVintage extends AtlasData {
  /** Label points, computed on first call: at national zoom commune labels are not drawn at all. */
  readonly labels: () => ReturnType<typeof labelPoints>;
}

async function fetchJson(url: string): Promise<unknown> {
  const name = url.split('/').pop() ?? url;
  const response = await fetch(url);
  if (!response.ok)
    throw new DataFileError(name, '', `could not be loaded (HTTP ${response.status})`);
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataFileError(name, '', `is not valid JSON (${(error as Error).message})`);
  }
}

/** Fetches and prepares one vintage. Throws {@link DataFileError} with file and place on bad input. */
export async function loadVintage(vintage: Vintage, source: VintageSource): Promise<LoadedVintage> {
  const files = await Promise.all(
    source.boundaries.map(async (url) => ({
      name: url.split('/').pop() ?? url,
      json: await fetchJson(url),
    })),
  );
  const boundaries = parseBoundaryFiles(files, vintage);
  const hierarchy = buildHierarchy(vintage, boundaries.units);
  let dataset = null;
  if (source.indicators) {
    dataset = parseIndicatorFile(
      await fetchJson(source.indicators),
      source.indicators.split('/').pop() ?? '',
    );
    if (dataset.vintage !== vintage) {
      throw new DataFileError(
        dataset.fileName,
        'vintage',
        `is ${dataset.vintage} but the boundaries are ${vintage}; a code is never read without its vintage`,
      );
    }
  }
  let labels: ReturnType<typeof labelPoints> | null = null;
  return {
    boundaries,
    hierarchy,
    dataset,
    labels: () => (labels ??= labelPoints(boundaries.features)),
  };
}
