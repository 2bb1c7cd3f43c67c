// The left pane's view switch: Stories (articles grouped as versions of one text) or Articles
// (the flat list). Two toggle buttons; `s` switches too (shortcuts.ts).
import type { ReactNode } from 'react';
import type { LibraryView } from '../state/story-state';

interface ViewSwitchProps {
  readonly view: LibraryView;
  readonly onChange: (view: LibraryView) => void;
}

const VIEWS: readonly { view: LibraryView; label: string; hint: string }[] = [
  { view: 'stories', label: 'Stories', hint: 'Group the articles by story (s)' },
  { view: 'articles', label: 'Articles', hint: 'List every article on its own (s)' },
];

export function ViewSwitch(props: ViewSwitchProps): ReactNode {
  return (
    <div className="view-switch" role="group" aria-label="Show the library as">
      {VIEWS.map(({ view, label, hint }) => (
        <button
          key={view}
          type="button"
          className="view-switch-button"
          aria-pressed={props.view === view}
          title={hint}
          data-testid={`view-${view}`}
          onClick={() => props.onChange(view)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
