// The window's layout: top bar, error banner, the screen shown (ShownScreen.tsx), the dialogs.
// It builds the context commands run in (actions, the state, the refs keys act on) and hands
// it to the three ways of running them: keys, the palette and the desktop menu.
import { useRef, type ReactNode } from 'react';
import type { DesktopBridge } from '../../shared/api';
import { ImportInput } from '../library/ImportInput';
import { ImportSummary } from '../library/ImportSummary';
import { useImportLauncher } from '../library/use-import-launcher';
import { useFolderDrop } from '../library/use-folder-drop';
import { useActions, useLibrary, useStateReader } from '../state/library-context';
import type { SourceQuery } from '../state/sources-state';
import { WhoElseDialog } from '../sources/WhoElseDialog';
import { readSelectionSource } from '../sources/selection-source';
import type { CommandContext } from './command';
import { CommandPalette } from './CommandPalette';
import { ErrorBanner } from './ErrorBanner';
import { HelpOverlay } from './HelpOverlay';
import { isMacPlatform } from './keys';
import { SettingsDialog } from './SettingsDialog';
import { ShownScreen } from './ShownScreen';
import { TopBar } from './TopBar';
import { useMenuCommands } from './use-menu-commands';
import { useShortcuts } from './use-shortcuts';
import { WorkspacesDialog } from './WorkspacesDialog';

const IMPORT_SHORTCUT = isMacPlatform() ? '⌘O' : 'Ctrl+O';

export function App(props: { desktop: DesktopBridge | null }): ReactNode {
  const { desktop } = props;
  const actions = useActions();
  const readState = useStateReader();
  const launcher = useImportLauncher();
  const filterRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const searchClaimsRef = useRef<HTMLInputElement>(null);
  const screen = useLibrary((s) => s.screen.kind);
  const dialog = useLibrary((s) => s.dialog);
  const importing = useLibrary((s) => s.importStatus.phase === 'running');
  const dragging = useFolderDrop(desktop, !importing && dialog === null);
  const askingSources = useLibrary((s) => s.whoElse !== null);
  // The palette's text field takes the focus (and with it the page's selection): what was
  // selected when it opened is what "Who else says this?" asks about from there.
  const selectionAtPalette = useRef<SourceQuery | null>(null);

  const contextFor = (via: 'keys' | 'palette'): CommandContext => ({
    actions,
    state: readState(),
    isDesktop: desktop !== null,
    isMac: isMacPlatform(),
    openImport: launcher.open,
    filterRef,
    listRef,
    searchClaimsRef,
    selection: via === 'palette' ? () => selectionAtPalette.current : readSelectionSource,
    rememberSelection: () => {
      selectionAtPalette.current = readSelectionSource();
    },
  });
  useShortcuts(() => contextFor('keys'), screen);
  useMenuCommands(desktop, () => contextFor('keys'), screen);

  return (
    <div className="app">
      <TopBar onImport={launcher.open} importShortcut={IMPORT_SHORTCUT} />
      <ErrorBanner />
      <ShownScreen
        filterRef={filterRef}
        listRef={listRef}
        searchClaimsRef={searchClaimsRef}
        onImport={launcher.open}
      />
      <ImportInput inputRef={launcher.inputRef} onFiles={launcher.onFiles} />
      <ImportSummary />
      <HelpOverlay />
      {dialog === 'palette' ? (
        <CommandPalette
          context={() => contextFor('palette')}
          screen={screen}
          onClose={() => actions.closeDialog('palette')}
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
