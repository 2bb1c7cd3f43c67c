// The consistency matrix in Chromium: open a story's matrix, find the conflicting row flagged
// (the figure one version changed), set its verdict from the grid, reload, find it still set;
// a cell opens its passage in the reader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, importLongStory, ROOT, test } from './fixtures';

test('opens a story’s matrix, flags the conflicting row, and keeps a verdict set from the grid', async ({
  page,
  served,
}, testInfo) => {
  await page.goto(served.url);
  await page.getByTestId('import-input').setInputFiles(join(ROOT, 'tests', 'fixtures', 'lineage'));
  await expect(page.getByTestId('import-summary')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-summary')).toBeHidden();

  const openMatrix = async () => {
    await page.getByTestId('story-group').first().getByTestId('story-title').click();
    await expect(page.getByTestId('story-page')).toBeVisible();
    await page.getByTestId('open-matrix').click();
    await expect(page.getByTestId('matrix-table')).toBeVisible();
  };
  await openMatrix();
  await expect(page.getByTestId('matrix-summary')).toContainText('1 row with a conflict');
  const conflicting = page.locator('[data-testid="matrix-row"][data-conflicting="true"]');
  await expect(conflicting).toHaveCount(1);
  await expect(conflicting).toContainText('1,420 households');
  await expect(conflicting.locator('.mx-cell.conflicting')).toHaveCount(2);
  // The dropped quote: silent in the last version.
  const quote = page.getByTestId('matrix-row').filter({ hasText: 'waited long enough' });
  await expect(quote.locator('td').last()).toHaveAttribute('data-status', 'silent');
  await page.screenshot({ path: testInfo.outputPath('matrix.png') });

  // "Only conflicts" leaves the flagged row alone.
  await page.getByTestId('matrix-only-conflicts').check();
  await expect(page.getByTestId('matrix-row')).toHaveCount(1);
  await page.getByTestId('matrix-only-conflicts').uncheck();

  await conflicting.getByTestId('matrix-verdict-conflicting').click();
  await expect(page.getByTestId('matrix-status')).toHaveText('Saved: conflicting');
  await expect(conflicting.getByTestId('matrix-verdict-conflicting')).toHaveAttribute('aria-pressed', 'true');

  // The CSV holds the same grid, the conflicting cells marked.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('matrix-export-csv').click(),
  ]);
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text.split('\r\n')[0]).toMatch(/^Claim id,Claim,Kinds,Conflict,Verdict,"Version 1: /);
  expect(text).toContain('"1,420 households [conflicts]"');
  expect(text).toMatch(/,yes,conflicting,/);

  await page.reload();
  await expect(page.getByTestId('article-list')).toBeVisible();
  await openMatrix();
  await expect(
    page
      .locator('[data-testid="matrix-row"][data-conflicting="true"]')
      .getByTestId('matrix-verdict-conflicting'),
  ).toHaveAttribute('aria-pressed', 'true');

  // The review screen shows the same claim through the versions.
  await page.keyboard.press('Escape');
  await page.getByTestId('story-review').click();
  await page.getByTestId('claim-item').filter({ hasText: '1,240 households' }).first().click();
  const lineage = page.getByTestId('claim-lineage');
  await expect(lineage.locator('li')).toHaveCount(4);
  await expect(lineage.locator('li').nth(2)).toContainText('figure changed');
  await expect(lineage.locator('li').nth(2)).toContainText('1,240 → 1,420');
  await expect(lineage.locator('li').first()).toContainText('first with this wording');
  await lineage.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('lineage.png') });
  await page.keyboard.press('Escape');
  await page.getByTestId('open-matrix').click();

  // A cell opens its passage, highlighted in the reader.
  await page
    .locator('[data-testid="matrix-row"][data-conflicting="true"]')
    .locator('.mx-cell.conflicting button')
    .first()
    .click();
  await expect(page.getByTestId('passage')).toContainText('1,420 households');
});

