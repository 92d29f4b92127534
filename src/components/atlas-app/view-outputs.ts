import { isAggregatedAt, layerLabel } from '../../core/layer';
import { plainText } from '../../core/display-language';
import type { FigurePlan, MapDrawing } from '../../core/figure-types';
import { BilingualError } from '../../core/problems';
import { shareSnippets, type ShareSnippets } from '../../core/share-snippets';
import { levelsOf } from '../../core/units';
import type { Camera } from '../../core/view-state';
import { figureOf } from '../../export/figure-source';
import { currentData } from '../../state/selectors';
import type { AtlasStore } from '../../state/store';
import { LEVEL_LABELS } from '../shared/bilingual';

/** What the view's outputs ask of the maps on screen: how each is drawn now. */
interface DrawnMaps {
  drawing(): MapDrawing | null;
  secondDrawing(): MapDrawing | null;
}

/**
 * The figure of the view on screen, for the export dialog: the map as drawn
 * with its words, and in a split or swipe view the second map beside it,
 * each with its legend.
 */
export async function figureOfView(
  store: AtlasStore,
  maps: DrawnMaps | null,
  title: string | null,
): Promise<FigurePlan> {
  const state = store.state;
  const loaded = currentData(state);
  const mapView = store.select.mapView(state);
  const drawing = maps?.drawing();
  if (!drawing || !loaded || !mapView)
    throw new BilingualError({ vi: 'Chưa có bản đồ', en: 'No map yet' });
  const request = {
    loaded,
    selected: state.view.selected,
    language: state.view.language,
    levelLabel: LEVEL_LABELS[mapView.level],
  };
  const first = await figureOf({
    ...request,
    drawing,
    mapView,
    title,
    aggregated: store.select.aggregated(state),
  });
  const second = store.select.secondView(state);
  const secondDrawing = maps?.secondDrawing();
  if (!second?.layer || !secondDrawing) return first;
  const beside = await figureOf({
    ...request,
    drawing: { ...secondDrawing, camera: drawing.camera },
    mapView: second,
    title: null,
    aggregated: isAggregatedAt(second.layer, second.level, levelsOf(second.vintage)),
  });
  return { ...first, beside };
}

/** The link, iframe and element for the view on screen (at the map's camera), for the share dialog. */
export function snippetsOfView(store: AtlasStore, camera: Camera | null): ShareSnippets {
  const { view } = store.state;
  const layer = store.select.mapView(store.state)?.layer;
  const title = view.title ?? (layer ? plainText(layerLabel(layer), view.language) : 'ntp-atlas');
  const script = new URL('embed/ntp-atlas.js', document.baseURI).href;
  return shareSnippets(
    window.location.href,
    { ...view, camera: camera ?? view.camera },
    script,
    title,
  );
}
