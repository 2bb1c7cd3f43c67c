// What a drop on the page holds, as files with their paths inside the dropped folders. A
// browser cannot see disk paths, so dropped folders are walked here (FileSystemEntry API) and
// each file's path recorded from the folder's name, as the folder picker would give it.
// Kept apart from the hook so it can be tested with stand-in entries.
import { droppedPaths } from '../state/import-upload';

/** The parts of a DataTransferItem used here (a test can stand in for it). */
export interface DropItem {
  readonly kind: string;
  getAsFile(): File | null;
  webkitGetAsEntry?(): FileSystemEntry | null;
}

/** Reads every file under a dropped folder, recording each one's path from the folder's name. */
async function walk(entry: FileSystemEntry, into: File[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    droppedPaths.set(file, entry.fullPath.replace(/^\/+/, ''));
    into.push(file);
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in chunks (100 at a time in Chromium) until it answers with none.
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (chunk.length === 0) break;
    for (const child of chunk) await walk(child, into);
  }
}

/**
 * The files of a drop: each dropped file, and every file inside each dropped folder. Items
 * that are not files (a dragged link's text) are ignored. Entries must be taken before the
 * first await: the DataTransfer is emptied once the drop event is over.
 */
export async function droppedFiles(items: readonly DropItem[]): Promise<File[]> {
  const taken = items
    .filter((item) => item.kind === 'file')
    .map((item) => ({ entry: item.webkitGetAsEntry?.() ?? null, file: item.getAsFile() }));
  const files: File[] = [];
  for (const { entry, file } of taken) {
    if (entry?.isDirectory) await walk(entry, files);
    else if (file) files.push(file);
  }
  return files;
}
