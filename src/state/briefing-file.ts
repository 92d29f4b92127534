import {
  BRIEFING_FORMAT,
  crosswalkToJson,
  datasetToJson,
  fillBriefing,
  type BriefingGeography,
  type BriefingPayload,
} from '../core/briefing-payload';
import { BilingualError } from '../core/problems';
import { readViewState, writeViewState } from '../core/url-state';
import { VINTAGES, type Vintage } from '../core/units';
import { DEFAULT_VIEW, type ViewState } from '../core/view-state';
import { validationReport } from '../core/validation-report';
import type { LoadedVintage } from './load-data';
import type { AtlasStore } from './store';

/** The briefing page, built beside the app (vite.briefing.config.ts). */
const TEMPLATE = 'briefing/briefing.html';

/** The view and every step of its story, as views. */
function viewsOf(view: ViewState): ViewState[] {
  return [
    view,
    ...view.story.map((step) =>
      readViewState(new URLSearchParams(step.query), { ...DEFAULT_VIEW, vintage: view.vintage }),
    ),
  ];
}

/**
 * The geographies the view and its story show, and the former one when a
 * view of the new geography takes its earlier years from it through the
 * crosswalk: the rest of what is loaded stays out of the file.
 */
export function vintagesNeeded(
  view: ViewState,
  crosswalk: { readonly from: Vintage; readonly to: Vintage } | null,
): Vintage[] {
  const views = viewsOf(view);
  const needed = new Set<Vintage>(views.map((v) => v.vintage));
  if (crosswalk && (needed.has(crosswalk.to) || views.some((v) => v.pair)))
    needed.add(crosswalk.from);
  return VINTAGES.filter((v) => needed.has(v));
}

async function geographyOf(loaded: LoadedVintage): Promise<BriefingGeography> {
  const codes = loaded.boundaries.units.map((unit) => unit.code);
  const geojson = await (await loaded.worker.featuresFile(codes)).text();
  const names = loaded.files.boundaries.map((file) => file.name).join(', ');
  const dataset = loaded.dataset;
  return {
    vintage: loaded.hierarchy.vintage,
    boundaries: { name: names || 'ranh-gioi.geojson', geojson },
    dataset: dataset ? datasetToJson(dataset) : null,
    report: dataset ? (loaded.report ?? validationReport(loaded.boundaries, dataset)) : null,
  };
}

/**
 * ONE self-contained HTML file of the atlas on the data shown, the view and
 * its story: the briefing page (the app, its fonts and workers inlined) with
 * the data written in. It opens from disk with no server and no network.
 */
export async function briefingFile(store: AtlasStore): Promise<Blob> {
  const { view, crosswalk, crosswalkName } = store.state;
  const vintages = vintagesNeeded(view, crosswalk);
  await Promise.all(vintages.map((vintage) => store.loader.ensureVintage(vintage)));
  const geographies: BriefingGeography[] = [];
  for (const vintage of vintages) {
    const loaded = store.state.data[vintage];
    if (!loaded) {
      throw new BilingualError({
        vi: `Chưa tải được dữ liệu địa giới ${vintage} cho tệp trình chiếu`,
        en: `The ${vintage} boundaries' data could not be loaded for the briefing`,
      });
    }
    geographies.push(await geographyOf(loaded));
  }
  const carriesBoth =
    crosswalk !== null && vintages.includes(crosswalk.from) && vintages.includes(crosswalk.to);
  const payload: BriefingPayload = {
    format: BRIEFING_FORMAT,
    version: 1,
    view: writeViewState({ ...view, presenting: false, step: 0 }).toString(),
    geographies,
    crosswalk: carriesBoth ? crosswalkToJson(crosswalk, crosswalkName) : null,
  };
  const response = await fetch(new URL(TEMPLATE, document.baseURI)).catch(() => null);
  if (!response?.ok) {
    throw new BilingualError({
      vi: `Không tìm thấy trang mẫu của tệp trình chiếu (${TEMPLATE}); hãy chạy npm run build`,
      en: `The briefing page (${TEMPLATE}) is missing; run npm run build`,
    });
  }
  return new Blob([fillBriefing(await response.text(), payload)], { type: 'text/html' });
}
