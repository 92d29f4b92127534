import type { Crosswalk } from '../core/crosswalk';
import { errorText } from '../core/problems';
import type { SavedEntry } from '../core/saved-data';
import type { AtlasState } from './atlas-state';
import { loadVintage, type LoadedVintage } from './load-data';
import type { AtlasStore } from './store';
import {
  entryById,
  forgetEntry,
  keepCrosswalk,
  keepImport,
  savedEntries,
  sessionKeepsAnything,
  sessionOf,
} from './workspace';
import { writeSession } from './workspace-db';
import { crosswalkOfEntry, filesOfEntry } from './workspace-start';

/** How long the view must stay still before the session is written (a slider drag writes once). */
const SESSION_DELAY_MS = 400;

/**
 * Keeps the atlas's work in the browser as it happens: each import and
 * crosswalk when it is shown, the session (what is shown, the view, the
 * story) when it changes; and opens saved data again. A storage failure is
 * said in the atlas's error line; the view on screen stays as it is.
 */
export class WorkspaceSync {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** A session has been written (or read): from then on it follows the page, even back to the demo. */
  private sessionKept: boolean;
  /** The session could not be written: said once, not at every move of the map. */
  private sessionFailed = false;

  constructor(
    private readonly store: AtlasStore,
    restored: boolean,
  ) {
    this.sessionKept = restored;
  }

  /** Follows the store: the session is written after each change of data or view. */
  follow(): () => void {
    return this.store.subscribe((state, previous) => {
      if (
        state.view !== previous.view ||
        state.sources !== previous.sources ||
        state.crosswalk !== previous.crosswalk
      )
        this.scheduleSession();
    });
  }

  /** An import shown: kept, then named in the session. */
  async keepImport(loaded: LoadedVintage): Promise<void> {
    try {
      await keepImport(loaded);
      this.scheduleSession(0);
    } catch (error) {
      this.store.update({ error: errorText(error) });
    }
  }

  async keepCrosswalk(crosswalk: Crosswalk, name: string): Promise<void> {
    try {
      await keepCrosswalk(crosswalk, name);
      this.scheduleSession(0);
    } catch (error) {
      this.store.update({ error: errorText(error) });
    }
  }

  list(): Promise<SavedEntry[]> {
    return savedEntries();
  }

  /** Shows a saved entry again: its data read from the browser, as an import is. */
  async open(id: string): Promise<void> {
    const entry = await entryById(id);
    if (!entry) return;
    if (entry.kind === 'crosswalk') {
      const { crosswalk, name } = crosswalkOfEntry(entry);
      this.store.useCrosswalk(crosswalk, name);
      return;
    }
    const loaded = await loadVintage(entry.vintage, filesOfEntry(entry)).result;
    this.store.showImported(loaded);
  }

  forget(id: string): Promise<void> {
    return forgetEntry(id);
  }

  /** Writes the session now (tests, and the page being left). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.writeSession(this.store.state);
  }

  private scheduleSession(delay = SESSION_DELAY_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.writeSession(this.store.state);
    }, delay);
  }

  private async writeSession(state: AtlasState): Promise<void> {
    // The view is not kept before its data is there: a half-loaded page would overwrite the last one.
    if (!state.data[state.view.vintage]) return;
    const session = sessionOf(
      state.sources,
      { crosswalk: state.crosswalk, name: state.crosswalkName },
      state.view,
    );
    if (!this.sessionKept && !sessionKeepsAnything(session)) return;
    try {
      await writeSession(session);
      this.sessionKept = true;
      this.sessionFailed = false;
    } catch (error) {
      if (!this.sessionFailed) this.store.update({ error: errorText(error) });
      this.sessionFailed = true;
    }
  }
}
