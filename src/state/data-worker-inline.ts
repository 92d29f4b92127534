import DataWorker from '../workers/data-worker.ts?worker&inline';

/**
 * The data worker carried inside the page itself: the offline briefing
 * file is one HTML file opened from disk, where no second file can be
 * loaded. Built in place of data-worker-factory.ts by vite.briefing.config.ts.
 */
export function createDataWorker(): Worker {
  return new DataWorker({ name: 'ntp-atlas-data' });
}
