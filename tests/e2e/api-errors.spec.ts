// An API failure crosses the real preload with its code. contextBridge rebuilds an Error thrown
// in the preload from its message alone, so the preload's api rejects with plain ApiErrorData
// that the page's client turns back into an ApiError (renderer/api/client.ts); this checks what
// really reaches the page. Skipped, with the reason printed, where no Electron binary or no
// display exists (as electron.spec.ts is).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron } from '@playwright/test';
import { expect, ROOT, test } from './fixtures';
import { ELECTRON_BINARY, ELECTRON_SKIP, noteElectronSkip } from './electron-binary';

noteElectronSkip('API error E2E');

test('a missing article reaches the desktop page as not-found data, not a code-less Error', async () => {
  // Skipped only where no Electron binary or no display exists; the reason is printed above.
  test.skip(ELECTRON_SKIP !== null, ELECTRON_SKIP ?? '');
  const workspace = mkdtempSync(join(tmpdir(), 'crosscheck-electron-'));
  const config = mkdtempSync(join(tmpdir(), 'crosscheck-electron-config-'));
  const app = await electron.launch({
    executablePath: ELECTRON_BINARY!,
    args: [ROOT, '--no-sandbox'],
    env: {
      ...process.env,
      XDG_CONFIG_HOME: config,
      CROSSCHECK_USER_DATA: config,
      CROSSCHECK_CONFIG_DIR: config,
      CROSSCHECK_WORKSPACE: workspace,
    },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByTestId('empty-state')).toBeVisible();
    const rejection = await page.evaluate(async () => {
      const { api } = (
        globalThis as unknown as { crosscheck: { api: { getArticle(i: { ref: string }): Promise<unknown> } } }
      ).crosscheck;
      try {
        await api.getArticle({ ref: '0123456789abcdef' });
        return null;
      } catch (error) {
        const { name, code, message } = error as Record<string, unknown>;
        return { isError: error instanceof Error, name, code, message };
      }
    });
    expect(rejection).toMatchObject({
      isError: false,
      name: 'ApiError',
      code: 'not-found',
      message: expect.stringMatching(/^No article matches "0123456789abcdef"/),
    });
  } finally {
    await app.close();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(config, { recursive: true, force: true });
  }
});
