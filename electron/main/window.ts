// The one app window: hardened (isolated, sandboxed, no Node, never navigates, never opens
// another window), placed where it was last closed, and reloaded with a message when its page
// crashes. Glue only: the placement rules live in electron/services/window-state.ts.
import { app, BrowserWindow, dialog, screen, shell } from 'electron';
import { join } from 'node:path';
import {
  MIN_SIZE,
  placeWindow,
  readWindowState,
  saveWindowState,
  type WindowState,
} from '../services/window-state';

export interface WindowOptions {
  readonly rendererIndex: string;
  readonly preload: string;
  readonly stateFile: string;
  readonly log: { error(...args: unknown[]): void; warn(...args: unknown[]): void };
  readonly openLogFolder: () => void;
}

/** This many crashes within CRASH_WINDOW_MS stop the automatic reloads: the reviewer is asked. */
const CRASHES_BEFORE_ASKING = 3;
const CRASH_WINDOW_MS = 60_000;

export async function createMainWindow(options: WindowOptions): Promise<BrowserWindow> {
  const placed = placeWindow(
    await readWindowState(options.stateFile),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    ...placed.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Crosscheck',
    show: false,
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => {
    if (placed.maximized) window.maximize();
    window.show();
  });
  rememberPlacement(window, options.stateFile, options.log);

  // Imported articles are untrusted: the window never navigates and never opens another.
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.on('will-redirect', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    void confirmExternal(window, url);
    return { action: 'deny' };
  });

  let crashes: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    options.log.error(`The window's page stopped (${details.reason}, exit code ${details.exitCode}).`);
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    const now = Date.now();
    crashes = [...crashes.filter((t) => now - t < CRASH_WINDOW_MS), now];
    const reload = () =>
      // The reason rides in the address; the page says what happened (nothing saved is lost:
      // every verdict is on disk before the page hears "saved").
      window
        .loadFile(options.rendererIndex, { query: { recovered: details.reason } })
        .catch((err: unknown) => {
          options.log.error(`The window could not be reloaded: ${(err as Error).message}`);
        });
    if (crashes.length < CRASHES_BEFORE_ASKING) return void reload();
    // A page that keeps crashing is not reloaded in a loop: the reviewer decides. The question
    // comes back after the log folder is opened, so there is always a way on.
    const ask = async (): Promise<void> => {
      const { response } = await dialog.showMessageBox(window, {
        type: 'error',
        title: 'Crosscheck',
        message: 'The window keeps stopping unexpectedly.',
        detail: `It stopped ${crashes.length} times in the last minute (${details.reason}). Your saved work is on disk. The log may say why.`,
        buttons: ['Reload', 'Open Log Folder', 'Quit Crosscheck'],
        defaultId: 0,
        cancelId: 2,
      });
      if (window.isDestroyed()) return;
      if (response === 1) {
        options.openLogFolder();
        return ask();
      }
      if (response === 2) return app.quit();
      crashes = [];
      await reload();
    };
    void ask();
  });
  window.webContents.on('unresponsive', () => options.log.warn('The window is not responding.'));

  await window.loadFile(options.rendererIndex);
  return window;
}

/** A link from an article opens in the OS browser, after the reviewer has seen where it goes. */
async function confirmExternal(window: BrowserWindow, url: string): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return;
  const { response } = await dialog.showMessageBox(window, {
    type: 'question',
    title: 'Open link',
    message: 'Open this address in your web browser?',
    detail: parsed.href,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
  });
  if (response === 0) await shell.openExternal(parsed.href);
}

function rememberPlacement(window: BrowserWindow, file: string, log: WindowOptions['log']): void {
  window.on('close', () => {
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    try {
      saveWindowState(file, state);
    } catch (err) {
      log.warn(`The window's place could not be saved: ${(err as Error).message}`);
    }
  });
}

export const preloadPath = (mainDir: string) => join(mainDir, '..', 'preload', 'index.cjs');
