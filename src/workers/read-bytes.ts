import { DataFileError } from '../core/problems';

/** A file to read: on our origin by address, or chosen by the user. */
export type FileRef =
  { readonly name: string; readonly url: string } | { readonly name: string; readonly blob: Blob };

/** How far a load has come, for the progress bar. */
export interface LoadProgress {
  readonly phase: 'reading' | 'parsing' | 'checking' | 'preparing';
  /** 0–1 while reading (when the size is known), otherwise null. */
  readonly fraction: number | null;
  readonly file: string;
}

export type ProgressListener = (progress: LoadProgress) => void;

/** Reads a whole file into memory, reporting the bytes read so far. */
export async function readBytes(ref: FileRef, onProgress: ProgressListener): Promise<Uint8Array> {
  let stream: ReadableStream<Uint8Array>;
  let total: number | null;
  if ('url' in ref) {
    let response: Response;
    try {
      response = await fetch(ref.url);
    } catch (error) {
      const detail = (error as Error).message;
      throw new DataFileError(ref.name, '', {
        vi: `không tải được (${detail})`,
        en: `could not be loaded (${detail})`,
      });
    }
    if (!response.ok || !response.body) {
      throw new DataFileError(ref.name, '', {
        vi: `không tải được (HTTP ${response.status})`,
        en: `could not be loaded (HTTP ${response.status})`,
      });
    }
    const length = Number(response.headers.get('content-length'));
    // A compressed response reports the compressed length: then the fraction would overshoot.
    total = length > 0 && !response.headers.get('content-encoding') ? length : null;
    stream = response.body;
  } else {
    total = ref.blob.size;
    stream = ref.blob.stream();
  }
  const chunks: Uint8Array[] = [];
  let read = 0;
  let lastReport = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    read += value.byteLength;
    const now = Date.now();
    if (now - lastReport > 100) {
      lastReport = now;
      onProgress({
        phase: 'reading',
        fraction: total ? Math.min(1, read / total) : null,
        file: ref.name,
      });
    }
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(read);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
