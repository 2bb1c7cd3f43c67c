// The window's layout: top bar, error banner, then either the two panes (list, and the reader
// or a story's page) or the empty state, plus the dialogs. It wires the shortcut table to actions and owns the refs
// shortcuts need (filter box, list); everything else lives in the components.
import { useRef, type ReactNode } from 'react';
import { CompareScreen } from '../compare/CompareScreen';
import { ReviewScreen } from '../review/ReviewScreen';
import { ReportScreen } from '../report/ReportScreen';
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
  const reviewing = useLibrary((s) => s.review !== null);
  const reporting = useLibrary((s) => s.reportScreen !== null);
  const searchClaimsRef = useRef<HTMLInputElement>(null);
  const selectedId = useLibrary((s) => s.selectedId);
  const storyArticles = useLibrary((s) =>
    s.view === 'stories' && s.selectedStoryId ? s.story?.articleIds : null,
  );

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
        // Back where the comparison was opened from: the story page, or the reader.
        focusSoon('[data-region="reader"]');
      },
      openReview: () => {
        const article = storyShown ? storyArticles?.[0] : selectedId;
        if (article) actions.openReview(article);
      },
      nextClaim: () => actions.moveClaim(1),
      previousClaim: () => actions.moveClaim(-1),
      markConsistent: () => void actions.setVerdict('consistent'),
      markConflicting: () => void actions.setVerdict('conflicting'),
      markUnclear: () => void actions.setVerdict('unclear'),
      addEvidence: () => void actions.addEvidence(),
      searchClaims: () => searchClaimsRef.current?.focus(),
      undoVerdict: () => void actions.undoReview(),
      redoVerdict: () => void actions.redoReview(),
      closeReport: actions.closeReport,
      closeReview: () => {
        actions.closeReview();
        focusSoon('[data-region="reader"]');
      },
    },
    reporting ? 'report' : reviewing ? 'review' : comparing ? 'compare' : 'library',
  );

  return (
    <div className="app">
      <TopBar onImport={launcher.open} importShortcut={IMPORT_SHORTCUT} />
      <ErrorBanner />
      {reporting ? (
        <ReportScreen />
      ) : reviewing ? (
        <ReviewScreen searchRef={searchClaimsRef} />
      ) : comparing ? (
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
