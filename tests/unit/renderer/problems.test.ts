// The error banner's problems are one list with at most one problem per source: a new failure
// from the same source replaces the old one, success clears it, Dismiss takes it off, and the
// others stay.
import { describe, expect, it } from 'vitest';
import type { WorkbenchApi } from '../../../shared/api';
import type { WorkbenchClient } from '../../../renderer/api/client';
import { createImportActions } from '../../../renderer/state/import-actions';
import { initialLibraryState, type LibraryState } from '../../../renderer/state/library-state';
import { patcher, problemFrom, withProblem } from '../../../renderer/state/problems';
import { createStore } from '../../../renderer/state/store';

const problem = (title: string) => ({ title, message: 'The disk is full.' });

describe('problems', () => {
  it('keeps one problem per source, in the order they arose', () => {
    let state: LibraryState = initialLibraryState;
    state = withProblem(state, 'import', problem('The import stopped.'));
    state = withProblem(state, 'line', problem('Line 3 could not be restored.'));
    state = withProblem(state, 'import', problem('The import did not start.'));
    expect(state.problems.map((p) => [p.source, p.title])).toEqual([
      ['line', 'Line 3 could not be restored.'],
      ['import', 'The import did not start.'],
    ]);
    expect(problemFrom(state, 'import')?.title).toBe('The import did not start.');
    state = withProblem(state, 'line', null);
    expect(state.problems.map((p) => p.source)).toEqual(['import']);
    expect(problemFrom(state, 'line')).toBeNull();
  });

  it('leaves the state as it was when there is nothing to clear', () => {
    expect(withProblem(initialLibraryState, 'list', null)).toBe(initialLibraryState);
  });

  it('lets an action file set its fields and its problem in one step', () => {
    const store = createStore<LibraryState>(initialLibraryState);
    const set = patcher(store, 'settings');
    let updates = 0;
    store.subscribe(() => updates++);
    set({ switchingWorkspace: true, problem: problem('The workspace could not be opened.') });
    expect(updates).toBe(1);
    expect(store.getState().switchingWorkspace).toBe(true);
    expect(problemFrom(store.getState(), 'settings')?.title).toBe('The workspace could not be opened.');
    set({ switchingWorkspace: false });
    expect(problemFrom(store.getState(), 'settings')).not.toBeNull();
    set({ problem: null });
    expect(store.getState().problems).toEqual([]);
  });

  it('shows why an import did not start, and clears it when the next one starts', async () => {
    let fail = true;
    const api = {
      startImport: async () => {
        if (fail) throw new Error('The folder /nowhere does not exist.');
        return new Promise(() => {});
      },
    } as unknown as WorkbenchApi;
    const store = createStore<LibraryState>(initialLibraryState);
    const actions = createImportActions(store, { api } as WorkbenchClient, async () => {});
    await actions.importDroppedPaths(['/nowhere']);
    expect(problemFrom(store.getState(), 'import')).toEqual({
      source: 'import',
      title: 'The import did not start.',
      message: 'The folder /nowhere does not exist.',
    });
    expect(store.getState().importStatus).toEqual({ phase: 'idle' });
    fail = false;
    void actions.importDroppedPaths(['/somewhere']);
    expect(problemFrom(store.getState(), 'import')).toBeNull();
  });
});
