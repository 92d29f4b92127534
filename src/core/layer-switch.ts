import { isCategoryLayer } from './classify';
import { layerKey, layersAt } from './layer';
import type { AtlasData, MapView } from './map-view';
import { levelsOf } from './units';
import { DEFAULT_CLASSING, type ViewState } from './view-state';

/**
 * The view after picking another layer. A new indicator starts from its own
 * defaults: classes, palette and a legend filter chosen for another do not
 * carry over.
 */
export function withLayer(view: ViewState, key: string): ViewState {
  return { ...view, layer: key, classing: DEFAULT_CLASSING, filter: [] };
}

/**
 * The views a switch to each other layer of the shown level would derive,
 * for the atlas to compute while the page is idle: a switch then finds its
 * classes kept instead of pooling and partitioning every period's values
 * (~53,000 of them for 10,600 communes). Category layers are left out:
 * their classes are the categories themselves, nothing to compute. So is
 * a change between two years: its classes depend on both and are never kept.
 */
export function switchesAhead(data: AtlasData, view: ViewState, shown: MapView): ViewState[] {
  const { dataset, hierarchy } = data;
  if (!dataset || !shown.layer || shown.change) return [];
  const current = layerKey(shown.layer);
  return layersAt(dataset.indicators, shown.level, levelsOf(hierarchy.vintage))
    .filter((layer) => !isCategoryLayer(layer) && layerKey(layer) !== current)
    .map((layer) => withLayer({ ...view, level: shown.level }, layerKey(layer)));
}
