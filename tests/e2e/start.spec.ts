// `npm start` on a machine without an Electron binary or display: one sentence saying why,
// then browser mode on the default workspace, which the first run fills with the samples.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, ROOT, startAndWaitFor, stopAndRemove, test } from './fixtures';

test('npm start falls back to browser mode and shows the sample library', async ({ page }) => {
  test.setTimeout(180_000);
  const config = mkdtempSync(join(tmpdir(), 'crosscheck-start-'));
  const env = { XDG_CONFIG_HOME: config, CROSSCHECK_WORKSPACE: '', DISPLAY: '', WAYLAND_DISPLAY: '' };
  const { child, match } = await startAndWaitFor(
    process.execPath,
    [join(ROOT, 'scripts', 'start.js')],
    /running in browser mode: (\S+)/,
    env,
  );
  try {
    await page.goto(match[1]!);
    await expect(page.getByTestId('article-row')).toHaveCount(10);
    await expect(page.getByTestId('article-list')).toContainText('Lodmark Today');
  } finally {
    await stopAndRemove(child, [config]);
  }
});
