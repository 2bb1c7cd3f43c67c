// Reviewing claims with the keyboard only: open the review from the library, decide three
// claims with c / x / u, undo one, reload the page, and find every verdict and its history.
import { expect, importLongStory, importSample, test } from './fixtures';

test('reviews three claims with the keyboard only; verdicts and history survive a reload', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await importSample(page);

  // Keyboard from here on: to the Vessa story's first version, then v opens the review.
  const list = page.locator('[data-region="list"]');
  await list.focus();
  const selected = page.locator('[data-testid="article-row"][aria-selected="true"]');
  // Whichever item holds the keyboard's place (a story or a version): each j must move it
  // before the next is pressed, or a slow render would be skipped over.
  const listCursor = list.locator('[aria-selected="true"]');
  const place = async () =>
    (await listCursor.count()) ? ((await listCursor.first().getAttribute('id')) ?? '') : '';
  for (let i = 0; i < 12; i++) {
    if ((await selected.count()) && /Lodmark, Tervania agree to reopen/.test(await selected.innerText()))
      break;
    const before = await place();
    await page.keyboard.press('j');
    await expect.poll(place).not.toBe(before);
  }
  await expect(selected).toContainText('Lodmark, Tervania agree to reopen');
  await page.keyboard.press('v');
  const screen = page.getByTestId('review-screen');
  await expect(screen).toBeVisible();
  await expect(page.getByTestId('review-progress')).toContainText('Reviewed 0 of');

  const current = page.locator('[data-testid="claim-item"][aria-current="true"]');
  const ids: string[] = [];
  const decide = async (key: string, status: string) => {
    ids.push((await current.getAttribute('data-claim-id'))!);
    await page.keyboard.press(key);
    await expect(current).toHaveAttribute('data-status', status);
    await expect(page.getByTestId('review-status')).toContainText(`Saved: ${status}`);
  };
  await decide('c', 'consistent');
  await page.keyboard.press('j');
  await decide('x', 'conflicting');
  await page.keyboard.press('j');
  await decide('u', 'unclear');
  // Change the third, then take the change back: the history keeps all three steps.
  await page.keyboard.press('c');
  await expect(current).toHaveAttribute('data-status', 'consistent');
  await page.keyboard.press('Control+z');
  await expect(current).toHaveAttribute('data-status', 'unclear');
  await expect(page.getByTestId('review-progress')).toContainText('Reviewed 3 of');
  await page.keyboard.press('k');
  await page.keyboard.press('e');
  await expect(page.getByTestId('review-status')).toContainText('Evidence added and saved');

  await page.reload();
  await expect(page.getByTestId('article-list')).toBeVisible();
  await page.locator('[data-region="list"]').focus();
  for (let i = 0; i < 12; i++) {
    if ((await selected.count()) && /Lodmark, Tervania agree to reopen/.test(await selected.innerText()))
      break;
    const before = await place();
    await page.keyboard.press('j');
    await expect.poll(place).not.toBe(before);
  }
  await page.keyboard.press('v');
  await expect(page.getByTestId('review-progress')).toContainText('Reviewed 3 of');
  const status = (id: string) => page.locator(`[data-testid="claim-item"][data-claim-id="${id}"]`);
  await expect(status(ids[0]!)).toHaveAttribute('data-status', 'consistent');
  await expect(status(ids[1]!)).toHaveAttribute('data-status', 'conflicting');
  await expect(status(ids[2]!)).toHaveAttribute('data-status', 'unclear');
  await status(ids[2]!).click();
  await expect(page.getByTestId('claim-history').locator('li')).toHaveCount(3);
  await expect(page.getByTestId('claim-history')).toContainText('undone: unclear');
  await status(ids[1]!).click();
  await expect(page.getByTestId('claim-detail')).toContainText('cited as evidence');

  // Evidence opens its passage highlighted in the reader, and leads back to the claim.
  const evidence = page.getByTestId('evidence-list').locator('button').first();
  const quoted = (await evidence.innerText()).match(/“(.*)”/s)![1]!;
  await evidence.click();
  await expect(page.getByTestId('passage')).toHaveText(quoted);
  await expect(page.getByTestId('passage')).toBeInViewport();
  await page.getByTestId('back-to-review').click();
  await expect(page.locator('[data-testid="claim-item"][aria-current="true"]')).toHaveAttribute(
    'data-claim-id',
    ids[1]!,
  );
});

test('lists an article’s claims beside it; one opens in the review', async ({ page, served }) => {
  await page.goto(served.url);
  await importSample(page);
  await page.getByTestId('article-row').filter({ hasText: 'Lodmark and Tervania agree to restart' }).click();
  const panel = page.getByTestId('article-claims');
  await expect(panel).toContainText(/0 of \d+ reviewed/);
  const farms = panel.getByTestId('article-claim').filter({ hasText: '1,680 farms' });
  await expect(farms).toContainText('suggests conflicting');
  await farms.click();
  await expect(page.getByTestId('claim-detail').locator('#claim-text')).toContainText('1,680 farms');

  // Another story from the review screen itself.
  const bridge = page.getByTestId('review-story').locator('option', { hasText: 'Tessvik council votes' });
  await page.getByTestId('review-story').selectOption((await bridge.getAttribute('value'))!);
  await expect(page.getByTestId('review-screen')).toContainText('Tessvik council votes');
  await expect(page.getByTestId('claim-item').first()).toContainText('tessvik-herald.example');
});

