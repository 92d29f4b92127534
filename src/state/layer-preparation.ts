import { entryOf } from '../core/entry-of';
import { switchesAhead } from '../core/layer-switch';
import { computeMapView, type MapView } from '../core/map-view';
import type { ViewState } from '../core/view-state';
import { IdleWork } from './idle-work';
import type { LoadedVintage } from './load-data';
import { derivedKey } from './selectors';

/**
 * Once the map has drawn a view, the classes of every other layer of its
 * level are computed while the page is idle, so that picking one only
 * looks them up. Views already prepared for these data are skipped.
 */
export class LayerPreparation {
  /**
   * On by default; `npm run bench` turns it off to time a switch whose
   * classes are computed on the click.
   */
  enabled = true;
  private readonly work = new IdleWork();
  /** The views whose classes have been prepared, per loaded data. */
  private readonly prepared = new WeakMap<LoadedVintage, Set<string>>();
  /** The view drawn when the preparation was last planned. */
  private plannedFor: MapView | null = null;

  /** True when no layer is waiting to be prepared. */
  get done(): boolean {
    return this.work.done;
  }

  plan(loaded: LoadedVintage, view: ViewState, shown: MapView): void {
    // The map is idle after every camera move too: plan once per view drawn.
    if (!this.enabled || this.plannedFor === shown) return;
    this.plannedFor = shown;
    const done = entryOf(this.prepared, loaded, () => new Set<string>());
    const tasks = switchesAhead(loaded, view, shown)
      .map((next) => ({ next, key: derivedKey(next) }))
      .filter(({ key }) => !done.has(key))
      .map(({ next, key }) => () => {
        if (this.plannedFor !== shown) return;
        performance.mark('atlas-prepare-start');
        computeMapView(loaded, next);
        performance.measure('atlas-prepare', 'atlas-prepare-start');
        done.add(key);
      });
    this.work.replace(tasks);
  }
}
