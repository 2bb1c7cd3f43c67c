// The Electron main process's glue, run under Node with `electron` stood in for by a recording
// fake (no Electron binary can be downloaded here, so the real window never opens in these
// tests). It catches what type checks cannot: start-up order, the window's hardening options,
// the navigation and new-window handlers, the IPC gate on every channel, the menu's items, the
// crash reloads and the window's place saved at close.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../../shared/api';
import { API_CHANNEL_PREFIX, DESKTOP_CHANNELS } from '../../shared/desktop-channels';

type Handler = (...args: unknown[]) => unknown;
interface MenuItem {
  label?: string;
  role?: string;
  accelerator?: string;
  registerAccelerator?: boolean;
  submenu?: MenuItem[];
  click?: () => void;
}

const fake = vi.hoisted(() => {
  const state = {
    exited: null as number | null,
    windows: [] as FakeWindow[],
    menu: null as MenuItem[] | null,
    handles: new Map<string, Handler>(),
    listeners: new Map<string, Handler>(),
    removed: [] as string[],
    appEvents: new Map<string, Handler>(),
    headers: null as Handler | null,
    permissions: null as Handler | null,
    themeSource: '',
    messageBoxes: [] as unknown[],
    opened: [] as string[],
    logged: [] as string[],
    /** Native dialogs and folder openings, any of which a refused sender must never cause. */
    nativeCalls: [] as string[],
  };
  class Emitter {
    events = new Map<string, Handler[]>();
    on(name: string, fn: Handler) {
      this.events.set(name, [...(this.events.get(name) ?? []), fn]);
      return this;
    }
    once(name: string, fn: Handler) {
      return this.on(name, fn);
    }
    emit(name: string, ...args: unknown[]) {
      for (const fn of this.events.get(name) ?? []) fn(...args);
    }
  }
  class FakeWebContents extends Emitter {
    windowOpen: Handler | null = null;
    sent: unknown[][] = [];
    mainFrame = { url: '' };
    loads: unknown[][] = [];
    setWindowOpenHandler(fn: Handler) {
      this.windowOpen = fn;
    }
    send(...args: unknown[]) {
      this.sent.push(args);
    }
    reload() {}
  }
  class FakeWindow extends Emitter {
    static getAllWindows = () => state.windows;
    static fromWebContents = () => state.windows[0] ?? null;
    webContents = new FakeWebContents();
    bounds = { x: 0, y: 0, width: 0, height: 0 };
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      this.bounds = {
        x: (options.x as number) ?? 0,
        y: (options.y as number) ?? 0,
        width: options.width as number,
        height: options.height as number,
      };
      state.windows.push(this);
    }
    async loadFile(file: string, options?: unknown) {
      this.webContents.loads.push([file, options]);
      this.webContents.mainFrame.url = pathToFileURL(file).href;
    }
    async loadURL() {}
    show() {}
    focus() {}
    restore() {}
    maximize() {}
    isMinimized = () => false;
    isMaximized = () => false;
    isDestroyed = () => this.destroyed;
    getNormalBounds = () => this.bounds;
    setBounds(b: typeof this.bounds) {
      this.bounds = b;
    }
    close() {
      this.emit('close');
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return { state, FakeWindow };
});

vi.mock('electron', () => {
  const { state, FakeWindow } = fake;
  return {
    app: {
      name: 'Crosscheck',
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      whenReady: async () => undefined,
      on: (name: string, fn: Handler) => state.appEvents.set(name, fn),
      getPath: () => process.env.CROSSCHECK_CONFIG_DIR!,
      getAppPath: () => join(import.meta.dirname, '..', '..'),
      quit: () => undefined,
      exit: (code: number) => {
        state.exited = code;
      },
    },
    BrowserWindow: FakeWindow,
    Menu: {
      buildFromTemplate: (template: MenuItem[]) => template,
      setApplicationMenu: (menu: MenuItem[]) => {
        state.menu = menu;
      },
    },
    nativeTheme: {
      set themeSource(value: string) {
        state.themeSource = value;
      },
      get themeSource() {
        return state.themeSource;
      },
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (fn: Handler) => (state.headers = fn) },
        setPermissionRequestHandler: (fn: Handler) => (state.permissions = fn),
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    dialog: {
      showMessageBox: async (...args: unknown[]) => {
        state.messageBoxes.push(args[args.length - 1]);
        return { response: 0, checkboxChecked: false };
      },
      showOpenDialog: async () => {
        state.nativeCalls.push('showOpenDialog');
        return { canceled: true, filePaths: [] };
      },
      showErrorBox: () => undefined,
    },
    shell: {
      openExternal: async (url: string) => {
        state.opened.push(url);
      },
      openPath: async () => {
        state.nativeCalls.push('openPath');
        return '';
      },
    },
    ipcMain: {
      handle: (channel: string, fn: Handler) => state.handles.set(channel, fn),
      on: (channel: string, fn: Handler) => state.listeners.set(channel, fn),
      removeAllListeners: (channel: string) => state.removed.push(`on:${channel}`),
      removeHandler: (channel: string) => state.removed.push(`handle:${channel}`),
    },
  };
});

vi.mock('electron-log/main', () => {
  const { state } = fake;
  const record = (...args: unknown[]) => state.logged.push(args.map(String).join(' '));
  return {
    default: {
      transports: { file: { level: 'info', getFile: () => ({ path: '/tmp/crosscheck-logs/main.log' }) } },
      errorHandler: { startCatching: () => undefined },
      error: record,
      warn: record,
      info: record,
    },
  };
});

const { state } = fake;
let startError: Error | null = null;
let config = '';
let workspace = '';
const window = () => state.windows[0]!;
const menuItem = (menu: string, label: string) =>
  state.menu!.find((m) => m.label?.replace('&', '') === menu)!.submenu!.find((i) => i.label === label);

beforeAll(async () => {
  config = mkdtempSync(join(tmpdir(), 'crosscheck-main-config-'));
  workspace = mkdtempSync(join(tmpdir(), 'crosscheck-main-ws-'));
  process.env.CROSSCHECK_CONFIG_DIR = config;
  process.env.CROSSCHECK_WORKSPACE = workspace;
  try {
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(state.windows.length).toBe(1), { timeout: 20_000 });
    await vi.waitFor(() => expect(window().webContents.loads.length).toBe(1));
  } catch (err) {
    // Kept for the tests to report: a failed start must count as failed tests, not skipped ones.
    startError = err as Error;
  }
}, 30_000);

