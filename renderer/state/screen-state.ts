// Which screen fills the window below the top bar. One value, so exactly one screen is shown
// by construction: opening a screen replaces the one before it (state/navigation.ts), and a
// screen's data lives inside its own case, gone once the screen is left.
import type { CompareState } from './compare-state';
import type { MatrixScreenState } from './matrix-state';
import type { ReportScreenState } from './report-state';
import type { ReviewState } from './review-state';

/** Each full-screen view's data, under its kind's name. */
export interface ScreenData {
  readonly compare: CompareState;
  readonly review: ReviewState;
  readonly matrix: MatrixScreenState;
  readonly report: ReportScreenState;
}

export type ScreenState =
  | { readonly kind: 'library' }
  | { readonly kind: 'compare'; readonly compare: CompareState }
  | { readonly kind: 'review'; readonly review: ReviewState }
  | { readonly kind: 'matrix'; readonly matrix: MatrixScreenState }
  | { readonly kind: 'report'; readonly report: ReportScreenState };

export type ScreenKind = ScreenState['kind'];

/** The list with the reader or a story's page (or the empty state): where the app starts. */
export const LIBRARY_SCREEN: ScreenState = { kind: 'library' };

/** The screen's data when `kind` is the screen shown, else null (a stable stored value for selectors). */
export function screenData<K extends keyof ScreenData>(screen: ScreenState, kind: K): ScreenData[K] | null {
  // Every case but the library keeps its data under its own kind's name (see ScreenState).
  return screen.kind === kind ? (screen as unknown as Record<K, ScreenData[K]>)[kind] : null;
}

/** The screen `kind` showing `data`. */
export function screenWith<K extends keyof ScreenData>(kind: K, data: ScreenData[K]): ScreenState {
  return { kind, [kind]: data } as unknown as ScreenState;
}
