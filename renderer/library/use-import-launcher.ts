// One way to start an import, shared by the top bar button, the empty state and the shortcut:
// the native folder picker in Electron, the hidden folder input in a browser. The input must
// be clicked from a user gesture, which a button click or a keydown is.
import { useCallback, useRef, type RefObject } from 'react';
import { useActions } from '../state/library-context';

export interface ImportLauncher {
  readonly open: () => void;
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly onFiles: (files: readonly File[]) => void;
}

export function useImportLauncher(): ImportLauncher {
  const actions = useActions();
  const inputRef = useRef<HTMLInputElement>(null);
  const open = useCallback(() => {
    if (actions.usesNativePicker) void actions.importFromDesktop();
    else inputRef.current?.click();
  }, [actions]);
  const onFiles = useCallback((files: readonly File[]) => void actions.importBrowserFiles(files), [actions]);
  return { open, inputRef, onFiles };
}
