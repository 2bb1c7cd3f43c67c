// Browser mode's import: the files the folder picker returned are read as base64 and sent to
// `importFiles` in batches (bounded by file count and size so no request is huge), one batch in
// flight while the next is read. Every file ends up in the merged result: imported, duplicate,
// or rejected with a reason, including files too large to send, that failed to upload, or that
// a cancel left unsent. Never drop a file silently: the summary must account for each one.
import type { WorkbenchApi } from '../../shared/api';
import { IMPORT_CANCELLED_REASON, MAX_ARTICLE_BYTES, MAX_UPLOAD_FILES } from '../../shared/api-constants';
import type { ImportRejected, ImportResult } from '../../shared/model';

/** The services' own words for a file a cancelled import never read (see import-service.ts). */
export const CANCELLED_REASON = IMPORT_CANCELLED_REASON;

interface UploadFile {
  readonly path: string;
  readonly base64: string;
}

/** Fewer files than the server allows, so progress moves in visible steps. */
const BATCH_FILES = Math.min(MAX_UPLOAD_FILES, 100);
/** About 8 MB of base64 per request. */
const BATCH_CHARS = 8 * 1024 * 1024;

/**
 * Paths of files found inside a dropped folder. A browser sets `webkitRelativePath` only on
 * files from the folder picker, and it cannot be set by hand, so the drop walker records here.
 */
export const droppedPaths = new WeakMap<File, string>();

export function uploadPath(file: File): string {
  return droppedPaths.get(file) ?? (file.webkitRelativePath || file.name);
}

/**
 * Folder order, name by name, as the desktop import walks a folder. Browsers list a picked
 * folder's files in no stated order; sorting makes the import (which of two identical files
 * is the article, which the duplicate) and its summary's lists the same on every run.
 */
function byFolderOrder(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function readBase64(file: File): Promise<string> {
  // FileReader's data URL is the browser's own (fast, native) base64 encoder.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      const comma = url.indexOf(',');
      resolve(comma >= 0 ? url.slice(comma + 1) : '');
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function mergeResults(results: readonly ImportResult[]): ImportResult {
  return {
    imported: results.flatMap((r) => r.imported),
    duplicates: results.flatMap((r) => r.duplicates),
    rejected: results.flatMap((r) => r.rejected),
  };
}

async function sendBatch(api: WorkbenchApi, files: readonly UploadFile[]): Promise<ImportResult> {
  try {
    return await api.importFiles({ files: [...files] });
  } catch (error) {
    // A failed request must not make its files vanish from the summary.
    const message = error instanceof Error ? error.message : String(error);
    return {
      imported: [],
      duplicates: [],
      rejected: files.map((f) => ({ path: f.path, reason: `the upload failed: ${message}` })),
    };
  }
}

export interface UploadProgress {
  readonly done: number;
  readonly total: number;
  /** The file just read and about to be sent. */
  readonly current: string;
}

/**
 * Sends the `picked` files in batches, in folder order. Aborting `signal` stops before the next batch: the batch already
 * sent is awaited (the server imports it whatever we do, so its outcome must be reported), and
 * every file not sent is rejected with CANCELLED_REASON.
 */
export async function uploadFiles(
  api: WorkbenchApi,
  picked: readonly File[],
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<ImportResult> {
  const ordered = picked
    .map((file) => ({ file, path: uploadPath(file) }))
    .sort((a, b) => byFolderOrder(a.path, b.path));
  const total = ordered.length;
  const results: ImportResult[] = [];
  const refused: ImportRejected[] = [];
  const notSent: string[] = [];
  let done = 0;
  let current = '';
  let batch: UploadFile[] = [];
  let batchChars = 0;
  let inFlight: Promise<void> = Promise.resolve();

  const advance = (count: number): void => {
    done += count;
    onProgress({ done, total, current });
  };
  const flush = async (): Promise<void> => {
    const sent = batch;
    batch = [];
    batchChars = 0;
    // Batches go one after another so the server sees files in order (duplicates point back).
    await inFlight;
    if (signal?.aborted) {
      notSent.push(...sent.map((f) => f.path));
      return;
    }
    inFlight = sendBatch(api, sent).then((result) => {
      results.push(result);
      advance(sent.length);
    });
  };

  onProgress({ done, total, current });
  let next = 0;
  for (; next < ordered.length && !signal?.aborted; next++) {
    const { file, path } = ordered[next]!;
    current = path;
    if (file.size > MAX_ARTICLE_BYTES) {
      refused.push({
        path,
        reason: `the file is ${megabytes(file.size)}, larger than the ${megabytes(MAX_ARTICLE_BYTES)} import limit`,
      });
      advance(1);
      continue;
    }
    let base64: string;
    try {
      base64 = await readBase64(file);
    } catch {
      refused.push({ path, reason: 'the browser could not read the file' });
      advance(1);
      continue;
    }
    if (batch.length > 0 && (batch.length >= BATCH_FILES || batchChars + base64.length > BATCH_CHARS)) {
      await flush();
    }
    batch.push({ path, base64 });
    batchChars += base64.length;
    onProgress({ done, total, current });
  }
  if (batch.length > 0) await flush();
  await inFlight;
  notSent.push(...ordered.slice(next).map((entry) => entry.path));
  const cancelled = notSent.map((path) => ({ path, reason: CANCELLED_REASON }));
  return mergeResults([...results, { imported: [], duplicates: [], rejected: [...refused, ...cancelled] }]);
}
