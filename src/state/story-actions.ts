import { layerLabel } from '../core/layer';
import type { StoryStep } from '../core/story';
import { plainText } from '../core/display-language';
import { readViewState, writeViewState } from '../core/url-state';
import { DEFAULT_VIEW, type Camera } from '../core/view-state';
import type { StateHolder } from './data-loader';
import type { AtlasStore } from './store';

/** Keys that step through a presentation, and where each goes from `step` of `count`. */
const STEP_KEYS: Record<string, (step: number, count: number) => number> = {
  ArrowRight: (step) => step + 1,
  ArrowDown: (step) => step + 1,
  PageDown: (step) => step + 1,
  ' ': (step) => step + 1,
  ArrowLeft: (step) => step - 1,
  ArrowUp: (step) => step - 1,
  PageUp: (step) => step - 1,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * A story's actions: views saved in order with their captions, shown one by
 * one in a presentation. A step is kept as the query of the view's link.
 */
export class StoryActions {
  constructor(private readonly store: StateHolder & Pick<AtlasStore, 'select' | 'setView'>) {}

  /** The view on screen as a step: the query of its link, with the camera the map has now. */
  add(caption: string, camera: Camera | null): void {
    const { view } = this.store.state;
    const query = writeViewState({
      ...view,
      camera: camera ?? view.camera,
      language: DEFAULT_VIEW.language,
      title: null,
      story: [],
      step: 0,
      presenting: false,
    }).toString();
    const n = view.story.length + 1;
    const layer = this.store.select.mapView(this.store.state)?.layer;
    const fallback = layer ? plainText(layerLabel(layer), view.language) : '';
    this.store.setView({
      story: [...view.story, { caption: caption || `${n}. ${fallback}`, query }],
    });
  }

  /** Steps reordered, edited or removed, or a story read from a file (with its title). */
  change(steps: readonly StoryStep[], title?: string | null): void {
    this.store.setView({ story: steps, step: 0, ...(title !== undefined ? { title } : {}) });
  }

  /** Shows a saved view as it was saved; the language, title and story stay. */
  show(index: number): void {
    const { view } = this.store.state;
    const { story } = view;
    const step = story[Math.max(0, Math.min(index, story.length - 1))];
    if (!step) return;
    const saved = readViewState(new URLSearchParams(step.query), {
      ...DEFAULT_VIEW,
      vintage: view.vintage,
    });
    this.store.update({
      view: {
        ...saved,
        language: view.language,
        title: view.title,
        story,
        step: story.indexOf(step),
        presenting: view.presenting,
      },
      levelNote: null,
      ...(saved.camera ? { cameraRequest: { camera: saved.camera } } : { fitPending: true }),
    });
  }

  /** Presentation, from the first step. */
  present(): void {
    this.store.setView({ presenting: true });
    this.show(0);
  }

  leave(): void {
    this.store.setView({ presenting: false });
  }

  /**
   * Arrow keys, Page Up/Down, Home and End step through the story; Escape
   * leaves it. Returns whether the key was one of them.
   */
  key(key: string): boolean {
    const { step, story, presenting } = this.store.state.view;
    if (!presenting) return false;
    if (key === 'Escape') {
      this.leave();
      return true;
    }
    const to = STEP_KEYS[key]?.(step, story.length);
    if (to === undefined) return false;
    if (to >= 0 && to < story.length && to !== step) this.show(to);
    return true;
  }
}
