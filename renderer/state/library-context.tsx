// How components reach the library store: one provider at the root, `useLibrary(selector)` to
// read (re-rendering only when the selected value changes) and `useActions()` to act.
// Selectors must return a stored field or a primitive, never a new object or array.
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { LibraryActions } from './library-actions';
import type { LibraryState } from './library-state';
import type { Store } from './store';

interface LibraryContextValue {
  readonly store: Store<LibraryState>;
  readonly actions: LibraryActions;
}

const LibraryContext = createContext<LibraryContextValue | null>(null);

export function LibraryProvider(props: {
  store: Store<LibraryState>;
  actions: LibraryActions;
  children: ReactNode;
}): ReactNode {
  const { store, actions, children } = props;
  return <LibraryContext value={{ store, actions }}>{children}</LibraryContext>;
}

function useLibraryContext(): LibraryContextValue {
  const value = useContext(LibraryContext);
  if (!value) throw new Error('useLibrary must be used inside <LibraryProvider>.');
  return value;
}

export function useLibrary<T>(selector: (state: LibraryState) => T): T {
  const { store } = useLibraryContext();
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}

export function useActions(): LibraryActions {
  return useLibraryContext().actions;
}

/** Reads the whole state when called (for commands, which act on the state as they run). */
export function useStateReader(): () => LibraryState {
  return useLibraryContext().store.getState;
}
