// The first screen, as a reviewer uses it: an empty workspace, importing a folder through
// the UI, seeing it listed, opening an article.
import { join } from 'node:path';
import { expect, ROOT, test } from './fixtures';

test('imports a folder through the UI, lists it, and opens an article', async ({ page, served }) => {
  await page.goto(served.url);
  await expect(page.getByTestId('empty-state')).toBeVisible();
  // The token left the address bar once it was read.
  await expect(page).not.toHaveURL(/token=/);

  await page.getByTestId('import-input').setInputFiles(join(ROOT, 'data', 'sample'));
  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('10');

  await page.keyboard.press('Escape');
  await expect(summary).toBeHidden();
  const rows = page.getByTestId('article-row');
  await expect(rows).toHaveCount(10);
  await expect(page.getByTestId('article-list')).toContainText('Korvel.News');

  await page.getByTestId('article-row').filter({ hasText: 'Sávek defends Kaldfoss releases' }).click();
  await expect(page.getByTestId('article-title')).toHaveText(
    'Sávek defends Kaldfoss releases as Tervanian MPs question Vessa talks',
  );
  await expect(page.getByTestId('article-meta')).toContainText('Lenka Hrábová');
  await expect(page.getByTestId('article-text')).toContainText(
    'Tervania will not accept any new water-sharing formula',
  );
  await expect(page.getByTestId('article-text')).not.toContainText('Sign Up');

  await page.getByTestId('removed-toggle').click();
  await expect(page.getByText('Sign up for The Morning Current')).toBeVisible();
});

test('filters the list and moves the selection with the keyboard', async ({ page, served }) => {
  await page.goto(served.url);
  await page.getByTestId('import-input').setInputFiles(join(ROOT, 'data', 'sample'));
  await expect(page.getByTestId('import-summary')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-summary')).toBeHidden();
  await expect(page.getByTestId('article-row')).toHaveCount(10);

  await page.keyboard.press('/');
  await page.keyboard.type('Tessvik');
  await expect(page.getByTestId('article-row')).toHaveCount(3);
  await page.getByTestId('filter-input').fill('');
  await expect(page.getByTestId('article-row')).toHaveCount(10);
  await page.getByTestId('article-row').first().click();
  const firstTitle = await page.getByTestId('article-title').textContent();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('article-title')).not.toHaveText(firstTitle ?? '');
});

test('a second import of the same folder adds nothing and says why', async ({ page, served }) => {
  await page.goto(served.url);
  for (let round = 0; round < 2; round++) {
    await page.getByTestId('import-input').setInputFiles(join(ROOT, 'data', 'sample'));
    await expect(page.getByTestId('import-summary')).toBeVisible();
    if (round === 1) await expect(page.getByTestId('import-summary')).toContainText(/duplicate/i);
    await page.keyboard.press('Escape');
  }
  await expect(page.getByTestId('article-row')).toHaveCount(10);
});

test('a newly chosen article starts at its top, wherever the previous one was scrolled to', async ({
  page,
  served,
}) => {
  // A short window, so every sample article is taller than the reader.
  await page.setViewportSize({ width: 1024, height: 420 });
  await page.goto(served.url);
  await page.getByTestId('import-input').setInputFiles(join(ROOT, 'data', 'sample'));
  await expect(page.getByTestId('import-summary')).toBeVisible();
  await page.keyboard.press('Escape');
  const rows = page.getByTestId('article-row');
  await expect(rows).toHaveCount(10);
  const reader = page.locator('[data-region="reader"]');

  await rows.nth(0).click();
  await expect(page.getByTestId('article-text')).toBeVisible();
  const first = await page.getByTestId('article-title').textContent();
  await reader.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect.poll(() => reader.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);

  await rows.nth(1).click();
  await expect(page.getByTestId('article-title')).not.toHaveText(first ?? '');
  await expect.poll(() => reader.evaluate((el) => el.scrollTop)).toBe(0);
  // Not scrolled, a newly chosen article is simply shown (nothing to scroll back).
  await rows.nth(2).click();
  await expect.poll(() => reader.evaluate((el) => el.scrollTop)).toBe(0);
});
