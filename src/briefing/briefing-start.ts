import {
  crosswalkFromJson,
  datasetFromJson,
  readBriefing,
  type BriefingGeography,
} from '../core/briefing-payload';
import type { VintageFiles } from '../state/data-sources';
import type { SavedStart } from '../state/workspace-start';

/** A geography of the file as the files the atlas loads: its units as a GeoJSON Blob, its figures read. */
function filesOf(geography: BriefingGeography): VintageFiles {
  const dataset = geography.dataset ? datasetFromJson(geography.dataset) : null;
  return {
    boundaries: [
      {
        name: geography.boundaries.name,
        blob: new Blob([geography.boundaries.geojson], { type: 'application/geo+json' }),
      },
    ],
    indicators: null,
    ...(dataset
      ? { table: { fileName: dataset.fileName, mapping: null, dataset, report: geography.report } }
      : {}),
  };
}

/** What the atlas opens on, from the JSON the file carries; null in the empty template. */
export function briefingStart(json: string): SavedStart | null {
  const payload = readBriefing(json);
  if (!payload) return null;
  const sources: Record<string, VintageFiles> = {};
  for (const geography of payload.geographies) sources[geography.vintage] = filesOf(geography);
  return {
    sources,
    alone: true,
    crosswalk: payload.crosswalk ? crosswalkFromJson(payload.crosswalk) : null,
    view: payload.view,
  };
}