afterAll(() => {
  delete process.env.CROSSCHECK_CONFIG_DIR;
  delete process.env.CROSSCHECK_WORKSPACE;
  rmSync(config, { recursive: true, force: true });
  rmSync(workspace, { recursive: true, force: true });
});

describe('the Electron main process (with a stand-in electron)', () => {
  beforeEach(() => {
    if (startError)
      throw new Error(
        `the main process did not start: ${startError.message}; log: ${state.logged.join(' | ')}`,
      );
  });

  it('starts: one window, a menu, the theme from settings, and no exit', () => {
    expect(state.exited).toBeNull();
    expect(state.menu).not.toBeNull();
    expect(state.themeSource).toBe('system');
    expect(state.logged.filter((l) => /could not start/.test(l))).toEqual([]);
    // The first workspace is remembered as recent.
    expect(JSON.parse(readFileSync(join(config, 'settings.json'), 'utf8')).recentWorkspaces).toEqual([
      workspace,
    ]);
  });

  it('opens the window hardened', () => {
    expect(window().options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    // The CSP header on every response, and every permission refused.
    let headers: Record<string, string[]> = {};
    state.headers!({ responseHeaders: {} }, (r: { responseHeaders: Record<string, string[]> }) => {
      headers = r.responseHeaders;
    });
    expect(headers['Content-Security-Policy']![0]).toMatch(/script-src 'self'/);
    let granted: boolean | null = null;
    state.permissions!(null, 'media', (ok: boolean) => (granted = ok));
    expect(granted).toBe(false);
  });

  it('never navigates, never opens a window, and opens http(s) links only after asking', async () => {
    let prevented = false;
    window().webContents.emit(
      'will-navigate',
      { preventDefault: () => (prevented = true) },
      'https://x.example',
    );
    expect(prevented).toBe(true);
    expect(window().webContents.windowOpen!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(window().webContents.windowOpen!({ url: 'https://news.example/a' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(state.opened).toEqual(['https://news.example/a']));
    expect(state.messageBoxes).toHaveLength(1);
    expect(state.messageBoxes[0]).toMatchObject({ detail: 'https://news.example/a' });
  });

  it('gates every IPC channel on the sender, and validates API input', async () => {
    for (const method of API_METHODS)
      expect(state.handles.has(API_CHANNEL_PREFIX + method), method).toBe(true);
    for (const channel of [
      DESKTOP_CHANNELS.pickFolders,
      DESKTOP_CHANNELS.pickWorkspace,
      DESKTOP_CHANNELS.printReportPdf,
      DESKTOP_CHANNELS.openLogFolder,
    ])
      expect(state.handles.has(channel), channel).toBe(true);
    expect(state.removed).toEqual(expect.arrayContaining(['on:__ELECTRON_LOG__', 'handle:__ELECTRON_LOG__']));

    const ours = { senderFrame: window().webContents.mainFrame, sender: window().webContents };
    const foreignFrame = { url: 'https://evil.example/' };
    const foreign = { senderFrame: foreignFrame, sender: { mainFrame: foreignFrame } };
    // Every channel refuses a sender that is not our page's top frame, and does nothing.
    const calls = state.nativeCalls.length;
    const windows = state.windows.length;
    for (const [channel, handler] of state.handles) {
      const answer = await handler(foreign, {});
      expect(
        [null, undefined].includes(answer as null) || (answer as { ok?: boolean }).ok === false,
        channel,
      ).toBe(true);
      if (answer) expect(answer, channel).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect(state.nativeCalls.length).toBe(calls);
    expect(state.windows.length).toBe(windows);
    // Our own page does reach them.
    await state.handles.get(DESKTOP_CHANNELS.openLogFolder)!(ours);
    expect(state.nativeCalls.slice(calls)).toEqual(['openPath']);
    const subframe = {
      senderFrame: { url: window().webContents.mainFrame.url },
      sender: window().webContents,
    };
    const info = state.handles.get(`${API_CHANNEL_PREFIX}getWorkspaceInfo`)!;
    expect(await info(subframe, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await info(ours, {})).toMatchObject({ ok: true, value: { mode: 'desktop', articleCount: 0 } });
    const open = state.handles.get(`${API_CHANNEL_PREFIX}openWorkspace`)!;
    expect(await open(ours, { path: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await state.handles.get(DESKTOP_CHANNELS.pickWorkspace)!(foreign)).toBeNull();

    // The page's error reports: ours only, and never a flood.
    const logError = state.listeners.get(DESKTOP_CHANNELS.logError)!;
    const before = state.logged.length;
    logError(foreign, 'from elsewhere');
    for (let i = 0; i < 100; i++) logError(ours, `error ${i}`);
    for (let i = 0; i < 5; i++) logError(ours, 'error 0');
    const written = state.logged.slice(before);
    expect(written.some((l) => l.includes('from elsewhere'))).toBe(false);
    expect(written.length).toBeLessThanOrEqual(21);
    expect(written.at(-1)).toMatch(/more errors this minute were not logged/);
  });

  it('has the menu the issue names, and its items reach the page as commands', () => {
    const labels = state.menu!.map((m) => m.label?.replace('&', '') ?? m.role);
    expect(labels).toEqual(expect.arrayContaining(['File', 'editMenu', 'View', 'Help']));
    for (const label of ['Import Folder…', 'Open Workspace…', 'Recent Workspaces', 'Export Report…'])
      expect(menuItem('File', label), label).toBeDefined();
    for (const label of ['Keyboard Shortcuts', 'Open Log Folder'])
      expect(menuItem('Help', label), label).toBeDefined();
    menuItem('View', 'Command Palette…')!.click!();
    menuItem('File', 'Export Report…')!.click!();
    menuItem('File', 'Open Workspace…')!.click!();
    menuItem('View', 'Theme')!.submenu!.find((i) => i.label === 'Dark')!.click!();
    // Every item goes through the page, which obeys its own rules (no command under a modal).
    expect(window().webContents.sent).toEqual([
      [DESKTOP_CHANNELS.menuCommand, 'openPalette', null],
      [DESKTOP_CHANNELS.menuCommand, 'exportReport', null],
      [DESKTOP_CHANNELS.menuCommand, 'chooseWorkspace', null],
      [DESKTOP_CHANNELS.menuCommand, 'setTheme', 'dark'],
    ]);
    // Keys the page binds are shown but not registered by the menu (Linux and Windows here).
    if (process.platform !== 'darwin') {
      expect(menuItem('View', 'Command Palette…')).toMatchObject({
        accelerator: 'CmdOrCtrl+K',
        registerAccelerator: false,
      });
    }
  });

  it('never lets the macOS menu take a bare key from text fields', async () => {
    const { pageKey } = await import('../../electron/main/menu');
    expect(pageKey('S', true)).toEqual({});
    expect(pageKey('?', true)).toEqual({});
    expect(pageKey('CmdOrCtrl+K', true)).toEqual({ accelerator: 'CmdOrCtrl+K' });
    expect(pageKey('S', false)).toEqual({ accelerator: 'S', registerAccelerator: false });
    expect(pageKey('CmdOrCtrl+K', false)).toEqual({ accelerator: 'CmdOrCtrl+K', registerAccelerator: false });
  });

  it('reloads a crashed page with the reason, and asks instead of looping', async () => {
    const gone = (reason: string) =>
      window().webContents.emit('render-process-gone', {}, { reason, exitCode: 1 });
    gone('crashed');
    await vi.waitFor(() => expect(window().webContents.loads.length).toBe(2));
    expect(window().webContents.loads[1]![1]).toEqual({ query: { recovered: 'crashed' } });
    const boxes = state.messageBoxes.length;
    gone('oom');
    gone('crashed');
    await vi.waitFor(() => expect(state.messageBoxes.length).toBe(boxes + 1));
    expect(state.messageBoxes.at(-1)).toMatchObject({ message: 'The window keeps stopping unexpectedly.' });
  });

  it('saves the window’s place when it closes', () => {
    window().setBounds({ x: 40, y: 50, width: 1100, height: 720 });
    window().close();
    expect(JSON.parse(readFileSync(join(config, 'window-state.json'), 'utf8'))).toEqual({
      bounds: { x: 40, y: 50, width: 1100, height: 720 },
      maximized: false,
    });
  });
});
