import type { Crosswalk } from '../core/crosswalk';
import { toTransfer } from '../core/dataset-transfer';
import { entryOfCrosswalk, entryOfFiles } from './workspace-start';
import { BilingualError } from '../core/problems';
import type {
  KeptFile,
  SavedCrosswalk,
  SavedData,
  SavedEntry,
  WorkspaceSession,
} from '../core/saved-data';
import { writeViewState } from '../core/url-state';
import { VINTAGES, type Vintage } from '../core/units';
import type { ViewState } from '../core/view-state';
import type { FileRef } from '../workers/read-bytes';
import type { Sources } from './data-sources';
import type { LoadedVintage } from './load-data';
import { allEntries, deleteEntry, getEntry, putEntry } from './workspace-db';

/**
 * The person's work kept in the browser: every import (its files, and a
 * table's figures) and crosswalk as a saved entry, and which of them, with
 * which view and story, were on screen, to come back on reload. The store
 * knows nothing of it: the app hands it imports and views, and takes back
 * the files to load.
 */

/** A file's bytes to keep: a file chosen is kept as it is; one on our origin (the demo's) is read. */
async function keptFile(ref: FileRef): Promise<KeptFile> {
  if ('blob' in ref) return { name: ref.name, blob: ref.blob };
  const response = await fetch(ref.url);
  if (!response.ok) {
    throw new BilingualError({
      vi: `Chưa lưu được: không đọc lại được ${ref.name} (HTTP ${response.status})`,
      en: `Not kept: could not read ${ref.name} again (HTTP ${response.status})`,
    });
  }
  return { name: ref.name, blob: await response.blob() };
}

function newId(): string {
  return crypto.randomUUID();
}

/** Keeps an import: its files (the boundaries it went onto, too) and a table's figures. */
export async function keepImport(loaded: LoadedVintage): Promise<SavedData> {
  const { files, dataset } = loaded;
  const boundaries = await Promise.all(files.boundaries.map(keptFile));
  const indicators = files.indicators ? await keptFile(files.indicators) : null;
  const table = files.table
    ? {
        fileName: files.table.fileName,
        mapping: files.table.mapping,
        dataset: toTransfer(files.table.dataset).transferred,
        report: files.table.report,
      }
    : null;
  const tableBytes = table
    ? table.dataset.values.reduce(
        (sum, [, codes, columns]) =>
          sum +
          codes.reduce((n, code) => n + code.length * 2, 0) +
          columns.reduce((n, [, numbers]) => n + numbers.byteLength, 0),
        0,
      )
    : 0;
  // Boundaries read from our own origin are the demo's (a hashed file name): the figures name the entry.
  const ownBoundaries = files.boundaries.filter((ref) => 'blob' in ref).map((ref) => ref.name);
  const names = [
    ...ownBoundaries,
    ...(indicators ? [indicators.name] : []),
    ...(table ? [table.fileName] : []),
  ];
  const entry: SavedData = {
    id: newId(),
    kind: 'data',
    name: names.join(', '),
    vintage: loaded.hierarchy.vintage,
    periods: dataset?.periods ?? [],
    programmePeriods: dataset?.programmePeriods ?? [],
    bytes:
      boundaries.reduce((sum, b) => sum + b.blob.size, 0) +
      (indicators?.blob.size ?? 0) +
      tableBytes,
    savedAt: new Date().toISOString(),
    boundaries,
    indicators,
    table,
  };
  await putEntry(entry);
  entryOfFiles.set(files, entry.id);
  return entry;
}

export async function keepCrosswalk(crosswalk: Crosswalk, name: string): Promise<SavedCrosswalk> {
  const entry: SavedCrosswalk = {
    id: newId(),
    kind: 'crosswalk',
    name,
    from: crosswalk.from,
    to: crosswalk.to,
    // What its links take as JSON, as the file gave them (the indexes both ways are rebuilt from them).
    bytes: new Blob([JSON.stringify(crosswalk.links)]).size,
    savedAt: new Date().toISOString(),
    crosswalk,
  };
  await putEntry(entry);
  entryOfCrosswalk.set(name, entry.id);
  return entry;
}

/** Every saved entry, newest first. */
export async function savedEntries(): Promise<SavedEntry[]> {
  const entries = await allEntries();
  return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function forgetEntry(id: string): Promise<void> {
  await deleteEntry(id);
}

export async function entryById(id: string): Promise<SavedEntry | undefined> {
  return getEntry(id);
}

/** The session of what is on screen: the kept entries shown and the view's link. */
export function sessionOf(
  sources: Sources,
  crosswalk: { readonly crosswalk: Crosswalk | null; readonly name: string },
  view: ViewState,
): WorkspaceSession {
  const dataInUse: Partial<Record<Vintage, string>> = {};
  for (const vintage of VINTAGES) {
    const files = sources[vintage];
    const id = files ? entryOfFiles.get(files) : undefined;
    if (id) dataInUse[vintage] = id;
  }
  return {
    dataInUse,
    crosswalkInUse: (crosswalk.crosswalk && entryOfCrosswalk.get(crosswalk.name)) ?? null,
    view: writeViewState({ ...view, presenting: false }).toString(),
  };
}

/** Whether the session names anything kept (a demo-only page writes none). */
export function sessionKeepsAnything(session: WorkspaceSession): boolean {
  return Object.keys(session.dataInUse).length > 0 || session.crosswalkInUse !== null;
}
