// The window's layout: top bar, error banner, then either the two panes (list, and the reader
// or a story's page) or the empty state, plus the dialogs. It wires the shortcut table to actions and owns the refs
// shortcuts need (filter box, list); everything else lives in the components.
import { useEffect, useRef, type ReactNode } from 'react';
import type { DesktopBridge } from '../../shared/api';
import { CompareScreen } from '../compare/CompareScreen';
import { ReviewScreen } from '../review/ReviewScreen';
import { ReportScreen } from '../report/ReportScreen';
import { MatrixScreen } from '../matrix/MatrixScreen';
import { ArticleView } from '../library/ArticleView';
import { EmptyState } from '../library/EmptyState';
import { ImportInput } from '../library/ImportInput';
import { ImportSummary } from '../library/ImportSummary';
import { ListPane } from '../library/ListPane';
import { focusSoon } from '../library/focus-soon';
import { useImportLauncher } from '../library/use-import-launcher';
import { isMacPlatform, SHORTCUTS, type Screen } from '../shortcuts';
import { useActions, useLibrary } from '../state/library-context';
import { StoryPage } from '../stories/StoryPage';
import { ErrorBanner } from './ErrorBanner';
import { HelpOverlay } from './HelpOverlay';
import { TopBar } from './TopBar';
import { useShortcuts, type ShortcutHandlers } from './use-shortcuts';
import { MENU_TO_SHORTCUT } from './commands';
import { CommandPalette } from './CommandPalette';
import { SettingsDialog } from './SettingsDialog';
import { WorkspacesDialog } from './WorkspacesDialog';
import { useFolderDrop } from '../library/use-folder-drop';
import { WhoElseDialog } from '../sources/WhoElseDialog';
import { readSelectionSource } from '../sources/selection-source';
import type { SourceQuery } from '../state/sources-state';

const IMPORT_SHORTCUT = isMacPlatform() ? '⌘O' : 'Ctrl+O';

export function App(props: { desktop: DesktopBridge | null }): ReactNode {
  const { desktop } = props;
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
  const inMatrix = useLibrary((s) => s.matrix !== null);
  const selectedStoryId = useLibrary((s) => s.selectedStoryId);
  const searchClaimsRef = useRef<HTMLInputElement>(null);
  const selectedId = useLibrary((s) => s.selectedId);
  const storyArticles = useLibrary((s) =>
    s.view === 'stories' && s.selectedStoryId ? s.story?.articleIds : null,
  );

  const dialog = useLibrary((s) => s.dialog);
  const theme = useLibrary((s) => s.settings?.settings.theme ?? 'system');
  const workspaces = useLibrary((s) => s.workspaces);
  const importing = useLibrary((s) => s.importStatus.phase === 'running');
  const dragging = useFolderDrop(desktop, !importing && dialog === null);
  const askingSources = useLibrary((s) => s.whoElse !== null);
  // The palette's text field takes the focus (and with it the page's selection): what was
  // selected when it opened is what "Who else says this?" asks about from there.
  const selectionAtPalette = useRef<SourceQuery | null>(null);

  const handlers: ShortcutHandlers = {
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
    openPalette: () => {
      selectionAtPalette.current = readSelectionSource();
      actions.setDialog('palette');
    },
    findSources: () => actions.askWhoElse(readSelectionSource()),
    openSettings: () => actions.setDialog('settings'),
    exportReport: () => actions.openReport(null),
    openMatrix: () => {
      if (selectedStoryId) actions.openMatrix(selectedStoryId);
    },
    closeMatrix: () => {
      actions.closeMatrix();
      focusSoon('[data-region="reader"]');
    },
  };
  const screen: Screen = reporting
    ? 'report'
    : reviewing
      ? 'review'
      : comparing
        ? 'compare'
        : inMatrix
          ? 'matrix'
          : 'library';
  useShortcuts(handlers, screen);

  // The desktop menu runs the same handlers as the keys and the palette, under the same
  // rules: nothing while a modal is open, and only on the screens the command works on.
  const latest = useRef({ handlers, screen });
  useEffect(() => {
    latest.current = { handlers, screen };
  });
  useEffect(() => {
    if (!desktop) return;
    return desktop.onMenuCommand((command, argument) => {
      if (document.querySelector('dialog[open]')) return;
      if (command === 'chooseWorkspace') return void actions.chooseWorkspace();
      if (command === 'openRecentWorkspace') return void (argument && actions.openWorkspace(argument));
      if (command === 'setTheme') {
        if (argument === 'system' || argument === 'light' || argument === 'dark')
          void actions.saveSettings({ theme: argument });
        return;
      }
      const shortcut = MENU_TO_SHORTCUT[command];
      const entry = SHORTCUTS.find((s) => s.command === shortcut);
      if (shortcut && entry && (entry.screens ?? ['library']).includes(latest.current.screen))
        latest.current.handlers[shortcut]();
    });
  }, [desktop, actions]);

  return (
    <div className="app">
      <TopBar onImport={launcher.open} importShortcut={IMPORT_SHORTCUT} />
      <ErrorBanner />
      {reporting ? (
        <ReportScreen />
      ) : inMatrix ? (
        <MatrixScreen />
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
      {dialog === 'palette' ? (
        <CommandPalette
          onClose={() => actions.closeDialog('palette')}
          context={{
            isDesktop: desktop !== null,
            isMac: isMacPlatform(),
            theme,
            workspaces,
            inLibrary: screen === 'library',
            canReview: Boolean(storyShown ? storyArticles?.[0] : selectedId),
            canMatrix: selectedStoryId !== null,
            canFindSources: screen === 'library' || screen === 'compare' || screen === 'review',
            run: (command) =>
              command === 'findSources'
                ? actions.askWhoElse(selectionAtPalette.current)
                : handlers[command](),
            openSettings: () => actions.setDialog('settings'),
            chooseWorkspace: () => void actions.chooseWorkspace(),
            openWorkspace: (path) => void actions.openWorkspace(path),
            setTheme: (choice) => void actions.saveSettings({ theme: choice }),
            openLogFolder: actions.openLogFolder,
          }}
        />
      ) : null}
      {askingSources ? <WhoElseDialog /> : null}
      {dialog === 'settings' ? <SettingsDialog /> : null}
      {dialog === 'workspaces' ? <WorkspacesDialog isDesktop={desktop !== null} /> : null}
      {dragging ? (
        <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
          <div className="drop-card">Drop a folder to import its articles</div>
        </div>
      ) : null}
    </div>
  );
}
