/** Below this many milliseconds left in an idle period, the next task waits for another. */
const ENOUGH_LEFT_MS = 8;
/** Where the browser has no idle callbacks (Safari): a pause, then one task at a time. */
const FALLBACK_DELAY_MS = 50;

/**
 * Tasks run one after another while the page is idle, each whole: work done
 * ahead of the user (a layer's classes), never in the way of a frame or a
 * click already waiting. A new plan replaces whatever was still waiting.
 */
export class IdleWork {
  private queue: (() => void)[] = [];
  private scheduled = false;

  /** Whether nothing is left to do. */
  get done(): boolean {
    return this.queue.length === 0;
  }

  /** Drops what was waiting and plans `tasks` instead. */
  replace(tasks: readonly (() => void)[]): void {
    this.queue = [...tasks];
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    const run = (timeLeft: () => number) => {
      this.scheduled = false;
      // At least one task per idle period, so that short periods still make progress.
      do this.queue.shift()?.();
      while (this.queue.length > 0 && timeLeft() > ENOUGH_LEFT_MS);
      this.schedule();
    };
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback((deadline) => run(() => deadline.timeRemaining()));
    else setTimeout(() => run(() => 0), FALLBACK_DELAY_MS);
  }
}
