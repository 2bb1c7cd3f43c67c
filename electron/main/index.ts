// Electron main process: one hardened window over the built renderer, the workspace opened
// through the same services as the CLI, and the IPC gate. Glue only: all behaviour lives in
// electron/services and shared/.
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openWorkbench, type OpenedWorkbench } from '../services/open-workbench';
import { WorkbenchError } from '../../shared/model';
import { newestBackup, restoreNewestBackup } from '../store/workspace-store';
import { chooseWorkspace } from '../services/workspace-location';
import { CONTENT_SECURITY_POLICY } from '../server/static-files';
import { registerIpc } from './ipc';

const rendererIndex = join(import.meta.dirname, '..', 'renderer', 'index.html');
const rendererBase = pathToFileURL(join(import.meta.dirname, '..', 'renderer')).href + '/';
const isTrustedUrl = (url: string) => url.startsWith(rendererBase);

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Crosscheck',
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, '..', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  // Imported articles are untrusted: the window never navigates and never opens another.
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void window.loadFile(rendererIndex);
  return window;
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  const workspace = process.env.CROSSCHECK_WORKSPACE
    ? chooseWorkspace(undefined)
    : { dir: join(app.getPath('userData'), 'workspace'), isDefault: true };
  const { api } = await openOrOfferBackup(workspace);
  registerIpc(api, isTrustedUrl);
  let window = createWindow();
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

/**
 * Opens the workspace; when its crosscheck.json is damaged, says so and offers the newest
 * backup (the damaged file is kept beside it), or quits without touching anything.
 */
async function openOrOfferBackup(workspace: { dir: string; isDefault: boolean }): Promise<OpenedWorkbench> {
  const open = () => openWorkbench(workspace, { mode: 'desktop', appRoot: app.getAppPath() });
  try {
    return await open();
  } catch (err) {
    if (!(err instanceof WorkbenchError) || !/damaged/.test(err.message)) throw err;
    const backup = await newestBackup(workspace.dir);
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: 'Crosscheck',
      message: 'This workspace cannot be opened: its crosscheck.json is damaged.',
      detail: err.message,
      buttons: backup ? ['Restore the newest backup', 'Quit'] : ['Quit'],
      defaultId: 0,
      cancelId: backup ? 1 : 0,
    });
    if (!backup || response !== 0) {
      app.exit(1);
      throw err;
    }
    await restoreNewestBackup(workspace.dir);
    return open();
  }
}

main().catch((err: unknown) => {
  console.error(`Crosscheck could not start: ${(err as Error).stack ?? String(err)}`);
  app.exit(1);
});
