import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { BilingualError } from '../core/problems';
import type { SavedEntry, WorkspaceSession } from '../core/saved-data';

/**
 * The browser's own database (IndexedDB, through `idb`) holding what the
 * person imported, on this computer only: nothing is sent anywhere. Every
 * failure comes out as a BilingualError a planner can act on (the disk is
 * full, the browser refuses storage in a private window), never as a lost
 * view: callers show it and carry on with what is on screen.
 */
interface WorkspaceSchema extends DBSchema {
  entries: { key: string; value: SavedEntry };
  session: { key: 'current'; value: WorkspaceSession };
}

const DB_NAME = 'ntp-atlas-workspace';
const DB_VERSION = 1;

let opened: Promise<IDBPDatabase<WorkspaceSchema>> | null = null;

function database(): Promise<IDBPDatabase<WorkspaceSchema>> {
  opened ??= (async () => {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    return openDB<WorkspaceSchema>(DB_NAME, DB_VERSION, {
      upgrade(db) {
        db.createObjectStore('entries', { keyPath: 'id' });
        db.createObjectStore('session');
      },
    });
  })();
  // A refusal (private window) is not kept: the next attempt asks again.
  opened.catch(() => (opened = null));
  return opened;
}

/** The storage error in words a planner can act on. */
export function storageError(error: unknown, what: 'save' | 'read' | 'delete'): BilingualError {
  const name = (error as { name?: string } | null)?.name ?? '';
  const doing = {
    save: {
      vi: 'Chưa lưu được dữ liệu vào trình duyệt',
      en: 'Could not keep the data in the browser',
    },
    read: { vi: 'Không đọc được dữ liệu đã lưu', en: 'Could not read the saved data' },
    delete: { vi: 'Không xóa được dữ liệu đã lưu', en: 'Could not forget the saved data' },
  }[what];
  const kept = {
    vi: 'Bản đồ đang xem vẫn giữ nguyên.',
    en: 'The map on screen is unchanged.',
  };
  if (name === 'QuotaExceededError') {
    return new BilingualError({
      vi: `${doing.vi}: trình duyệt đã hết chỗ dành cho trang này. ${kept.vi} Hãy xóa bớt mục trong "Dữ liệu đã lưu", hoặc giải phóng dung lượng ổ đĩa, rồi nhập lại.`,
      en: `${doing.en}: the browser has no more room for this site. ${kept.en} Forget some items under "Saved data", or free disk space, then import again.`,
    });
  }
  return new BilingualError({
    vi: `${doing.vi}: trình duyệt không cho trang này lưu trữ (cửa sổ ẩn danh, hoặc đã chặn lưu dữ liệu trang web). ${kept.vi} Dữ liệu sẽ mất khi tải lại trang.`,
    en: `${doing.en}: the browser does not let this site store data (a private window, or site data blocked). ${kept.en} The data will be gone on reload.`,
  });
}

export async function putEntry(entry: SavedEntry): Promise<void> {
  try {
    await (await database()).put('entries', entry);
  } catch (error) {
    throw storageError(error, 'save');
  }
}

export async function allEntries(): Promise<SavedEntry[]> {
  try {
    return await (await database()).getAll('entries');
  } catch (error) {
    throw storageError(error, 'read');
  }
}

export async function getEntry(id: string): Promise<SavedEntry | undefined> {
  try {
    return await (await database()).get('entries', id);
  } catch (error) {
    throw storageError(error, 'read');
  }
}

export async function deleteEntry(id: string): Promise<void> {
  try {
    await (await database()).delete('entries', id);
  } catch (error) {
    throw storageError(error, 'delete');
  }
}

export async function readSession(): Promise<WorkspaceSession | undefined> {
  try {
    return await (await database()).get('session', 'current');
  } catch (error) {
    throw storageError(error, 'read');
  }
}

export async function writeSession(session: WorkspaceSession): Promise<void> {
  try {
    await (await database()).put('session', session, 'current');
  } catch (error) {
    throw storageError(error, 'save');
  }
}
