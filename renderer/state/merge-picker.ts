// The "Merge with…" picker's state: which stories it offers (every story but the one shown,
// narrowed by its own filter) and the one the arrow keys are on. The merge itself is a story
// correction (story-actions.ts); this file only opens, filters, moves and closes the picker.
import type { LibraryState } from './library-state';
import type { MergePicker } from './story-state';
import { filterStoryEntries } from './story-tree';
import type { Store } from './store';

export interface MergePickerActions {
  openMergePicker(): void;
  closeMergePicker(): void;
  setMergeFilter(text: string): void;
  moveMergeActive(delta: 1 | -1): void;
}

function pickerFor(state: LibraryState, filter: string, activeId: string | null): MergePicker {
  const candidates = filterStoryEntries(state.storyEntries, filter).filter(
    (e) => e.story.id !== state.selectedStoryId,
  );
  const keep = activeId !== null && candidates.some((e) => e.story.id === activeId);
  return { filter, candidates, activeId: keep ? activeId : (candidates[0]?.story.id ?? null), error: null };
}

export function createMergePickerActions(store: Store<LibraryState>): MergePickerActions {
  return {
    openMergePicker() {
      store.setState((s) => (s.selectedStoryId ? { ...s, merge: pickerFor(s, '', null) } : s));
    },
    closeMergePicker() {
      store.setState((s) => ({ ...s, merge: null }));
    },
    setMergeFilter(text) {
      store.setState((s) => (s.merge ? { ...s, merge: pickerFor(s, text, s.merge.activeId) } : s));
    },
    moveMergeActive(delta) {
      store.setState((s) => {
        const merge = s.merge;
        if (!merge || merge.candidates.length === 0) return s;
        const at = merge.candidates.findIndex((e) => e.story.id === merge.activeId);
        const next = Math.max(0, Math.min(merge.candidates.length - 1, at + delta));
        return { ...s, merge: { ...merge, activeId: merge.candidates[next]?.story.id ?? null } };
      });
    },
  };
}
