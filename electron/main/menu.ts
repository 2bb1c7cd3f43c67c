// The application menu. Commands the page owns (import, report, settings, the palette…) are
// sent to it and run exactly as its command palette runs them; opening a workspace and the
// theme are done here, through the same session API, because they need no page state.
import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api';
import type { Settings, ThemeChoice, WorkspaceList } from '../../shared/settings';

export interface MenuActions {
  /** Hands a command to the page, which runs it as its palette would (or not, with a modal open). */
  readonly send: (command: MenuCommand, argument?: string) => void;
  readonly openLogFolder: () => void;
}

/**
 * Keys the page binds itself (so they also work in browser mode) are shown in the menu but not
 * registered by it. macOS ignores `registerAccelerator: false` and registers every accelerator,
 * so there a bare letter (s, v, ?) is not given one at all: the menu would take that key from
 * every text field. Cmd-chords stay: the menu runs them, and the page ignores menu commands
 * while a dialog is open, as it ignores the keys.
 */
export function pageKey(
  accelerator: string,
  isMac: boolean,
): { accelerator?: string; registerAccelerator?: boolean } {
  if (isMac) return accelerator.includes('CmdOrCtrl') ? { accelerator } : {};
  return { accelerator, registerAccelerator: false };
}

export function buildMenu(settings: Settings, workspaces: WorkspaceList, actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin';
  const { send } = actions;
  const recent: MenuItemConstructorOptions[] = workspaces.recent.length
    ? workspaces.recent.map((w) => ({
        label: w.name,
        sublabel: w.path,
        toolTip: w.path,
        enabled: w.exists,
        click: () => send('openRecentWorkspace', w.path),
      }))
    : [{ label: 'No recent workspaces', enabled: false }];
  const theme = (value: ThemeChoice, label: string): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: settings.theme === value,
    click: () => send('setTheme', value),
  });
  const settingsItem: MenuItemConstructorOptions = {
    label: 'Settings…',
    ...pageKey('CmdOrCtrl+,', isMac),
    click: () => send('openSettings'),
  };

  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            label: app.name,
            submenu: [
              { role: 'about' },
              { type: 'separator' },
              settingsItem,
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ] as MenuItemConstructorOptions[],
          },
        ]
      : []),
    {
      label: '&File',
      submenu: [
        // Keys the page binds itself (so they work in browser mode too) are shown, not registered.
        {
          label: 'Import Folder…',
          ...pageKey('CmdOrCtrl+O', isMac),
          click: () => send('import'),
        },
        { type: 'separator' },
        { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+Shift+O', click: () => send('chooseWorkspace') },
        { label: 'Recent Workspaces', submenu: recent },
        { type: 'separator' },
        {
          label: 'Export Report…',
          ...pageKey('CmdOrCtrl+E', isMac),
          click: () => send('exportReport'),
        },
        ...(isMac
          ? []
          : [
              { type: 'separator' } as const,
              settingsItem,
              { type: 'separator' } as const,
              { role: 'quit' } as const,
            ]),
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        {
          label: 'Command Palette…',
          ...pageKey('CmdOrCtrl+K', isMac),
          click: () => send('openPalette'),
        },
        {
          label: 'Stories or Articles',
          ...pageKey('S', isMac),
          click: () => send('toggleView'),
        },
        {
          label: 'Review Claims',
          ...pageKey('V', isMac),
          click: () => send('openReview'),
        },
        { type: 'separator' },
        {
          label: 'Theme',
          submenu: [theme('system', 'Follow the System'), theme('light', 'Light'), theme('dark', 'Dark')],
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        // Developer tools only in a development build: a packaged app is not a debugger.
        ...(app.isPackaged ? [] : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
      ],
    },
    { role: 'windowMenu' },
    {
      label: '&Help',
      role: 'help',
      submenu: [
        {
          label: 'Keyboard Shortcuts',
          ...pageKey('?', isMac),
          click: () => send('showHelp'),
        },
        { label: 'Open Log Folder', click: actions.openLogFolder },
        ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'about' } as const]),
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
