// Drag a folder (or files) onto the window to import it. The desktop app imports from the
// dropped items' disk paths (the same background job as the folder picker); a browser cannot
// see disk paths, so the dropped folders are walked here and their files uploaded, exactly
// like the browser's folder picker. Nothing dropped is ever opened or shown as a page.
import { useEffect, useState } from 'react';
import type { WorkbenchClient } from '../api/client';
import { droppedPaths } from '../state/import-upload';
import { useActions } from '../state/library-context';

const hasFiles = (event: DragEvent) => Boolean(event.dataTransfer?.types.includes('Files'));

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

async function droppedFiles(transfer: DataTransfer): Promise<File[]> {
  // Entries must be taken before the first await: the DataTransfer is emptied after the event.
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.() ?? null);
  const plain = [...transfer.files];
  if (entries.every((e) => e === null)) return plain;
  const files: File[] = [];
  for (const [i, entry] of entries.entries()) {
    if (entry) await walk(entry, files);
    else if (plain[i]) files.push(plain[i]);
  }
  return files;
}

/** Listens for drops on the whole window; `dragging` is true while files are held over it. */
export function useFolderDrop(client: Pick<WorkbenchClient, 'desktop'>, enabled: boolean): boolean {
  const actions = useActions();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Without this the browser would open the dropped file as a page.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = enabled ? 'copy' : 'none';
    };
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      if (enabled) setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      if (!enabled) return;
      const { desktop } = client;
      if (desktop) {
        const paths = [...event.dataTransfer.files].map((f) => desktop.pathForFile(f)).filter(Boolean);
        void actions.importDroppedPaths(paths);
        return;
      }
      void droppedFiles(event.dataTransfer).then(
        (files) => {
          if (files.length) void actions.importBrowserFiles(files);
        },
        (error: unknown) => actions.reportDropFailure(error),
      );
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [actions, client, enabled]);

  return dragging;
}
