import { writeViewState } from '../core/url-state';
import type { ViewState } from '../core/view-state';

/**
 * The one module that writes the address bar. Writes are throttled because
 * browsers rate-limit `history.replaceState` (Safari throws after 100 calls in
 * 30 s) and a map drag produces a move event per frame.
 */
export class UrlSync {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: ViewState | null = null;

  write(state: ViewState): void {
    this.pending = state;
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), 250);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.pending) return;
    const params = writeViewState(this.pending, new URLSearchParams(window.location.search));
    this.pending = null;
    const url = `${window.location.pathname}?${params.toString()}${window.location.hash}`;
    window.history.replaceState(null, '', url);
  }
}
