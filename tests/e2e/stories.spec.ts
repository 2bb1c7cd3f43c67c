// Stories as a reviewer meets them: the library grouped by story, a story's page with its
// timeline and related stories, and the reviewer's corrections (not related, move out, merge),
// which must still be there after a reload.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, ROOT, test } from './fixtures';

const VESSA = 'Lodmark, Tervania agree to reopen talks on Vessa water-sharing treaty';
const SAVEK = 'Sávek defends Kaldfoss releases as Tervanian MPs question Vessa talks';
const TESSVIK = 'Tessvik council votes to close Saltmarket Bridge to cars for 18 months';
const VELDRA = 'Veldra Energy wins grid deal for 300-megawatt Dravenna solar park';
const THIRD_VESSA = 'Lodmark and Tervania agree to restart Vessa treaty negotiations';

async function importSample(page: Page): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(join(ROOT, 'data', 'sample'));
  await expect(page.getByTestId('import-summary')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-summary')).toBeHidden();
}

function group(page: Page, title: string): Locator {
  return page.getByTestId('story-group').filter({
    has: page.getByTestId('story-title').getByText(title, { exact: true }),
  });
}

async function openStory(page: Page, title: string): Promise<Locator> {
  await group(page, title).getByTestId('story-title').click();
  const storyPage = page.getByTestId('story-page');
  await expect(storyPage.getByTestId('story-page-title')).toHaveText(title);
  return storyPage;
}

test('groups the library by story and shows a story’s timeline and related stories', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await importSample(page);

  await expect(page.getByTestId('view-stories')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('story-group')).toHaveCount(4);
  const vessa = group(page, VESSA);
  await expect(vessa.getByTestId('story-version-count')).toHaveText('3 versions');
  await expect(vessa).toContainText('Northline Agency · Lodmark Today · unknown outlet');
  await expect(vessa.getByTestId('story-related-mark')).toBeVisible();
  await expect(group(page, SAVEK).getByTestId('story-version-count')).toHaveText('1 version');
  await expect(vessa).toHaveAttribute('aria-expanded', 'true');
  await expect(vessa.getByTestId('article-row')).toHaveCount(3);

  const storyPage = await openStory(page, VESSA);
  const versions = storyPage.getByTestId('timeline-version');
  await expect(versions).toHaveCount(3);
  const expected = [
    ['Northline Agency', '2025-05-14'],
    ['Lodmark Today', '2025-05-15'],
    ['unknown outlet', '2025-05-16'],
  ] as const;
  for (const [i, [outlet, date]] of expected.entries()) {
    await expect(versions.nth(i)).toContainText(outlet);
    await expect(versions.nth(i).locator('time')).toHaveAttribute('datetime', date);
  }
  await expect(versions.nth(0).getByTestId('change-summary')).toHaveText('first version');
  for (const i of [1, 2]) {
    await expect(versions.nth(i).getByTestId('change-summary')).toHaveText(
      /\d+ sentences? (reworded|added|removed)|added sentences?|same wording/,
    );
  }
  const related = storyPage.getByTestId('related-story');
  await expect(related).toHaveCount(1);
  await expect(related).toContainText(SAVEK);
  await expect(related).toContainText('1 version');

  // A version opens in the reader; the story line leads back to the page.
  await versions
    .nth(1)
    .getByRole('button', { name: /Lodmark Today/ })
    .click();
  await expect(page.getByTestId('article-title')).toHaveText(
    'Lodmark and Tervania to resume Vessa water talks after three-year freeze',
  );
  await expect(page.getByTestId('story-page')).toBeHidden();
  await page.getByTestId('back-to-story').click();
  await expect(page.getByTestId('story-page-title')).toHaveText(VESSA);

  // The related story opens its own page.
  await related.getByRole('button', { name: new RegExp(SAVEK) }).click();
  await expect(page.getByTestId('story-page-title')).toHaveText(SAVEK);
});

test('moves through the stories with the keyboard and filters them', async ({ page, served }) => {
  await page.goto(served.url);
  await importSample(page);
  const vessa = group(page, VESSA);
  await openStory(page, VESSA);
  await page.getByRole('tree').focus();

  await page.keyboard.press('ArrowLeft');
  await expect(vessa).toHaveAttribute('aria-expanded', 'false');
  await expect(vessa.getByTestId('article-row')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(vessa).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('article-title')).toHaveText(VESSA);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('article-title')).toHaveText(/resume Vessa water talks/);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('story-page-title')).toHaveText(VESSA);

  await page.keyboard.press('/');
  await page.keyboard.type('Korvel');
  await expect(page.getByTestId('story-group')).toHaveCount(1);
  await expect(group(page, SAVEK)).toBeVisible();
  await page.getByTestId('filter-input').fill('');
  await expect(page.getByTestId('story-group')).toHaveCount(4);

  // Enter on a one-version story opens its page rather than its article.
  await group(page, SAVEK).getByTestId('story-title').click();
  await expect(page.getByTestId('article-title')).toHaveText(SAVEK);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('story-page-title')).toHaveText(SAVEK);

  await page.keyboard.press('s');
  await expect(page.getByTestId('view-articles')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('story-group')).toHaveCount(0);
  await expect(page.getByTestId('article-row')).toHaveCount(10);
  await expect(page.getByTestId('article-title')).toHaveText(SAVEK);
  await page.keyboard.press('s');
  await expect(page.getByTestId('story-group')).toHaveCount(4);
});

