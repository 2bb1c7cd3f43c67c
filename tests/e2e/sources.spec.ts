// Cross-source checking as a reviewer meets it, on tests/fixtures/e2e-sources: three stories
// about the Harrowgate Bridge (two give its opening as 1962, one as 1958) and three copies of
// one wire story carrying the same 1962 sentence word for word. Select the sentence in the
// reader, ask "Who else says this?": the other stories agree and differ, the wire copies are one
// line that lists its copies. The review groups a claim's matches by relation the same way; the
// story page and the library count what other stories corroborate and contest.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, ROOT, test } from './fixtures';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'e2e-sources');
const SENTENCE = 'The Harrowgate Bridge over the Selna River opened in 1962.';
const REPAIRS = 'Harrowgate Bridge to shut for six months';

async function importFixtures(page: Page): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(FIXTURES);
  await expect(page.getByTestId('import-summary')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-summary')).toBeHidden();
}

/** Selects `words` in the reader's text, as a reviewer's drag would. */
async function selectInReader(page: Page, words: string): Promise<void> {
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
      return;
    }
    throw new Error(`"${wanted}" is not in the reader`);
  }, words);
}

test('who else says a selected sentence: other stories agree and differ, identical copies collapse', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await importFixtures(page);
  await page.getByTestId('article-row').filter({ hasText: REPAIRS }).click();
  await expect(page.getByTestId('article-title')).toContainText(REPAIRS);

  await selectInReader(page, SENTENCE);
  // From the keyboard: Tab to the button the selection brought up, Enter.
  const ask = page.getByTestId('who-else');
  await ask.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('who-else-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Who else says this?' })).toBeVisible();
  await expect(dialog.getByTestId('who-else-query')).toHaveText(SENTENCE);

  // The other story that dates the opening to 1958 differs, with both years named.
  const differs = dialog.locator('[data-testid="source-group"][data-relation="differs"]');
  await expect(differs.getByRole('heading')).toContainText('Differs');
  const history = differs.getByTestId('source-line').filter({ hasText: 'opened in 1958' });
  await expect(history).toContainText('≠ differs');
  await expect(history).toContainText('Ring Road Weekly');
  await expect(history).toContainText(/1958/);
  await expect(history.locator('.rv-match-reasons')).toContainText('1962');

  // The courier's story, in other words, agrees; so does the wire sentence, once for its three copies.
  const agrees = dialog.locator('[data-testid="source-group"][data-relation="agrees"]');
  await expect(agrees.getByRole('heading')).toContainText('Agrees');
  await expect(
    agrees.getByTestId('source-line').filter({ hasText: 'opened over the Selna River in 1962' }),
  ).toContainText('Selna Courier');
  const wire = agrees.locator('[data-testid="source-line"][data-copies="3"]');
  await expect(wire).toHaveCount(1);
  await expect(wire).toContainText('= agrees');
  await expect(wire).toContainText('3 copies, same wording');
  await expect(wire).toContainText('41,000 vehicles');
  // The repairs article's own story is left out.
  await expect(dialog.getByTestId('source-line').filter({ hasText: 'Kelvmark Post' })).toHaveCount(0);

  const toggle = wire.getByTestId('copies-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const copies = wire.getByTestId('source-copy');
  await expect(copies).toHaveCount(2);
  // Newest first: the line names the newest carrier, the list the two before it.
  await expect(wire.locator('.rv-match-head')).toContainText('Eastbank Online');
  await expect(copies.nth(0)).toContainText('Valley Times');
  await expect(copies.nth(1)).toContainText(/nordwire/i);

  // Esc closes the dialog and gives the keyboard back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(ask).toBeFocused();

  // A copy opens in the reader with the same words highlighted.
  await page.keyboard.press('f');
  await expect(dialog).toBeVisible();
  await wire.getByTestId('copies-toggle').click();
  await wire.getByTestId('source-copy').filter({ hasText: 'Valley Times' }).getByTestId('copy-open').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('article-title')).toContainText('ageing bridges');
  await expect(page.getByTestId('passage')).toHaveText(
    'The Harrowgate Bridge over the Selna River opened in 1962 and carries about 41,000 vehicles a day.',
  );
});

