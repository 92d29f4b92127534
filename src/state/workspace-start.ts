import type { Crosswalk } from '../core/crosswalk';
import { fromTransfer } from '../core/dataset-transfer';
import type { SavedCrosswalk, SavedData } from '../core/saved-data';
import { VINTAGES } from '../core/units';
import type { Sources, VintageFiles } from './data-sources';
import { getEntry, readSession } from './workspace-db';

/**
 * The last session's data, read when the page opens: small enough for the
 * page's entry module, which starts loading it before the app's code
 * arrives. Also which saved entry each set of files came from, for the
 * session to name them (see workspace.ts).
 */

/** Which saved entry each vintage's files and each crosswalk came from. */
export const entryOfFiles = new WeakMap<VintageFiles, string>();
/** By name: the crosswalk in use is replaced by a copy once split units are weighed by area. */
export const entryOfCrosswalk = new Map<string, string>();

/** What the page reopens on: the kept files of each vintage, the crosswalk, the view's query. */
export interface SavedStart {
  readonly sources: Sources;
  /** The files are the page's only data (a briefing file): no demo beside them. */
  readonly alone?: boolean;
  readonly crosswalk: { readonly crosswalk: Crosswalk; readonly name: string } | null;
  readonly view: string;
}

let started: Promise<SavedStart | null> | null = null;

/**
 * The last session's data, read once for the page (the entry module starts
 * loading it before the app's code arrives; the app takes the same answer).
 * Null when nothing was kept, or when the browser keeps nothing (then there
 * is nothing to restore and nothing to say).
 */
export function savedStart(): Promise<SavedStart | null> {
  started ??= readStart().catch(() => null);
  return started;
}

/**
 * The last session for a page at this address: none for an embed, nor for an
 * address naming its own files (they are shown instead, and the browser's
 * storage is not even opened: such a page loads as fast as before).
 */
export function savedStartFor(search: string): Promise<SavedStart | null> {
  const params = new URLSearchParams(search);
  return params.has('embed') || params.has('boundaries') ? Promise.resolve(null) : savedStart();
}

async function readStart(): Promise<SavedStart | null> {
  // No stored session is the common case; an unavailable database must not hold the page up.
  const session = await Promise.race([
    readSession(),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 1500)),
  ]);
  if (!session) return null;
  const sources: Record<string, VintageFiles> = {};
  for (const vintage of VINTAGES) {
    const id = session.dataInUse[vintage];
    const entry = id ? await getEntry(id) : undefined;
    if (entry?.kind === 'data') sources[vintage] = filesOfEntry(entry);
  }
  const kept = session.crosswalkInUse ? await getEntry(session.crosswalkInUse) : undefined;
  const crosswalk = kept?.kind === 'crosswalk' ? crosswalkOfEntry(kept) : null;
  if (Object.keys(sources).length === 0 && !crosswalk) return null;
  return { sources, crosswalk, view: session.view };
}

/** A saved import as files to load, with its table's figures. */
export function filesOfEntry(entry: SavedData): VintageFiles {
  const files: VintageFiles = {
    boundaries: entry.boundaries,
    indicators: entry.indicators,
    ...(entry.table
      ? {
          table: {
            fileName: entry.table.fileName,
            mapping: entry.table.mapping,
            dataset: fromTransfer(entry.table.dataset),
            report: entry.table.report,
          },
        }
      : {}),
  };
  entryOfFiles.set(files, entry.id);
  return files;
}

export function crosswalkOfEntry(entry: SavedCrosswalk): { crosswalk: Crosswalk; name: string } {
  entryOfCrosswalk.set(entry.name, entry.id);
  return { crosswalk: entry.crosswalk, name: entry.name };
}
