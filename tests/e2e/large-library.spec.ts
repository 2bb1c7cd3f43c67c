// A library of 5,000 generated articles (bench/lib/news-corpus.ts: stories in 1–3 versions,
// scraped-page cruft) in browser mode: the stories tree and the article list keep only the rows
// near the viewport mounted, the keyboard still reaches the last row and back, the filter finds
// an article by a word of its title, and a story opens; clicking through stories asks the
// server to count only the story the reviewer stays on.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { writeNewsCorpus } from '../../bench/lib/news-corpus';
import { expect, ROOT, startAndWaitFor, stopAndRemove, test } from './fixtures';

const ARTICLES = 5_000;
/** Far fewer than the rows of the list: what a window of one screen and its margins holds. */
const MOUNTED_AT_MOST = 80;

let server: { child: ChildProcess; url: string; dirs: string[] } | null = null;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const corpus = mkdtempSync(join(tmpdir(), 'crosscheck-large-corpus-'));
  const workspace = mkdtempSync(join(tmpdir(), 'crosscheck-large-ws-'));
  const config = mkdtempSync(join(tmpdir(), 'crosscheck-large-config-'));
  await writeNewsCorpus(corpus, ARTICLES);
  const cli = join(ROOT, 'bin', 'crosscheck.js');
  for (const args of [
    ['import', corpus, '--workspace', workspace],
    ['stories', '--workspace', workspace, '--json'],
  ]) {
    const run = spawnSync(process.execPath, [cli, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    if (run.status !== 0) throw new Error(`${args[0]} failed: ${run.stderr}`);
  }
  const { child, match } = await startAndWaitFor(
    process.execPath,
    [cli, 'serve', '--workspace', workspace],
    /running in browser mode: (\S+)/,
    { CROSSCHECK_CONFIG_DIR: config },
  );
  server = { child, url: match[1]!, dirs: [corpus, workspace, config] };
});

test.afterAll(async () => {
  await stopAndRemove(server?.child, server?.dirs ?? []);
});

const mounted = (page: Page, testId: string) => page.getByTestId('article-list').getByTestId(testId).count();

test('scrolls a 5,000-article library end to end with the keyboard, rows mounted near the viewport only', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(server!.url);
  const list = page.getByTestId('article-list');
  const groups = list.getByTestId('story-group');
  await expect(groups.first()).toBeVisible({ timeout: 60_000 });
  const total = Number(await groups.first().getAttribute('aria-setsize'));
  expect(total).toBeGreaterThan(1_000);
  expect(await mounted(page, 'story-group')).toBeLessThanOrEqual(MOUNTED_AT_MOST);

  await list.focus();
  await page.keyboard.press('End');
  const last = list.locator(`[data-testid="story-group"][aria-posinset="${total}"]`);
  await expect(last).toBeVisible();
  expect(await mounted(page, 'story-group')).toBeLessThanOrEqual(MOUNTED_AT_MOST);
  await page.keyboard.press('Home');
  await expect(list.locator('[data-testid="story-group"][aria-posinset="1"]')).toBeVisible();

  // The flat article list: the same bound, and the keyboard walks its rows.
  await page.getByTestId('view-articles').click();
  const rows = list.getByTestId('article-row');
  await expect(rows.first()).toBeVisible();
  expect(Number(await rows.first().getAttribute('aria-setsize'))).toBe(ARTICLES);
  expect(await mounted(page, 'article-row')).toBeLessThanOrEqual(MOUNTED_AT_MOST);
  await list.focus();
  await page.keyboard.press('End');
  await expect(list.locator(`[data-testid="article-row"][aria-posinset="${ARTICLES}"]`)).toBeVisible();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowUp');
  await expect(list.locator(`[aria-posinset="${ARTICLES - 5}"][aria-selected="true"]`)).toBeVisible();
});

