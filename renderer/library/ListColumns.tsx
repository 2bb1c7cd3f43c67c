// The list's column header: Title and Date sort the list (a second click reverses it), Words
// is a label. The arrow and the accessible name both say the order, not colour alone.
import type { ReactNode } from 'react';
import type { SortKey, SortOrder } from '../state/article-order';

interface ListColumnsProps {
  readonly sort: SortOrder;
  readonly onSort: (key: SortKey) => void;
}

function orderName(key: SortKey, direction: SortOrder['direction']): string {
  if (key === 'date') return direction === 'desc' ? 'newest first' : 'oldest first';
  return direction === 'asc' ? 'A to Z' : 'Z to A';
}

function SortButton(
  props: ListColumnsProps & { column: SortKey; label: string; className: string },
): ReactNode {
  const { sort, onSort, column, label, className } = props;
  const active = sort.key === column;
  const state = active ? `sorted ${orderName(column, sort.direction)}` : 'not sorted';
  return (
    <button
      type="button"
      className={`column-button ${className}${active ? ' is-active' : ''}`}
      aria-label={`${label}, ${state}. Sort by ${label.toLowerCase()}`}
      title={`Sort by ${label.toLowerCase()}`}
      onClick={() => onSort(column)}
    >
      {label}
      <span className="sort-arrow" aria-hidden="true">
        {active ? (sort.direction === 'asc' ? '↑' : '↓') : ''}
      </span>
    </button>
  );
}

export function ListColumns(props: ListColumnsProps): ReactNode {
  return (
    <div className="list-columns">
      <SortButton {...props} column="title" label="Title" className="col-title" />
      <SortButton {...props} column="date" label="Date" className="col-date" />
      <span className="column-label col-words">Words</span>
    </div>
  );
}
