// The one way the shown screen changes: `navigate` replaces the screen (closing the one before,
// whatever it was), and `updateScreen` changes the data of the screen shown — a late answer
// for a screen already left changes nothing.
import type { LibraryState } from './library-state';
import { screenData, screenWith, type ScreenData, type ScreenState } from './screen-state';
import type { Store } from './store';

/**
 * Shows `to` instead of the screen shown now. `to` may be computed from the state (to carry
 * choices over from the screen being replaced); `also` changes other fields in the same step.
 */
export function navigate(
  store: Store<LibraryState>,
  to: ScreenState | ((state: LibraryState) => ScreenState),
  also: Partial<LibraryState> = {},
): void {
  store.setState((s) => ({ ...s, ...also, screen: typeof to === 'function' ? to(s) : to }));
}

/** Changes the data of screen `kind` if it is the one shown; otherwise does nothing. */
export function updateScreen<K extends keyof ScreenData>(
  store: Store<LibraryState>,
  kind: K,
  patch: (data: ScreenData[K]) => Partial<ScreenData[K]>,
): void {
  store.setState((s) => {
    const data = screenData(s.screen, kind);
    return data ? { ...s, screen: screenWith(kind, { ...data, ...patch(data) }) } : s;
  });
}

/** Leaves screen `kind` for the library if it is the one shown. */
export function leaveScreen(store: Store<LibraryState>, kind: keyof ScreenData): void {
  store.setState((s) => (s.screen.kind === kind ? { ...s, screen: { kind: 'library' } } : s));
}