test('keeps “not related” and “move out of story” after a reload', async ({ page, served }) => {
  await page.goto(served.url);
  await importSample(page);
  const storyPage = await openStory(page, VESSA);

  await storyPage.getByTestId('related-story').getByTestId('not-related').click();
  await expect(storyPage.getByTestId('related-story')).toHaveCount(0);
  await expect(storyPage.getByTestId('story-notice')).toContainText('no longer listed as related');

  const third = storyPage.getByTestId('timeline-version').nth(2);
  await expect(third).toContainText(THIRD_VESSA);
  await third.getByTestId('move-out').click();
  await expect(storyPage.getByTestId('timeline-version')).toHaveCount(2);
  await expect(group(page, VESSA).getByTestId('story-version-count')).toHaveText('2 versions');
  await expect(page.getByTestId('story-group')).toHaveCount(5);
  await expect(group(page, THIRD_VESSA).getByTestId('story-version-count')).toHaveText('1 version');

  await page.reload();
  await expect(page.getByTestId('story-group')).toHaveCount(5);
  await expect(group(page, VESSA).getByTestId('story-version-count')).toHaveText('2 versions');
  await expect(group(page, THIRD_VESSA).getByTestId('story-version-count')).toHaveText('1 version');
  const again = await openStory(page, VESSA);
  await expect(again.getByTestId('timeline-version')).toHaveCount(2);
  // The version moved out is about the same subject, so it may be listed as related; Sávek's is not.
  await expect(again.getByTestId('related-story').filter({ hasText: SAVEK })).toHaveCount(0);
});

test('merges two stories picked from the “Merge with…” list', async ({ page, served }) => {
  await page.goto(served.url);
  await importSample(page);
  const storyPage = await openStory(page, TESSVIK);

  await storyPage.getByTestId('merge-with').click();
  const picker = page.getByTestId('merge-picker');
  await expect(picker).toBeVisible();
  await expect(picker.getByTestId('merge-target')).toHaveCount(3);
  await page.keyboard.type('Veldra');
  await expect(picker.getByTestId('merge-target')).toHaveCount(1);
  await picker.getByTestId('merge-target').filter({ hasText: VELDRA }).click();
  await expect(picker).toBeHidden();

  await expect(storyPage.getByTestId('timeline-version')).toHaveCount(6);
  await expect(page.getByTestId('story-group')).toHaveCount(3);
  await expect(
    page.getByTestId('story-group').filter({ has: page.getByText('6 versions', { exact: true }) }),
  ).toHaveCount(1);
  await page.reload();
  await expect(page.getByTestId('story-group')).toHaveCount(3);
});

test('undoes a move out from the notice, putting the version back in its story', async ({ page, served }) => {
  await page.goto(served.url);
  await importSample(page);
  const storyPage = await openStory(page, VESSA);
  await storyPage.getByTestId('timeline-version').nth(2).getByTestId('move-out').click();
  await expect(storyPage.getByTestId('timeline-version')).toHaveCount(2);
  // The focus waits on Undo, so the keyboard can take the correction back at once.
  const undo = storyPage.getByTestId('story-notice').getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(storyPage.getByTestId('timeline-version')).toHaveCount(3);
  await expect(page.getByTestId('story-group')).toHaveCount(4);
});

test('shows one page’s history as one story: “same page”, its address and what each version changed', async ({
  page,
  served,
}) => {
  // The import takes a folder: one holding the page's two saved versions.
  const folder = mkdtempSync(join(tmpdir(), 'crosscheck-page-'));
  for (const file of ['p1-council-budget-morning.html', 'p1-council-budget-evening.html'])
    copyFileSync(join(ROOT, 'tests', 'fixtures', 'stories', file), join(folder, file));
  await page.goto(served.url);
  await page.getByTestId('import-input').setInputFiles(folder);
  await expect(page.getByTestId('import-summary')).toBeVisible();
  await page.keyboard.press('Escape');

  await expect(page.getByTestId('story-group')).toHaveCount(1);
  const storyPage = await openStory(page, 'Brenmouth council to vote on library cuts tonight');
  await expect(storyPage.getByTestId('story-kicker')).toHaveText('Story · same page, 2 versions');
  await expect(storyPage.getByTestId('story-page-address')).toContainText(
    'https://www.brenmouth-post.example/news/council/library-cuts-vote/',
  );
  // Both versions are of one day: the times the pages state put the morning one first.
  const versions = storyPage.getByTestId('timeline-version');
  await expect(versions.getByTestId('version-time')).toHaveText(['07:30 UTC', '21:55 UTC']);
  await expect(versions.nth(1).getByTestId('change-summary')).toHaveText(/added|reworded/);

  // The compare pickers name each version with its date and what it changed.
  await versions.nth(1).getByTestId('compare-previous').click();
  const options = page.getByTestId('compare-right').locator('optgroup').first().locator('option');
  await expect(options.nth(0)).toHaveText(/^1 · Brenmouth Post · 2025-11-20 07:30 UTC · first version$/);
  await expect(options.nth(1)).toHaveText(/^2 · Brenmouth Post · 2025-11-20 21:55 UTC · .*(added|reworded)/);
  rmSync(folder, { recursive: true, force: true });
});
