// A workspace that opened with a warning (its start-up backup could not be written) says so in
// the app, under the top bar, until the reviewer dismisses it; the library works as ever.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, ROOT, startAndWaitFor, stopAndRemove, test } from './fixtures';

test('shows the warning a workspace opened with, and hides it when dismissed', async ({ page }) => {
  const workspace = mkdtempSync(join(tmpdir(), 'crosscheck-warn-'));
  const config = mkdtempSync(join(tmpdir(), 'crosscheck-warn-config-'));
  const cli = join(ROOT, 'bin', 'crosscheck.js');
  const imported = spawnSync(
    process.execPath,
    [cli, 'import', join(ROOT, 'data', 'sample', 'a1-agency.txt'), '--workspace', workspace],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(imported.status, imported.stderr).toBe(0);
  rmSync(join(workspace, 'backups'), { recursive: true, force: true });
  writeFileSync(join(workspace, 'backups'), 'not a folder');
  const { child, match } = await startAndWaitFor(
    process.execPath,
    [cli, 'serve', '--workspace', workspace],
    /running in browser mode: (\S+)/,
    { CROSSCHECK_CONFIG_DIR: config },
  );
  try {
    await page.goto(match[1]!);
    const banner = page.getByRole('alert').filter({ hasText: 'The workspace opened with a warning.' });
    await expect(banner).toContainText('No backup of');
    await expect(page.getByTestId('article-row')).toHaveCount(1);
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toBeHidden();
  } finally {
    await stopAndRemove(child, [workspace, config]);
  }
});
