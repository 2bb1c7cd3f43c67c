// The same library flow in the real Electron window, through IPC and the preload. Skipped,
// with the reason printed, where no Electron binary exists (its download needs internet).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron } from '@playwright/test';
import { expect, ROOT, test } from './fixtures';

function electronBinary(): string | null {
  try {
    const dir = join(ROOT, 'node_modules', 'electron');
    const exe = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8'));
    return existsSync(exe) ? exe : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const canShow = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const reason = !binary
  ? 'no Electron binary in node_modules/electron (its download needs internet; see README)'
  : 'no display (set DISPLAY, e.g. run under xvfb-run)';
if (!binary || !canShow) console.log(`Electron E2E skipped: ${reason}.`);

test('the desktop window lists the sample library and opens an article', async () => {
  // Skipped only where no Electron binary or no display exists; the reason is printed above.
  test.skip(!binary || !canShow, reason);
  const workspace = mkdtempSync(join(tmpdir(), 'crosscheck-electron-'));
  const config = mkdtempSync(join(tmpdir(), 'crosscheck-electron-home-'));
  const app = await electron.launch({
    executablePath: binary!,
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
