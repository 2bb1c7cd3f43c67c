// The same library flow in the real Electron window, through IPC and the preload. Skipped,
// with the reason printed, where no Electron binary exists (its download needs internet).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron } from '@playwright/test';
import { expect, ROOT, test } from './fixtures';
import { ELECTRON_BINARY, ELECTRON_SKIP, noteElectronSkip } from './electron-binary';

noteElectronSkip('Electron E2E');

test('the desktop window lists the sample library and opens an article', async () => {
  // Skipped only where no Electron binary or no display exists; the reason is printed above.
  test.skip(ELECTRON_SKIP !== null, ELECTRON_SKIP ?? '');
  const workspace = mkdtempSync(join(tmpdir(), 'crosscheck-electron-'));
  const config = mkdtempSync(join(tmpdir(), 'crosscheck-electron-home-'));
  const app = await electron.launch({
    executablePath: ELECTRON_BINARY!,
    args: [ROOT, '--no-sandbox'],
    env: { ...process.env, XDG_CONFIG_HOME: config, CROSSCHECK_WORKSPACE: workspace },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByTestId('empty-state')).toBeVisible();
    const isolated = await page.evaluate(
      () => typeof (globalThis as { require?: unknown }).require === 'undefined',
    );
    expect(isolated).toBe(true);
    const result = await page.evaluate(
      async (folder) => {
        const bridge = (
          globalThis as unknown as {
            crosscheck: { api: { importPaths(i: { paths: string[] }): Promise<{ imported: unknown[] }> } };
          }
        ).crosscheck;
        return (await bridge.api.importPaths({ paths: [folder] })).imported.length;
      },
      join(ROOT, 'data', 'sample'),
    );
    expect(result).toBe(10);
    await page.reload();
    await expect(page.getByTestId('article-row')).toHaveCount(10);
    await page.getByTestId('article-row').first().click();
    await expect(page.getByTestId('article-title')).toBeVisible();
  } finally {
    await app.close();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(config, { recursive: true, force: true });
  }
});

test('the desktop window is hardened, has its menu and palette, and remembers its place', async () => {
  // Skipped only where no Electron binary or no display exists; the reason is printed above.
  test.skip(ELECTRON_SKIP !== null, ELECTRON_SKIP ?? '');
  const workspace = mkdtempSync(join(tmpdir(), 'crosscheck-electron-'));
  const config = mkdtempSync(join(tmpdir(), 'crosscheck-electron-config-'));
  const launch = () =>
    electron.launch({
      executablePath: ELECTRON_BINARY!,
      args: [ROOT, '--no-sandbox'],
      // The whole profile too (single-instance lock, Chromium's data, the log), on every OS: a
      // running Crosscheck would otherwise make this launch quit at once.
      env: {
        ...process.env,
        XDG_CONFIG_HOME: config,
        CROSSCHECK_USER_DATA: config,
        CROSSCHECK_CONFIG_DIR: config,
        CROSSCHECK_WORKSPACE: workspace,
      },
    });
  let app = await launch();
  try {
    const page = await app.firstWindow();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await expect(page.getByTestId('empty-state')).toBeVisible();
    // No Node in the page; the bridge is exactly the API and the desktop abilities.
    expect(
      await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: Object.keys((globalThis as unknown as { crosscheck: object }).crosscheck).sort(),
      })),
    ).toEqual({ require: 'undefined', process: 'undefined', bridge: ['api', 'desktop'] });
    // Never another window, never away from the app; an http(s) link goes to the OS browser
    // only after the reviewer confirms (the dialog and the browser are stood in for here).
    await app.evaluate(({ dialog, shell }) => {
      const record = globalThis as unknown as { asked: string[]; opened: string[] };
      record.asked = [];
      record.opened = [];
      dialog.showMessageBox = (async (...args: unknown[]) => {
        const options = args[args.length - 1] as { detail?: string };
        record.asked.push(options.detail ?? '');
        return { response: 0, checkboxChecked: false };
      }) as typeof dialog.showMessageBox;
      shell.openExternal = (async (url: string) => {
        record.opened.push(url);
      }) as typeof shell.openExternal;
    });
    expect(await page.evaluate(() => window.open('https://example.com/a') === null)).toBe(true);
    expect(await page.evaluate(() => window.open('javascript:alert(1)') === null)).toBe(true);
    await expect
      .poll(() => app.evaluate(() => (globalThis as unknown as { opened: string[] }).opened))
      .toEqual(['https://example.com/a']);
    expect(await app.evaluate(() => (globalThis as unknown as { asked: string[] }).asked)).toEqual([
      'https://example.com/a',
    ]);
    const before = page.url();
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(app.windows()).toHaveLength(1);

    const menu = await app.evaluate(({ Menu }) =>
      (Menu.getApplicationMenu()?.items ?? []).map((item) => ({
        label: item.label.replace('&', ''),
        items: (item.submenu?.items ?? []).map((sub) => sub.label),
      })),
    );
    const file = menu.find((m) => m.label === 'File')!;
    expect(file.items).toEqual(
      expect.arrayContaining(['Import Folder…', 'Open Workspace…', 'Recent Workspaces', 'Export Report…']),
    );
    expect(menu.find((m) => m.label === 'Help')!.items).toEqual(
      expect.arrayContaining(['Keyboard Shortcuts', 'Open Log Folder']),
    );
    expect(menu.map((m) => m.label)).toEqual(expect.arrayContaining(['Edit', 'View']));

    // The menu's items run the page's commands.
    await app.evaluate(({ Menu }) => {
      const view = Menu.getApplicationMenu()!.items.find((i) => i.label.replace('&', '') === 'View')!;
      view.submenu!.items.find((i) => i.label === 'Command Palette…')!.click();
    });
    await expect(page.getByTestId('command-palette')).toBeVisible();
    await page.keyboard.press('Escape');

    // The XSS fixture, imported and read in the real window: nothing runs.
    await page.evaluate(
      async (folder) =>
        (
          globalThis as unknown as {
            crosscheck: { api: { importPaths(i: { paths: string[] }): Promise<unknown> } };
          }
        ).crosscheck.api.importPaths({ paths: [folder] }),
      join(ROOT, 'tests', 'fixtures', 'xss'),
    );
    await page.reload();
    for (const row of await page.getByTestId('article-row').all()) await row.click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);

    await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]!.setBounds({ x: 40, y: 50, width: 1100, height: 720 }),
    );
    await app.close();
    expect(readdirSync(config)).toEqual(expect.arrayContaining(['settings.json', 'window-state.json']));
    // The next launch opens where this one was closed.
    app = await launch();
    await app.firstWindow();
    const bounds = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getBounds());
    expect({ width: bounds.width, height: bounds.height }).toEqual({ width: 1100, height: 720 });
  } finally {
    await app.close();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(config, { recursive: true, force: true });
  }
});