test('finds an article by a word of its title among 5,000, and opens a story', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(server!.url);
  const list = page.getByTestId('article-list');
  await expect(list.getByTestId('story-group').first()).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('view-articles').click();
  // A title far down the list: the filter must search every article, not the mounted rows.
  await list.focus();
  await page.keyboard.press('End');
  const far = list.locator(`[aria-posinset="${ARTICLES}"]`);
  const title = (await far.getByText(/.+/).first().textContent())!.trim();
  const word = title
    .split(/\s+/)
    .sort((a, b) => b.length - a.length)[0]!
    .replace(/[^\p{L}\p{N}-]/gu, '');
  await page.getByRole('searchbox').fill(word);
  // Every article left holds the word; far fewer than all of them are left.
  const rows = list.getByTestId('article-row');
  await expect
    .poll(async () => Number(await rows.first().getAttribute('aria-setsize')))
    .toBeLessThan(ARTICLES);
  await expect(rows.first()).toContainText(new RegExp(word, 'i'));
  await page.getByRole('searchbox').fill(title);
  await expect(rows.filter({ hasText: title }).first()).toBeVisible();

  await page.getByTestId('view-stories').click();
  await page.getByRole('searchbox').fill('');
  // Cleared, the tree shows every story again and scrolls to the article still selected: wait
  // for it to settle before clicking, as a reader's eye would.
  await expect
    .poll(async () => Number(await list.getByTestId('story-group').first().getAttribute('aria-setsize')))
    .toBeGreaterThan(1_000);
  await expect
    .poll(async () => {
      const before = await list.evaluate((el) => el.scrollTop);
      await page.waitForTimeout(150);
      return (await list.evaluate((el) => el.scrollTop)) === before;
    })
    .toBe(true);
  // A story of several versions (a one-version story's row opens its article instead).
  const group = list
    .getByTestId('story-group')
    .filter({ has: page.getByTestId('story-version-count').filter({ hasText: /^\d+ versions$/ }) })
    .first();
  const storyTitle = (await group.getByTestId('story-title').textContent())!.trim();
  await group.getByTestId('story-title').click();
  await expect(page.getByTestId('story-page-title')).toHaveText(storyTitle);
});

test('clicking through stories asks the server to count only the story the reviewer stays on', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const asked: string[][] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/getSourceCounts'))
      asked.push((request.postDataJSON() as { storyIds: string[] }).storyIds);
  });
  // The page's timers wait for the test: time moves only when the test moves it, a little at a
  // time until the list shows, so the list has not been still long enough to ask about its
  // rows when the clicks begin, each 100 ms after the last, however slow the machine.
  const start = new Date('2026-12-06T09:00:00Z').getTime();
  await page.clock.install({ time: start });
  await page.clock.pauseAt(start + 1_000);
  await page.goto(server!.url);
  const list = page.getByTestId('article-list');
  const first = list.getByTestId('story-group').first();
  for (let i = 0; i < 3_000 && !(await first.isVisible()); i++) await page.clock.runFor(20);
  await expect(first).toBeVisible();
  const groups = list
    .getByTestId('story-group')
    .filter({ has: page.getByTestId('story-version-count').filter({ hasText: /^\d+ versions$/ }) });
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    const group = groups.nth(i);
    ids.push((await group.getAttribute('data-id'))!);
    const title = (await group.getByTestId('story-title').textContent())!.trim();
    await group.getByTestId('story-title').click();
    await expect(page.getByTestId('story-page-title')).toHaveText(title);
    await page.clock.runFor(100);
  }
  expect(asked).toEqual([]);
  // Stayed on: the last story's counts are asked for, and shown (the server builds its statement
  // index for this first question: seconds on a loaded machine).
  await page.clock.runFor(1_000);
  await expect(page.getByTestId('story-source-counts')).toContainText('by other stories', {
    timeout: 90_000,
  });
  await expect(page.getByTestId('story-source-counts')).not.toHaveClass(/is-pending/);
  expect(asked.flat()).toContain(ids[2]);
  // Neither story passed was asked about on its own.
  for (const passed of ids.slice(0, 2)) expect(asked).not.toContainEqual([passed]);
});
