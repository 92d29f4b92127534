/**
 * The data worker, as its own file beside the app's. The offline briefing
 * file, which can hold no second file, builds with data-worker-inline.ts in
 * its place (vite.briefing.config.ts).
 */
export function createDataWorker(): Worker {
  return new Worker(new URL('../workers/data-worker.ts', import.meta.url), {
    type: 'module',
    name: 'ntp-atlas-data',
  });
}
