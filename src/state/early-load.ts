import type { Vintage } from '../core/units';
import type { VintageFiles } from './data-sources';
import { loadVintage, type PendingLoad } from './load-data';

/**
 * The first view's data starts loading from the page's tiny entry module,
 * before the app's own code (Lit, MapLibre: over a megabyte) is even
 * parsed; the app takes the load over when it starts. On a national file
 * this overlap is most of the difference to a bare MapLibre page (README,
 * benchmark).
 */
let early: { vintage: Vintage; files: string; load: PendingLoad } | null = null;

export function startEarlyLoad(vintage: Vintage, files: VintageFiles): void {
  const load = loadVintage(vintage, files);
  // A bad file can fail before the app's code has arrived to take the load
  // over: its error is shown then, so it must not count as unhandled meanwhile.
  load.result.catch(() => undefined);
  early = { vintage, files: JSON.stringify(files), load };
}

/** The early load of these files, once; null when none was started for them. */
export function takeEarlyLoad(vintage: Vintage, files: VintageFiles): PendingLoad | null {
  const found = early;
  if (!found || found.vintage !== vintage || found.files !== JSON.stringify(files)) return null;
  early = null;
  return found.load;
}
