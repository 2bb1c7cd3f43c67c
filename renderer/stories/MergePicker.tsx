// "Merge with…": a dialog listing the other stories, narrowed by typing, to pick the one whose
// versions join the story shown. The filter box keeps the focus; arrows move through the list
// (aria-activedescendant) and Enter merges, or a click on a story does.
import type { KeyboardEvent, ReactNode } from 'react';
import type { StoryDetail } from '../../shared/model';
import { Dialog } from '../ui/Dialog';
import { IconError, IconSearch } from '../ui/icons';
import { formatDateRange, formatOutlets, plural } from '../library/format';
import { useActions, useLibrary } from '../state/library-context';
import { focusAfterCorrection } from './focus-after-correction';

const LIST_ID = 'merge-targets';
const optionId = (id: string): string => `merge-target-${id}`;

export function MergePicker(props: { story: StoryDetail }): ReactNode {
  const actions = useActions();
  const merge = useLibrary((s) => s.merge);
  const pending = useLibrary((s) => s.storyPending);
  if (!merge) return null;
  const title = props.story.title ?? 'this story';

  function mergeWith(targetId: string | null): void {
    if (!targetId || pending) return;
    void actions.mergeWith(targetId).then(focusAfterCorrection);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      actions.moveMergeActive(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      mergeWith(merge?.activeId ?? null);
    }
  }

  return (
    <Dialog
      title="Merge with another story"
      testId="merge-picker"
      className="merge-picker"
      onClose={actions.closeMergePicker}
    >
      <p className="merge-intro">
        The versions of the story you pick join “{title}”. Nothing is deleted: a version can be moved out
        again.
      </p>
      <div className="filter-box merge-filter">
        <IconSearch className="filter-icon" />
        <input
          type="search"
          className="filter-input"
          placeholder="Filter stories by title or outlet"
          aria-label="Filter stories by title or outlet"
          aria-controls={LIST_ID}
          aria-activedescendant={merge.activeId ? optionId(merge.activeId) : undefined}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          data-testid="merge-filter"
          value={merge.filter}
          onChange={(event) => actions.setMergeFilter(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      {merge.error ? (
        <p className="reader-error merge-error" role="alert">
          <IconError />
          <span>The stories could not be merged. {merge.error}</span>
        </p>
      ) : null}
      <div id={LIST_ID} className="merge-list" role="listbox" aria-label="Stories" aria-busy={pending}>
        {merge.candidates.map((entry) => {
          const dates = formatDateRange(entry.firstDate, entry.lastDate) ?? 'no date';
          return (
            <div
              key={entry.story.id}
              id={optionId(entry.story.id)}
              role="option"
              aria-selected={entry.story.id === merge.activeId}
              className="merge-option"
              data-testid="merge-target"
              data-id={entry.story.id}
              onClick={() => mergeWith(entry.story.id)}
            >
              <span className="merge-option-title">{entry.title}</span>
              <span className="merge-option-meta">
                {plural(entry.versions.length, 'version', 'versions')} · {formatOutlets(entry.outlets)} ·{' '}
                {dates}
              </span>
            </div>
          );
        })}
        {merge.candidates.length === 0 ? (
          <p className="story-empty">
            {merge.filter.trim()
              ? `No other story matches “${merge.filter.trim()}”.`
              : 'There is no other story.'}
          </p>
        ) : null}
      </div>
      <p className="merge-hint">
        <kbd>↑</kbd> <kbd>↓</kbd> choose · <kbd>Enter</kbd> merge · <kbd>Esc</kbd> cancel
      </p>
    </Dialog>
  );
}