test('a story of 50 versions × 200 claims mounts only the rows on screen and scrolls without gaps', async ({
  page,
  served,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(served.url);
  const story = await importLongStory(page, testInfo.outputPath('long-story'), 50, 200);
  await page.getByTestId('story-group').first().getByTestId('story-title').click();
  await page.getByTestId('open-matrix').click();
  const table = page.getByTestId('matrix-table');
  await expect(table).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('matrix-summary')).toContainText('× 50 articles');
  const total = Number(await table.getAttribute('data-rows'));
  expect(total).toBeGreaterThanOrEqual(200);
  // Every planted figure change makes its row conflict.
  const flagged = new Set(story.planted.map((p) => p.sentence)).size;
  await expect(page.getByTestId('matrix-summary')).toContainText(`${flagged} rows with a conflict`);

  const scroller = page.locator('.mx-scroll');
  const mounted = () => page.getByTestId('matrix-row').count();
  expect(await mounted()).toBeLessThan(30);

  // Scroll the whole grid a screen at a time: at every stop the viewport is covered by mounted
  // rows (no blank band), and the DOM never grows past a window's worth.
  const { scrollHeight, clientHeight } = await scroller.evaluate((el) => ({
    scrollHeight: el.scrollHeight,
    clientHeight: el.clientHeight,
  }));
  expect(scrollHeight).toBeGreaterThan(total * 100);
  for (let top = 0; top <= scrollHeight; top += Math.round(clientHeight * 0.9)) {
    const gap = await scroller.evaluate(async (el, y) => {
      el.scrollTop = y;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const view = el.getBoundingClientRect();
      const head = el.querySelector('thead th')!.getBoundingClientRect().bottom;
      const rows = [...el.querySelectorAll('tr.mx-row')].map((r) => r.getBoundingClientRect());
      const first = Math.min(...rows.map((r) => r.top));
      const last = Math.max(...rows.map((r) => r.bottom));
      return {
        uncoveredTop: first - head,
        uncoveredBottom: view.top + el.clientHeight - last,
      };
    }, top);
    expect(gap.uncoveredTop, `rows missing under the header at scrollTop ${top}`).toBeLessThanOrEqual(0);
    expect(gap.uncoveredBottom, `rows missing at the bottom at scrollTop ${top}`).toBeLessThanOrEqual(0);
    expect(await mounted()).toBeLessThan(30);
  }
  // The last row is reachable and is the last claim.
  await expect(page.locator(`[data-testid="matrix-row"][aria-rowindex="${total + 1}"]`)).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('matrix-long.png') });

  // Scrolled sideways, the claim column and the header stay where they are.
  const frozen = await scroller.evaluate(async (el) => {
    el.scrollLeft = 3000;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const box = el.getBoundingClientRect();
    const claim = el.querySelector('tr.mx-row th')!.getBoundingClientRect();
    const head = el.querySelector('thead th')!.getBoundingClientRect();
    el.scrollLeft = 0;
    return { claimLeft: claim.left - box.left, headTop: head.top - box.top };
  });
  expect(frozen).toEqual({ claimLeft: 0, headTop: 0 });

  // "Only conflicts" while scrolled to the bottom: the flagged rows, from the top, no gap.
  await page.getByTestId('matrix-only-conflicts').check();
  await expect(page.getByTestId('matrix-row').first()).toBeInViewport();
  await expect(page.getByTestId('matrix-row').first()).toHaveAttribute('data-conflicting', 'true');
  await page.getByTestId('matrix-only-conflicts').uncheck();

  // The keyboard keeps scrolling the grid when the focused row scrolls out and is unmounted.
  await page.getByTestId('matrix-row').first().getByTestId('matrix-verdict-unclear').focus();
  for (let k = 0; k < 6; k++) await page.keyboard.press('PageDown');
  const after = await scroller.evaluate((el) => ({
    top: el.scrollTop,
    focusInGrid: el.contains(document.activeElement),
  }));
  expect(after.focusInGrid).toBe(true);
  expect(after.top).toBeGreaterThan(clientHeight * 3);
});
