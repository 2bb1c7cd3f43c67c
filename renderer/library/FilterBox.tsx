// The list's filter box. Typing filters by title or outlet at once (the work happens in the
// store's action); `/` focuses it and Escape clears it, both through the shortcut table.
import type { ReactNode, RefObject } from 'react';
import { IconClose, IconSearch } from '../ui/icons';

interface FilterBoxProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly listId: string;
}

export function FilterBox(props: FilterBoxProps): ReactNode {
  const { value, onChange, inputRef, listId } = props;
  return (
    <div className="filter-box">
      <IconSearch className="filter-icon" />
      <input
        ref={inputRef}
        type="search"
        className="filter-input"
        placeholder="Filter by title or outlet"
        aria-label="Filter articles by title or outlet"
        aria-controls={listId}
        autoComplete="off"
        spellCheck={false}
        data-testid="filter-input"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      {value ? (
        <button
          type="button"
          className="filter-clear icon-button"
          aria-label="Clear the filter"
          title="Clear the filter (Esc)"
          onClick={() => {
            onChange('');
            inputRef.current?.focus();
          }}
        >
          <IconClose size={14} />
        </button>
      ) : (
        <kbd className="filter-hint" aria-hidden="true">
          /
        </kbd>
      )}
    </div>
  );
}
