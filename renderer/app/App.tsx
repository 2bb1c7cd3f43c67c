// The window's layout: top bar, error banner, then either the two panes (list, and the reader
// or a story's page) or the empty state, plus the dialogs. It wires the shortcut table to actions and owns the refs
// shortcuts need (filter box, list); everything else lives in the components.
import { useRef, type ReactNode } from 'react';
import { CompareScreen } from '../compare/CompareScreen';
import { ArticleView } from '../library/ArticleView';
import { EmptyState } from '../library/EmptyState';
import { ImportInput } from '../library/ImportInput';
import { ImportSummary } from '../library/ImportSummary';
import { ListPane } from '../library/ListPane';
import { focusSoon } from '../library/focus-soon';
import { useImportLauncher } from '../library/use-import-launcher';
import { isMacPlatform } from '../shortcuts';
import { useActions, useLibrary } from '../state/library-context';
import { StoryPage } from '../stories/StoryPage';
import { ErrorBanner } from './ErrorBanner';
import { HelpOverlay } from './HelpOverlay';
import { TopBar } from './TopBar';
import { useShortcuts } from './use-shortcuts';

const IMPORT_SHORTCUT = isMacPlatform() ? '⌘O' : 'Ctrl+O';

export function App(): ReactNode {
  const actions = useActions();
  const launcher = useImportLauncher();
  const filterRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const isEmpty = useLibrary((s) => s.listStatus === 'ready' && s.articles.length === 0);
  const filter = useLibrary((s) => s.filter);
  const storyShown = useLibrary((s) => s.view === 'stories' && s.selectedStoryId !== null);
  const comparing = useLibrary((s) => s.compare !== null);

  useShortcuts(
    {
      selectNext: () => actions.moveSelection(1),
      selectPrevious: () => actions.moveSelection(-1),
      selectFirst: () => actions.selectEdge('first'),
      selectLast: () => actions.selectEdge('last'),
      import: launcher.open,
      focusFilter: () => {
        filterRef.current?.focus();
        filterRef.current?.select();
      },
      clearFilter: () => {
        if (document.activeElement !== filterRef.current) return;
        // First Escape empties the box, the second hands the keyboard back to the list.
        if (filter) actions.setFilter('');
        else listRef.current?.focus();
      },
      collapse: actions.collapseOrParent,
      expand: actions.expandOrChild,
      openStory: actions.openStoryAtCursor,
      toggleView: () => {
        // The list being left had the keyboard; the one replacing it takes it over.
        const hadFocus = document.activeElement === listRef.current;
        actions.toggleView();
        if (hadFocus) focusSoon('[data-region="list"]');
      },
      toggleRemoved: actions.toggleRemoved,
      showHelp: () => actions.setHelpOpen(true),
      nextChange: () => actions.stepChange(1),
      previousChange: () => actions.stepChange(-1),
      toggleCosmetic: actions.toggleHideCosmetic,
      toggleUnified: actions.toggleUnified,
      swapSides: actions.swapCompareSides,
      closeCompare: () => {
        actions.closeCompare();
        focusSoon('[data-testid="story-page"]');
      },
    },
    comparing ? 'compare' : 'library',
  );

  return (
    <div className="app">
      <TopBar onImport={launcher.open} importShortcut={IMPORT_SHORTCUT} />
      <ErrorBanner />
      {comparing ? (
        <CompareScreen />
      ) : isEmpty ? (
        <EmptyState onImport={launcher.open} />
      ) : (
        <main className="panes">
          <ListPane filterRef={filterRef} listRef={listRef} />
          {storyShown ? <StoryPage /> : <ArticleView />}
        </main>
      )}
      <ImportInput inputRef={launcher.inputRef} onFiles={launcher.onFiles} />
      <ImportSummary />
      <HelpOverlay />
    </div>
  );
}
