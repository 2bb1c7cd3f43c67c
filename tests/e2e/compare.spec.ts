// The compare screen as a reviewer uses it: open a story, compare two versions, step through
// the changes with the keyboard, hide the cosmetic ones and see the counts follow, swap sides,
// switch to the unified view, and go back.
import type { Page } from '@playwright/test';
import { expect, importSample, test } from './fixtures';

const VESSA = 'Lodmark, Tervania agree to reopen talks on Vessa water-sharing treaty';

async function openVessaStory(page: Page): Promise<void> {
  await importSample(page);
  await page
    .getByTestId('story-group')
    .filter({ has: page.getByTestId('story-title').getByText(VESSA, { exact: true }) })
    .getByTestId('story-title')
    .click();
  await expect(page.getByTestId('story-page-title')).toHaveText(VESSA);
}

test('compares two versions, steps through changes with n and p, hides cosmetic changes', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await openVessaStory(page);

  // Version 2 (a respelled, re-wrapped copy) against version 1 (the agency original).
  await page.getByTestId('timeline-version').nth(1).getByTestId('compare-previous').click();
  const screen = page.getByTestId('compare-screen');
  await expect(screen).toBeVisible();
  await expect(page.getByTestId('compare-counts')).toContainText('1 substantive');
  await expect(page.getByTestId('compare-counts')).toContainText('3 cosmetic');
  await expect(page.getByTestId('compare-left')).toContainText('1 · Northline Agency · 2025-05-14');
  await expect(page.getByTestId('change-position')).toHaveText('4 changes');

  // n walks forward through every change, p back; the change in hand is marked and in view.
  await page.keyboard.press('n');
  await expect(page.getByTestId('change-position')).toHaveText('Change 1 of 4');
  await page.keyboard.press('n');
  await expect(page.getByTestId('change-position')).toHaveText('Change 2 of 4');
  const current = screen.locator('[data-testid="compare-row"][aria-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current).toBeInViewport();
  await page.keyboard.press('p');
  await expect(page.getByTestId('change-position')).toHaveText('Change 1 of 4');
  for (let i = 0; i < 5; i++) await page.keyboard.press('n');
  await expect(page.getByTestId('change-position')).toHaveText('Change 4 of 4');

  // The one real change: the word struck on the left, its replacement underlined on the right.
  const substantive = screen.locator('[data-testid="compare-row"]', {
    has: page.locator('del.is-substantive'),
  });
  await expect(substantive).toHaveCount(1);
  await expect(substantive.locator('del.is-substantive')).toHaveText('autonomous');
  await expect(substantive.locator('ins.is-substantive')).toHaveText('independent');
  await expect(substantive).toContainText('wording changed');
  const struck = await substantive
    .locator('del.is-substantive')
    .evaluate((el) => getComputedStyle(el).textDecorationLine);
  expect(struck).toContain('line-through');

  // Hiding cosmetic changes leaves only the substantive one to step through.
  await expect(page.getByTestId('hide-cosmetic')).not.toBeChecked();
  await page.keyboard.press('h');
  await expect(page.getByTestId('hide-cosmetic')).toBeChecked();
  await expect(page.getByTestId('change-position')).toHaveText('1 change');
  await expect(screen.locator('del.is-cosmetic, ins.is-cosmetic')).toHaveCount(0);
  await page.keyboard.press('n');
  await expect(page.getByTestId('change-position')).toHaveText('Change 1 of 1');
  await page.getByTestId('hide-cosmetic').click();
  await expect(page.getByTestId('change-position')).toHaveText('4 changes');
  expect(await screen.locator('del.is-cosmetic, ins.is-cosmetic').count()).toBeGreaterThan(0);

  // Swapping sides turns the change around.
  await page.keyboard.press('w');
  await expect(page.getByTestId('compare-left')).toContainText('2 · Lodmark Today');
  await expect(screen.locator('del.is-substantive')).toHaveText('independent');

  // Unified: one column, both words inline.
  await page.getByTestId('view-unified').click();
  await expect(screen.locator('.cmp-rows.is-unified')).toBeVisible();
  await expect(screen.locator('.cmp-b')).toHaveCount(0);
  await expect(substantive.locator('del.is-substantive')).toHaveText('independent');
  await expect(substantive.locator('ins.is-substantive')).toHaveText('autonomous');

  // Any two versions: the third against the first shows the changed figure and a removed paragraph.
  await page
    .getByTestId('compare-left')
    .selectOption({ label: '1 · Northline Agency · 2025-05-14 · first version' });
  await page.getByTestId('compare-right').selectOption({ index: 2 });
  await expect(page.getByTestId('compare-counts')).toContainText('1 removed');
  await expect(screen.locator('del.is-substantive')).toHaveText('1,860');

  // Esc goes back to the story.
  await page.keyboard.press('Escape');
  await expect(screen).toBeHidden();
  await expect(page.getByTestId('story-page-title')).toHaveText(VESSA);
  await expect(page.getByTestId('change-position')).toHaveCount(0);
});

test('compares an article on its own with any other article, from the reader', async ({ page, served }) => {
  await page.goto(served.url);
  await importSample(page);
  await page.getByTestId('story-title').filter({ hasText: 'Sávek defends Kaldfoss releases' }).click();
  await expect(page.getByTestId('article-title')).toContainText('Sávek defends Kaldfoss releases');
  await page.getByTestId('article-compare').click();
  await expect(page.getByTestId('compare-left')).toContainText('Korvel.News');
  // The right side offers every other article; an unrelated one shows as added and removed text.
  const veldra = page
    .getByTestId('compare-right')
    .locator('option', { hasText: 'Veldra Energy wins grid deal' })
    .first();
  await page.getByTestId('compare-right').selectOption((await veldra.getAttribute('value'))!);
  await expect(page.getByTestId('compare-counts')).toContainText('0 substantive');
  await expect(page.getByTestId('compare-screen').locator('[data-kind="added"]').first()).toBeVisible();
});

test('shows the claims of the right-hand version beside the changes, and opens one for review', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await openVessaStory(page);
  await page.getByTestId('compare-versions').click();
  await expect(page.getByTestId('compare-counts')).toContainText('substantive');
  await page.getByTestId('compare-claims-toggle').click();
  const claims = page.getByTestId('compare-claim');
  await expect(claims.first()).toBeVisible();
  const farms = claims.filter({ hasText: '1,680 farms' });
  await expect(farms).toContainText('suggests conflicting');
  await farms.click();
  await expect(page.getByTestId('review-screen')).toBeVisible();
  await expect(page.getByTestId('claim-detail').locator('#claim-text')).toContainText('1,680 farms');
});
