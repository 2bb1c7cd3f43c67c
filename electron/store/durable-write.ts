// Writes that survive a crash or power cut: write a temp file beside the target, fsync it,
// rename it over the target (atomic on every OS we ship to), then fsync the folder so the
// rename itself is on disk. lowdb's default writer (steno) renames but never fsyncs; a
// verdict acknowledged to the reviewer must already be on disk.
// Batches (an import of thousands of article files) are written plainly and made durable
// at once with flushFiles, before anything that points at them is saved.
import { execFile } from 'node:child_process';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { runLimited } from '../../shared/run-limited';
import { crashPoint } from './crash-point';
import { removeCrashedTemps } from './crashed-temps';

export async function writeFileDurable(file: string, data: string | Uint8Array): Promise<void> {
  // A writer of this same file that crashed between its temp file and the rename left the
  // temp file behind (a report beside the reviewer's own files): it goes now.
  await removeCrashedTemps([dirname(file)], basename(file)).catch(() => undefined);
  await writeThenRename(file, data, true);
  await syncFolder(dirname(file));
}

async function writeThenRename(file: string, data: string | Uint8Array, sync: boolean): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'w', 0o644);
  try {
    await handle.writeFile(data);
    if (sync) await handle.sync();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw err;
  }
  await handle.close();
  crashPoint(
    basename(file) === 'crosscheck.json'
      ? 'document-rename'
      : basename(dirname(file)) === 'index'
        ? 'index-rename'
        : 'file-rename',
  );
  try {
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/**
 * Makes a batch of freshly written files durable (an import's article files). On Linux one syncfs of the
 * file system (coreutils `sync -f`) flushes them all in a single call — far cheaper than
 * thousands of fsyncs; elsewhere, or if that is unavailable, each file and then the folder
 * are fsynced.
 */
export async function flushFiles(folder: string, files: readonly string[]): Promise<void> {
  if (files.length === 0) return;
  if (process.platform === 'linux' && (await syncFileSystem(folder))) return;
  await runLimited(files, 8, async (file) => {
    const handle = await open(file, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
  await syncFolder(folder);
}

function syncFileSystem(folder: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('sync', ['-f', folder], { timeout: 120_000 }, (err) => resolve(!err));
  });
}

/** fsync a directory so a rename in it is durable. Windows cannot open folders: skipped there. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const dir = await open(folder, 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}