test('makes a claim of selected words, merges one claim into another and deletes one', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await importSample(page);
  await page.getByTestId('article-row').filter({ hasText: 'Lodmark and Tervania to resume' }).click();
  await expect(page.getByTestId('article-title')).toContainText('Lodmark and Tervania to resume');

  // Select "met for nearly four hours in Brennholm" in the second paragraph.
  await page.evaluate(() => {
    const p = document.querySelectorAll('[data-testid="article-text"] p[data-start]')[1]!;
    const node = p.firstChild!;
    const text = node.textContent!;
    const from = text.indexOf('met for nearly four hours');
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, from + 'met for nearly four hours in Brennholm'.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await page.getByTestId('make-claim').click();
  const detail = page.getByTestId('claim-detail');
  await expect(detail).toContainText('added by the reviewer');
  await expect(detail.locator('#claim-text')).toHaveText('met for nearly four hours in Brennholm');

  // The list's length as it says it (its rows are windowed: not all of them are mounted).
  const size = page.getByTestId('claim-list').locator('li[aria-setsize]').first();
  const before = Number(await size.getAttribute('aria-setsize'));
  await page.getByTestId('merge-claim-up').click();
  await expect(page.getByTestId('review-status')).toContainText('Merged into the claim above');
  await expect(size).toHaveAttribute('aria-setsize', String(before - 1));
  const doomed = (await page
    .locator('[data-testid="claim-item"][aria-current="true"]')
    .getAttribute('data-claim-id'))!;
  await page.getByTestId('delete-claim').click();
  await expect(page.getByTestId('review-status')).toContainText('Claim deleted');
  await expect(size).toHaveAttribute('aria-setsize', String(before - 2));
  await expect(page.locator(`[data-claim-id="${doomed}"]`)).toHaveCount(0);
});

test('a long story’s review mounts only the claims near the viewport; it opens on a claim far down, and keys and a scroll reach any claim', async ({
  page,
  served,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(served.url);
  // 40 versions of 60 sentences, three figures edited a version: some 180 distinct claims.
  await importLongStory(page, testInfo.outputPath('long-story'), 40, 60);
  // The last version's last claim, from the reader's claims panel: the review opens on it, far
  // down the list, scrolled to and marked.
  await page.getByTestId('story-title').first().click();
  await page.getByTestId('article-row').last().click();
  await page.getByTestId('article-claims').getByTestId('article-claim').last().click();
  await expect(page.getByTestId('review-screen')).toBeVisible();
  const current = page.locator('[data-testid="claim-item"][aria-current="true"]');
  await expect(current).toBeInViewport();
  const placeOf = async () => Number(await current.locator('xpath=..').getAttribute('aria-posinset'));
  const opened = await placeOf();
  expect(opened).toBeGreaterThan(40);
  const progress = page.getByTestId('review-progress');
  await expect(progress).toContainText('Reviewed 0 of');
  const total = Number(/of\s+([\d,]+)/.exec(await progress.innerText())![1]!.replace(/,/g, ''));
  expect(total).toBeGreaterThan(150);

  const items = page.getByTestId('claim-item');
  const rows = page.getByTestId('claim-list').locator('li[aria-posinset]');
  const mountedAtMost = 50;
  expect(await items.count()).toBeLessThan(mountedAtMost);
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(total));

  // k walks back past a screenful: the claim in hand is always mounted, marked and in view.
  for (let i = 0; i < 25; i++) {
    const before = await current.getAttribute('data-claim-id');
    await page.keyboard.press('k');
    await expect(current).not.toHaveAttribute('data-claim-id', before!);
  }
  await expect(page.locator(`li[aria-posinset="${opened - 25}"] [aria-current="true"]`)).toBeInViewport();
  await expect(page.getByTestId('claim-detail').locator('#claim-text')).toHaveText(
    (await current.locator('.rv-item-text').innerText()).trim(),
  );

  // Scrolled to its end, the list shows its last claim, still with a window's rows mounted.
  const pane = page.locator('[data-region="review-list"]');
  for (let i = 0; i < 5; i++) {
    await pane.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.waitForTimeout(100);
  }
  const last = page.locator(`li[aria-posinset="${total}"]`);
  await expect(last).toBeInViewport();
  expect(await items.count()).toBeLessThan(mountedAtMost);
  await last.getByTestId('claim-item').click();
  await expect(last.getByTestId('claim-item')).toHaveAttribute('aria-current', 'true');
  // And k from there keeps the claim in hand in view.
  await page.keyboard.press('k');
  await expect(page.locator(`li[aria-posinset="${total - 1}"] [aria-current="true"]`)).toBeInViewport();
});
