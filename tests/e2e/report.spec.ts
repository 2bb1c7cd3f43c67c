// The report screen: choose a scope, see the preview follow, export HTML and CSV as downloads.
import { readFileSync } from 'node:fs';
import { expect, importSample, test } from './fixtures';

test('sets a scope, previews the report, exports HTML and CSV', async ({ page, served }) => {
  await page.goto(served.url);
  await importSample(page);
  // One verdict to report: the changed figure in the Vessa story's third version.
  await page.getByTestId('article-row').filter({ hasText: 'Lodmark and Tervania agree to restart' }).click();
  await page.getByTestId('article-claim').filter({ hasText: '1,680 farms' }).click();
  await expect(page.locator('[data-testid="claim-item"][aria-current="true"]')).toContainText('1,680 farms');
  await page.keyboard.press('x');
  await expect(page.getByTestId('review-status')).toContainText('Saved: conflicting');
  await page.keyboard.press('Escape');

  await page.getByTestId('open-report').click();
  await expect(page.getByTestId('report-summary')).toContainText('1 of');
  const wholeWorkspace = await page.getByTestId('report-summary').innerText();
  const vessa = page.getByTestId('report-scope').locator('option', { hasText: 'Lodmark, Tervania agree' });
  await page.getByTestId('report-scope').selectOption((await vessa.getAttribute('value'))!);
  await expect(page.getByTestId('report-summary')).not.toHaveText(wholeWorkspace);
  await expect(page.getByTestId('report-summary')).toContainText('1 conflicting');
  await expect(page.getByTestId('report-preview')).toContainText('1,680 farms');
  await page.getByLabel('Title').fill('Vessa <talks> review');
  await expect(page.getByTestId('report-preview').locator('h1')).toHaveText('Vessa <talks> review');

  const [html] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-html').click()]);
  expect(html.suggestedFilename()).toMatch(/^crosscheck-report-\d{4}-\d{2}-\d{2}\.html$/);
  const htmlText = readFileSync((await html.path())!, 'utf8');
  expect(htmlText).toContain('<h1><bdi>Vessa &lt;talks&gt; review</bdi></h1>');
  // The story's matrix: three versions, then the related story's article.
  expect(htmlText).toContain('<th class="related">Related<br><bdi>Korvel.News</bdi>');
  expect(htmlText).toContain('1,680 farms');
  expect(htmlText).not.toContain('<script');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const csvText = readFileSync((await csv.path())!, 'utf8');
  expect(csvText.split('\r\n')[0]).toMatch(/^claim_id,story,outlet,date,kinds,claim,verdict/);
  expect(csvText).toContain(',conflicting,');
  await expect(page.getByTestId('report-status')).toContainText('Exported crosscheck-report-');
});
