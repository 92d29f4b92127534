/** Where the browser has no idle callbacks (Safari): a pause before each task. */
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
    // One task per idle period: a click or a frame waits for one task at most.
    const run = () => {
      this.scheduled = false;
      this.queue.shift()?.();
      this.schedule();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run);
    else setTimeout(run, FALLBACK_DELAY_MS);
  }
}

/** Runs `task` once the page is idle (after a pause where the browser has no idle callbacks). */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task());
  else setTimeout(task, FALLBACK_DELAY_MS);
}
