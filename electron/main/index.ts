// Electron main process: the session (workspace + settings) opened through the same services
// as the CLI, one hardened window, the menu, the IPC gate and the log file. Glue only: all
// behaviour lives in electron/services and shared/.
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, session, shell } from 'electron';
import log from 'electron-log/main';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuCommand } from '../../shared/api';
import { WorkbenchError } from '../../shared/model';
import { DESKTOP_CHANNELS } from '../../shared/desktop-channels';
import type { Settings } from '../../shared/settings';
import { openWorkbench, type OpenedWorkbench } from '../services/open-workbench';
import { WorkspaceSession } from '../services/workspace-session';
import { WINDOW_STATE_FILE } from '../services/window-state';
import { DOCUMENT_FILE, newestBackup, restoreNewestBackup } from '../store/workspace-store';
import { SettingsFile } from '../store/settings-file';
import { CONTENT_SECURITY_POLICY } from '../server/static-files';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { createMainWindow, preloadPath } from './window';

const rendererIndex = join(import.meta.dirname, '..', 'renderer', 'index.html');
const rendererBase = pathToFileURL(join(import.meta.dirname, '..', 'renderer')).href + '/';
const isTrustedUrl = (url: string) => url.startsWith(rendererBase);

// Uncaught errors of the main process go to the log file (Help › Open Log Folder), not to a
// dialog the reviewer cannot act on.
log.transports.file.level = 'info';
log.errorHandler.startCatching({ showDialog: false });
const logFolder = () => dirname(log.transports.file.getFile().path);

async function main(): Promise<void> {
  // Tests (and anyone running a second, separate copy) move the whole profile — the single-
  // instance lock, Chromium's data, the log — away from the real one, on every OS.
  if (process.env.CROSSCHECK_USER_DATA) app.setPath('userData', process.env.CROSSCHECK_USER_DATA);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let window: BrowserWindow | null = null;
  /** Set once start-up is done: a window may then be opened for a second launch. */
  let openWindow: (() => Promise<void>) | null = null;
  // Registered at once: a second launch during start-up finds this one starting, not a gap.
  app.on('second-instance', () => {
    if (!window) return void openWindow?.();
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  await app.whenReady();
  // electron-log listens on its own IPC channel for renderer logging we do not use, and it
  // checks no sender: take it away so every channel left is ours and gated (see ipc.ts).
  ipcMain.removeAllListeners('__ELECTRON_LOG__');
  ipcMain.removeHandler('__ELECTRON_LOG__');
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

  const configDir = process.env.CROSSCHECK_CONFIG_DIR || app.getPath('userData');
  const settings = await SettingsFile.open(configDir);
  nativeTheme.themeSource = settings.info().settings.theme;
  const send = (command: MenuCommand, argument?: string) =>
    window?.webContents.send(DESKTOP_CHANNELS.menuCommand, command, argument ?? null);

  const opened = await openOrOfferBackup(firstWorkspace(settings.info().settings));
  // Assigned once the session exists; its callbacks may fire while it is being made (the
  // first workspace is remembered at once), so they must not reach it before then.
  let workbench: WorkspaceSession | null = null;
  workbench = await WorkspaceSession.around(opened, settings, {
    mode: 'desktop',
    appRoot: app.getAppPath(),
    remember: true,
    sourcesThread: 'worker',
    onSettingsChanged: (next) => {
      nativeTheme.themeSource = next.theme;
      refreshMenu();
    },
    onWorkspaceChanged: () => refreshMenu(),
  });

  const active = workbench;
  const openLogFolder = async () => {
    const error = await shell.openPath(logFolder());
    if (error) dialog.showErrorBox('The log folder could not be opened', `${logFolder()}: ${error}`);
  };
  function refreshMenu(): void {
    if (!workbench) return;
    const current = workbench;
    Menu.setApplicationMenu(
      buildMenu(current.settings.info().settings, current.listWorkspaces(), {
        send,
        openLogFolder: () => void openLogFolder(),
      }),
    );
  }
  refreshMenu();

  registerIpc({ api: active.api, isTrustedUrl, printHtml, openLogFolder, log });
  const open = async () => {
    window = await createMainWindow({
      rendererIndex,
      preload: preloadPath(import.meta.dirname),
      stateFile: join(configDir, WINDOW_STATE_FILE),
      log,
      openLogFolder: () => void openLogFolder(),
    });
    window.on('closed', () => (window = null));
  };
  await open();
  openWindow = open;
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void open();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

/**
 * CROSSCHECK_WORKSPACE when set; otherwise the workspace used last, if it is still there;
 * otherwise the default one in the user-data folder (seeded with the sample on first run).
 */
function firstWorkspace(settings: Settings): { dir: string; isDefault: boolean } {
  if (process.env.CROSSCHECK_WORKSPACE) return { dir: process.env.CROSSCHECK_WORKSPACE, isDefault: false };
  const defaultDir = join(app.getPath('userData'), 'workspace');
  const last = settings.recentWorkspaces[0];
  if (last && last !== defaultDir && existsSync(join(last, DOCUMENT_FILE)))
    return { dir: last, isDefault: false };
  return { dir: defaultDir, isDefault: true };
}

/**
 * Opens the workspace; when its crosscheck.json is damaged, says so and offers the newest
 * backup (the damaged file is kept beside it), or quits without touching anything.
 */
async function openOrOfferBackup(workspace: { dir: string; isDefault: boolean }): Promise<OpenedWorkbench> {
  const open = (w = workspace) =>
    openWorkbench(w, { mode: 'desktop', appRoot: app.getAppPath(), sourcesThread: 'worker' });
  try {
    return await open();
  } catch (err) {
    if (!(err instanceof WorkbenchError) || !/damaged/.test(err.message)) throw err;
    const backup = await newestBackup(workspace.dir);
    const choices = [
      ...(backup ? (['restore'] as const) : []),
      ...(workspace.isDefault ? [] : (['default'] as const)),
      'quit' as const,
    ];
    const labels = {
      restore: 'Restore the newest backup',
      default: 'Open the default workspace',
      quit: 'Quit',
    };
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: 'Crosscheck',
      message: 'This workspace cannot be opened: its crosscheck.json is damaged.',
      detail: err.message,
      buttons: choices.map((c) => labels[c]),
      defaultId: 0,
      cancelId: choices.length - 1,
    });
    const choice = choices[response] ?? 'quit';
    if (choice === 'default')
      return open({ dir: join(app.getPath('userData'), 'workspace'), isDefault: true });
    if (choice === 'quit') {
      app.exit(1);
      throw err;
    }
    await restoreNewestBackup(workspace.dir);
    return open();
  }
}

/** Prints a page in a hidden window with scripts off, then closes it. */
async function printHtml(html: string): Promise<Buffer> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    window.destroy();
  }
}

main().catch((err: unknown) => {
  log.error(`Crosscheck could not start: ${(err as Error).stack ?? String(err)}`);
  console.error(`Crosscheck could not start: ${(err as Error).stack ?? String(err)}`);
  app.exit(1);
});
