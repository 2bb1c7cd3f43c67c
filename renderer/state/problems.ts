// The problems the error banner shows: one list in the state, at most one problem per source
// (a new one from the same source replaces it), each saying what failed and the service's own
// sentence. Actions change it through these helpers, never by editing the list by hand.
import type { LibraryState, Problem, ProblemSource, ShownProblem } from './library-state';
import type { Store } from './store';

/** The state with the problem from `source` replaced by `problem` (null: cleared). */
export function withProblem(
  state: LibraryState,
  source: ProblemSource,
  problem: Problem | null,
): LibraryState {
  const others = state.problems.filter((p) => p.source !== source);
  if (!problem && others.length === state.problems.length) return state;
  return { ...state, problems: problem ? [...others, { source, ...problem }] : others };
}

/** The problem from `source` now shown, if any (the stored object: stable for selectors). */
export function problemFrom(state: LibraryState, source: ProblemSource): ShownProblem | null {
  return state.problems.find((p) => p.source === source) ?? null;
}

/** A patch of the state that may also set (or, with null, clear) the problem of one source. */
export type PatchWithProblem = Partial<LibraryState> & { readonly problem?: Problem | null };

/** A `set(patch)` for an action file whose problems come from `source`. */
export function patcher(
  store: Store<LibraryState>,
  source: ProblemSource,
): (patch: PatchWithProblem) => void {
  return ({ problem, ...patch }) =>
    store.setState((s) => {
      const next = { ...s, ...patch };
      return problem === undefined ? next : withProblem(next, source, problem);
    });
}
