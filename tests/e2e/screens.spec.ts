// Every screen at both window sizes and in both themes, with no console error or page error
// on the way. Screenshots are kept as test artefacts (test-results/screens/), and
// `npm run screenshots` writes the README's copies to docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, ROOT, test } from './fixtures';

const OUT = process.env.CROSSCHECK_SCREENSHOT_DIR ?? join(ROOT, 'test-results', 'screens');
const SIZES = [
  [1440, 900],
  [1024, 700],
] as const;

for (const [width, height] of SIZES) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`library at ${width}×${height}, ${scheme}`, async ({ page, served }) => {
      mkdirSync(OUT, { recursive: true });
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(served.url);
      await expect(page.getByTestId('empty-state')).toBeVisible();
      await page.screenshot({ path: join(OUT, `empty-${width}-${scheme}.png`) });

      await page.getByTestId('import-input').setInputFiles(join(ROOT, 'data', 'sample'));
      await expect(page.getByTestId('import-summary')).toBeVisible();
      await page.screenshot({ path: join(OUT, `import-summary-${width}-${scheme}.png`) });
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('import-summary')).toBeHidden();

      await page.getByTestId('article-row').filter({ hasText: 'Lodmark and Tervania to resume' }).click();
      await expect(page.getByTestId('article-title')).toContainText('Lodmark and Tervania to resume');
      await page.screenshot({ path: join(OUT, `library-${width}-${scheme}.png`) });
      await page.getByTestId('removed-toggle').click();
      await page.screenshot({ path: join(OUT, `removed-lines-${width}-${scheme}.png`) });
      // The dark theme really is dark, and the light one light.
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = background.match(/\d+/g)!.map(Number);
      const lightness = (r! + g! + b!) / 3;
      expect(scheme === 'dark' ? lightness < 80 : lightness > 200).toBe(true);
      expect(problems).toEqual([]);
    });

    test(`story and compare screens at ${width}×${height}, ${scheme}`, async ({ page, served }) => {
      mkdirSync(OUT, { recursive: true });
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(served.url);
      await page.getByTestId('import-input').setInputFiles(join(ROOT, 'data', 'sample'));
      await expect(page.getByTestId('import-summary')).toBeVisible();
      await page.keyboard.press('Escape');
      await page.getByTestId('story-title').filter({ hasText: 'Lodmark, Tervania agree' }).click();
      await expect(page.getByTestId('timeline-version')).toHaveCount(3);
      await page.screenshot({ path: join(OUT, `story-${width}-${scheme}.png`) });

      await page.getByTestId('timeline-version').nth(1).getByTestId('compare-previous').click();
      await expect(page.getByTestId('compare-counts')).toContainText('1 substantive');
      await page.keyboard.press('n');
      await page.keyboard.press('n');
      await page.waitForTimeout(400); // the smooth scroll to the change settles
      await page.screenshot({ path: join(OUT, `compare-${width}-${scheme}.png`) });
      await page.getByTestId('compare-right').selectOption({ index: 2 });
      await expect(page.getByTestId('compare-counts')).toContainText('1 removed');
      await page.getByTestId('view-unified').click();
      await page.screenshot({ path: join(OUT, `compare-unified-${width}-${scheme}.png`) });

      await page.keyboard.press('Escape');
      await page.getByTestId('story-review').click();
      await expect(page.getByTestId('review-progress')).toContainText('Reviewed 0 of');
      await expect(page.locator('[data-testid="claim-item"][aria-current="true"]')).toBeVisible();
      for (const key of ['j', 'j', 'j', 'j', 'j', 'j']) await page.keyboard.press(key);
      await page.keyboard.press('x');
      await expect(page.getByTestId('review-status')).toContainText('Saved');
      await page.screenshot({ path: join(OUT, `review-${width}-${scheme}.png`) });

      await page.keyboard.press('Escape');
      await page.getByTestId('open-matrix').click();
      await expect(page.getByTestId('matrix-summary')).toContainText('× 4 articles');
      // Three versions, then the related story's article.
      await expect(page.locator('th.mx-col:not(.related)')).toHaveCount(3);
      await expect(page.locator('th.mx-col.related')).toContainText('Korvel.News');
      await page.mouse.move(0, height - 1); // no hover highlight in the picture
      await page.screenshot({ path: join(OUT, `matrix-${width}-${scheme}.png`) });

      await page.keyboard.press('Escape');
      await page.getByTestId('open-report').click();
      await expect(page.getByTestId('report-summary')).toContainText('1 of');
      await page.screenshot({ path: join(OUT, `report-${width}-${scheme}.png`) });
      expect(problems).toEqual([]);
    });

    test(`cross-source checking at ${width}×${height}, ${scheme}`, async ({ page, served }) => {
      mkdirSync(OUT, { recursive: true });
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(served.url);
      await page.getByTestId('import-input').setInputFiles(join(ROOT, 'tests', 'fixtures', 'e2e-sources'));
      await expect(page.getByTestId('import-summary')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('import-summary')).toBeHidden();

      // The wire story's page: its count line, and the library's badges beside it.
      await page.getByTestId('story-title').filter({ hasText: 'ageing bridges' }).click();
      await expect(page.getByTestId('story-source-counts')).toContainText('corroborated');
      await expect(page.getByTestId('story-source-badge').first()).toBeVisible();
      await page.mouse.move(0, height - 1);
      await page.screenshot({ path: join(OUT, `sources-story-${width}-${scheme}.png`) });

      // "Who else says this?" on a sentence selected in the reader, the wire's copies listed.
      const sentence = 'The Harrowgate Bridge over the Selna River opened in 1962.';
      await page.getByTestId('article-row').filter({ hasText: 'Harrowgate Bridge to shut' }).click();
      await page.evaluate((wanted) => {
        for (const p of document.querySelectorAll('[data-testid="article-text"] p[data-start]')) {
          const node = p.firstChild;
          const at = node?.textContent?.indexOf(wanted) ?? -1;
          if (!node || at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          document.getSelection()!.removeAllRanges();
          document.getSelection()!.addRange(range);
        }
      }, sentence);
      await page.getByTestId('who-else').click();
      const dialog = page.getByTestId('who-else-dialog');
      const wire = dialog.locator('[data-relation="agrees"] [data-testid="source-line"][data-copies="3"]');
      await wire.getByTestId('copies-toggle').click();
      await expect(wire.getByTestId('source-copy')).toHaveCount(2);
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(OUT, `sources-who-else-${width}-${scheme}.png`) });
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);

      // The review: the claim's matches grouped by relation.
      await page.getByTestId('article-review').click();
      await page.getByTestId('claim-item').filter({ hasText: sentence }).click();
      const matches = page.getByTestId('claim-matches');
      await matches
        .locator('[data-relation="agrees"] [data-copies="3"]')
        .getByTestId('copies-toggle')
        .click();
      await page.mouse.move(0, height - 1);
      await page.screenshot({ path: join(OUT, `sources-review-${width}-${scheme}.png`) });
      expect(problems).toEqual([]);
    });

    test(`palette, settings and workspaces at ${width}×${height}, ${scheme}`, async ({ page, served }) => {
      mkdirSync(OUT, { recursive: true });
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(served.url);
      await page.getByTestId('import-input').setInputFiles(join(ROOT, 'data', 'sample'));
      await expect(page.getByTestId('import-summary')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('import-summary')).toBeHidden();
      // As for Control+, below: a key pressed straight after a dialog closed was lost once
      // (in headless Chromium, 1 run in about 40); press again if the palette did not open.
      await expect(async () => {
        await page.keyboard.press('Control+k');
        await expect(page.getByTestId('palette-option').first()).toBeVisible({ timeout: 2000 });
      }).toPass({ timeout: 20_000 });
      // Past the dialogs' opening animation.
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(OUT, `palette-${width}-${scheme}.png`) });
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('command-palette')).toHaveCount(0);
      // Once (1 run in about 40) the key pressed straight after the palette closed was lost;
      // press again if the settings did not open. Pressing twice cannot open two dialogs: keys
      // are ignored while one is open (this holds for the palette above too).
      await expect(async () => {
        await page.keyboard.press('Control+,');
        await expect(page.getByTestId('settings-reviewer')).toBeVisible({ timeout: 2000 });
      }).toPass({ timeout: 20_000 });
      await page.getByTestId('settings-reviewer').fill('Dana Whitfield');
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(OUT, `settings-${width}-${scheme}.png`) });
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('settings-dialog')).toBeHidden();
      await page.getByTestId('workspace-button').click();
      await expect(page.getByTestId('workspace-current')).toHaveText(served.workspace);
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(OUT, `workspaces-${width}-${scheme}.png`) });
      expect(problems).toEqual([]);
    });
  }
}
