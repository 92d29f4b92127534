import { ContextConsumer, createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AtlasState } from './atlas-state';
import type { AtlasStore } from './store';

/**
 * The store of the atlas an element sits in, handed down through the DOM.
 * A context rather than a global, so two atlases in one page keep apart.
 */
export const storeContext = createContext<AtlasStore>(Symbol('atlas-store'));

/**
 * Gives an element the store of its atlas (or the one passed, for the atlas
 * itself) and redraws the element after every change of the state.
 */
export class StoreController implements ReactiveController {
  private found: AtlasStore | null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    store: AtlasStore | null = null,
  ) {
    this.found = store;
    host.addController(this);
    if (!store) {
      new ContextConsumer(host, {
        context: storeContext,
        callback: (provided) => {
          this.found = provided;
          this.listen();
          host.requestUpdate();
        },
      });
    }
  }

  /** The store; an element is only rendered inside an atlas, which provides it. */
  get store(): AtlasStore {
    if (!this.found) throw new Error(`${this.host.tagName} is not inside an atlas`);
    return this.found;
  }

  get state(): AtlasState {
    return this.store.state;
  }

  /** Whether the element has found its atlas yet (before that it renders nothing). */
  get ready(): boolean {
    return this.found !== null;
  }

  hostConnected(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private listen(): void {
    if (!this.found || this.unsubscribe || !this.host.isConnected) return;
    this.unsubscribe = this.found.subscribe(() => this.host.requestUpdate());
  }
}
