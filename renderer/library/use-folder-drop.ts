// Drag a folder (or files) onto the window to import it. The desktop app imports from the
// dropped items' disk paths (the same background job as the folder picker); a browser cannot
// see disk paths, so the dropped folders are walked (dropped-files.ts) and their files
// uploaded, exactly like the browser's folder picker. Nothing dropped is ever opened as a page.
import { useEffect, useRef, useState } from 'react';
import type { DesktopBridge } from '../../shared/api';
import { useActions } from '../state/library-context';
import { droppedFiles } from './dropped-files';

const hasFiles = (event: DragEvent) => Boolean(event.dataTransfer?.types.includes('Files'));
/** No drop behind a modal the state does not track either (the import summary, the shortcuts). */
const modalOpen = () => document.querySelector('dialog[open]') !== null;

/**
 * Listens for drops on the whole window while `enabled` (no import running, no dialog open);
 * returns true while files are held over it. The listeners are added once; `enabled` is read
 * when an event comes, so re-renders never reset the drag's enter/leave count.
 */
export function useFolderDrop(desktop: DesktopBridge | null, enabled: boolean): boolean {
  const actions = useActions();
  const [dragging, setDragging] = useState(false);
  const ready = useRef(enabled);

  useEffect(() => {
    ready.current = enabled;
  }, [enabled]);

  useEffect(() => {
    const canDrop = () => ready.current && !modalOpen();
    // Enter and leave fire for every element crossed; the count says when the window is left.
    let depth = 0;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Without this the browser would open the dropped file as a page.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = canDrop() ? 'copy' : 'none';
    };
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      if (canDrop()) setDragging(true);
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
      if (!canDrop()) return;
      if (desktop) {
        const paths = [...event.dataTransfer.files].map((f) => desktop.pathForFile(f)).filter(Boolean);
        void actions.importDroppedPaths(paths);
        return;
      }
      void droppedFiles([...event.dataTransfer.items]).then(
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
  }, [actions, desktop]);

  // A dialog opened mid-drag hides the overlay at once.
  return dragging && enabled;
}