test('the review groups a claim’s matches by relation; f asks about the claim in hand', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await importFixtures(page);
  await page.getByTestId('article-row').filter({ hasText: REPAIRS }).click();
  await page.getByTestId('article-review').click();
  await expect(page.getByTestId('review-screen')).toBeVisible();
  await page.getByTestId('claim-item').filter({ hasText: SENTENCE }).click();
  const detail = page.getByTestId('claim-detail');
  await expect(detail.locator('#claim-text')).toHaveText(SENTENCE);

  const groups = detail.getByTestId('source-group');
  await expect(groups.first()).toHaveAttribute('data-relation', 'differs');
  await expect(detail.getByRole('heading', { name: /^Differs/ })).toContainText('1');
  await expect(detail.getByRole('heading', { name: /^Agrees/ })).toBeVisible();
  const wire = detail.locator('[data-testid="source-group"][data-relation="agrees"] [data-copies="3"]');
  await expect(wire).toContainText('3 copies, same wording');
  await expect(wire).toContainText('other story');
  await wire.getByTestId('copies-toggle').click();
  await expect(wire.getByTestId('source-copy')).toHaveCount(2);
  await expect(
    detail.locator('[data-testid="source-group"][data-relation="differs"] [data-testid="source-line"]'),
  ).toContainText('1958');

  // Nothing selected: f asks about the claim in hand.
  await page.keyboard.press('f');
  const dialog = page.getByTestId('who-else-dialog');
  await expect(dialog.getByTestId('who-else-query')).toHaveText(SENTENCE);
  await expect(dialog.locator('[data-testid="source-group"][data-relation="differs"]')).toContainText('1958');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // The wire story: each wording once for its three copies, kept under every version's filter.
  const wireStory = page.getByTestId('review-story').locator('option', { hasText: 'ageing bridges' });
  await page.getByTestId('review-story').selectOption((await wireStory.getAttribute('value'))!);
  const items = page.getByTestId('claim-item');
  await expect(items).toHaveCount(5);
  await expect(items.first().getByTestId('claim-item-also-in')).toHaveText('also in 2 other versions');
  const outlet = page.getByRole('combobox', { name: 'Outlet' });
  await outlet.selectOption({ label: '2 · The Valley Times' });
  await expect(items).toHaveCount(5);
  await expect(page.getByTestId('claim-also-in')).toContainText('also in 2 other versions');
});

test('the story page and the library count the claims other stories corroborate and contest', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await importFixtures(page);
  // The repairs story: its 1962 claim is corroborated by the wire and the courier, and contested
  // by the weekly's 1958, so it counts as contested.
  const badge = page
    .getByTestId('story-group')
    .filter({ hasText: REPAIRS })
    .getByTestId('story-source-badge');
  await expect(badge).toContainText('≠ 1');
  await expect(badge).toHaveAttribute('title', /1 contested by other stories/);

  // The wire story's page (three versions) says it in one line.
  await page.getByTestId('story-title').filter({ hasText: 'ageing bridges' }).click();
  await expect(page.getByTestId('story-page-title')).toContainText('ageing bridges');
  await expect(page.getByTestId('story-source-counts')).toHaveText(
    '5 claims · 1 corroborated · 0 contested by other stories',
  );
});

test('the palette offers who else says this for the selected words', async ({ page, served }) => {
  await page.goto(served.url);
  await importFixtures(page);
  await page.getByTestId('article-row').filter({ hasText: 'Drivers brace for detours' }).click();
  await selectInReader(page, 'opened over the Selna River in 1962');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('who else');
  await expect(page.getByTestId('palette-option').first()).toContainText('Who else says this?');
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('who-else-dialog');
  await expect(dialog.getByTestId('who-else-query')).toHaveText('opened over the Selna River in 1962');
  await expect(dialog.locator('[data-testid="source-group"][data-relation="differs"]')).toContainText(
    'Ring Road Weekly',
  );
});

test('the compare screen asks who else says words selected in either version', async ({ page, served }) => {
  await page.goto(served.url);
  await importFixtures(page);
  await page.getByTestId('story-title').filter({ hasText: 'ageing bridges' }).click();
  await page.getByTestId('compare-versions').click();
  await expect(page.getByTestId('compare-screen')).toBeVisible();
  const ask = page.getByTestId('who-else');
  await expect(ask).toBeDisabled();
  await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.querySelector('.cmp-rows')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0 || !node.parentElement!.closest('.cmp-b')) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not on the right-hand side`);
  }, 'The Harrowgate Bridge over the Selna River opened in 1962');
  await expect(ask).toBeEnabled();
  await ask.click();
  const dialog = page.getByTestId('who-else-dialog');
  await expect(dialog.getByTestId('who-else-query')).toHaveText(
    'The Harrowgate Bridge over the Selna River opened in 1962',
  );
  // The wire story's own copies are left out; the repairs story says the same.
  const agrees = dialog.locator('[data-testid="source-group"][data-relation="agrees"]');
  await expect(agrees).toContainText('Kelvmark Post');
  await expect(dialog.locator('[data-copies="3"]')).toHaveCount(0);
  // A statement opens in the reader, leaving the compare screen.
  await agrees
    .getByTestId('source-line')
    .filter({ hasText: 'Kelvmark Post' })
    .getByTestId('open-passage')
    .click();
  await expect(page.getByTestId('compare-screen')).toHaveCount(0);
  await expect(page.getByTestId('passage')).toHaveText(
    'The Harrowgate Bridge over the Selna River opened in 1962.',
  );
});
