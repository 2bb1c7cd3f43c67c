// The conventions a desktop tool is expected to have, in browser mode (the same page the
// Electron window shows): the command palette, the theme (following the OS or overridden, kept
// in settings.json), settings used by the review and the report, switching workspaces, and a
// folder dropped on the window.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, importSample, ROOT, test } from './fixtures';

const settingsOf = (configDir: string) =>
  JSON.parse(readFileSync(join(configDir, 'settings.json'), 'utf8')) as Record<string, unknown>;

test('the command palette finds commands by name and runs them from the keyboard', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await importSample(page);
  await expect(page.getByTestId('view-stories')).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('Control+k');
  const palette = page.getByTestId('command-palette');
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('combobox')).toBeFocused();
  // Every word typed must appear, in any order.
  await page.keyboard.type('articles switch');
  await expect(palette.getByTestId('palette-option')).toHaveCount(1);
  await expect(palette.getByRole('option', { selected: true })).toContainText(
    'Switch between Stories and Articles',
  );
  await expect(palette.getByRole('option', { selected: true }).locator('kbd')).toHaveText('s');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByTestId('view-articles')).toHaveAttribute('aria-pressed', 'true');

  // Arrows move through the matches; nothing matching says so.
  await page.getByTestId('open-palette').click();
  await page.keyboard.type('zzqx');
  await expect(palette).toContainText('No command matches “zzqx”.');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('settings');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(palette.getByRole('option', { selected: true })).toContainText('Settings…');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('settings-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('settings-dialog')).toBeHidden();

  // Escape closes the palette without running anything.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('keyboard shortcuts');
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(page.getByTestId('help-overlay')).toBeHidden();
});

test('the theme follows the OS until overridden, and the choice is kept', async ({
  page,
  served,
}, testInfo) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(served.url);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const light = await background();
  // "Follow the system": the OS turning dark turns the page dark, live.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await background();
  expect(dark).not.toBe(light);
  await page.screenshot({ path: testInfo.outputPath('theme-system-dark.png') });

  // Overridden from the palette: light while the OS stays dark.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('theme light');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe(light);
  await expect.poll(() => settingsOf(served.configDir).theme).toBe('light');
  const shot = testInfo.outputPath('theme-light-override.png');
  await page.screenshot({ path: shot });
  await testInfo.attach('theme overridden to light while the OS is dark', {
    path: shot,
    contentType: 'image/png',
  });

  // Kept: a new page starts light although the OS is dark.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  // Settings offers the same choice; Cancel puts back the saved one after a preview.
  await page.keyboard.press('Control+,');
  await page.getByTestId('settings-theme-dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.keyboard.press('Control+,');
  await page.getByTestId('settings-theme-system').check();
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-dialog')).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(settingsOf(served.configDir).theme).toBe('system');
});

test('settings sign the verdicts and fill the report', async ({ page, served }) => {
  await page.goto(served.url);
  await importSample(page);
  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-reviewer').fill('  Dana Whitfield ');
  await page.getByTestId('settings-organisation').fill('Lodmark Fact Desk');
  await page.getByTestId('settings-appendix').check();
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-dialog')).toBeHidden();
  expect(settingsOf(served.configDir)).toMatchObject({
    reviewer: 'Dana Whitfield',
    organisation: 'Lodmark Fact Desk',
    report: { appendix: true, bom: false },
  });

  await page.getByTestId('article-row').filter({ hasText: 'Lodmark and Tervania agree to restart' }).click();
  await page.getByTestId('article-claim').filter({ hasText: '1,680 farms' }).click();
  await expect(page.locator('[data-testid="claim-item"][aria-current="true"]')).toContainText('1,680 farms');
  await expect(page.getByTestId('reviewer-name')).toHaveValue('Dana Whitfield');
  await page.keyboard.press('x');
  await expect(page.getByTestId('review-status')).toContainText('Saved: conflicting');
  await expect(page.getByTestId('claim-history')).toContainText('by Dana Whitfield');

  await page.getByTestId('open-report').click();
  await expect(page.getByRole('textbox', { name: 'Organisation' })).toHaveValue('Lodmark Fact Desk');
  await expect(page.getByTestId('report-appendix')).toBeChecked();
  await expect(page.getByTestId('report-preview')).toContainText('Dana Whitfield');
});

test('switches between workspaces, and refuses a folder that is not one', async ({ page, served }) => {
  const parent = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-ws-'));
  try {
    const fresh = join(parent, 'second-review');
    const articles = join(parent, 'articles');
    mkdirSync(articles);
    writeFileSync(join(articles, 'note.txt'), 'Not a workspace.');
    await page.goto(served.url);
    await importSample(page);

    await page.getByTestId('workspace-button').click();
    const dialog = page.getByTestId('workspaces-dialog');
    await expect(dialog.getByTestId('workspace-current')).toHaveText(served.workspace);
    await dialog.getByTestId('workspace-path').fill(articles);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(dialog.getByTestId('workspace-error')).toContainText('is not a Crosscheck workspace');
    expect(readdirSync(articles)).toEqual(['note.txt']);

    // A folder that does not exist yet becomes a new, empty workspace.
    await dialog.getByTestId('workspace-path').fill(fresh);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(page.getByTestId('empty-state')).toBeVisible();
    await expect(page.getByTestId('workspace-button')).toContainText('second-review');
    expect(readdirSync(fresh)).toContain('crosscheck.json');

    // The first one is now a recent workspace, one palette command away.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('switch to workspace');
    const option = page.getByTestId('palette-option').filter({ hasText: served.workspace });
    await expect(option).toHaveCount(1);
    await option.click();
    await expect(page.getByTestId('article-row').first()).toBeVisible();
    await expect(page.getByTestId('workspace-button')).toContainText(served.workspace.split('/').pop()!);
    expect(settingsOf(served.configDir).recentWorkspaces).toEqual([served.workspace, fresh]);
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
});

test('files dropped on the window are imported (folders: tests/unit/renderer/dropped-files.test.ts)', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await expect(page.getByTestId('empty-state')).toBeVisible();
  const names = ['a1-agency.txt', 'a2-portal.txt'];
  const files = names.map((name) => ({
    name,
    text: readFileSync(join(ROOT, 'data', 'sample', name), 'utf8'),
  }));
  // A synthetic drag: what a browser hands the page when files are dropped from the desktop.
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    return dt;
  }, files);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-overlay')).toBeHidden();
  await expect(page.getByTestId('import-summary')).toContainText('2');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('article-row')).toHaveCount(2);
});
