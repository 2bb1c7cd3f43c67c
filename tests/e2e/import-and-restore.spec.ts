// A reviewer correcting the cleaning (restoring a removed line, keeping it across a reload,
// taking it out again) and stopping a long import part-way, in browser mode and through the
// desktop import flow. With no Electron binary here, the desktop flow runs in Chromium with a
// stand-in `window.crosscheck` bridge that forwards every API call to the real services over
// HTTP, so the renderer's desktop path (start a job, poll it, cancel it) is what is tested.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { API_METHODS, API_PATH_PREFIX, TOKEN_HEADER } from '../../shared/api';
import { expect, ROOT, test } from './fixtures';

const ARTICLE = 'Lodmark and Tervania to resume Vessa water talks after three-year freeze';
const HEADLINE = 'Drought forces Lodmark to ration irrigation water in three southern provinces';
const CANCELLED = 'not imported: the import was cancelled before this file was read';
const FILES = 1500;
const PARAGRAPHS = 20;

/**
 * A folder of FILES distinct articles: a headline, then PARAGRAPHS two-sentence paragraphs.
 * Long enough that the import takes seconds, not the moment between seeing its progress and
 * clicking Cancel: with 1,500 one-paragraph files it once finished first.
 */
function writeManyArticles(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-many-'));
  for (let i = 0; i < FILES; i++) {
    const n = String(i).padStart(4, '0');
    const body = Array.from(
      { length: PARAGRAPHS },
      (_, p) =>
        `The harbour board of Port ${n} voted on Tuesday to extend berth ${i + p} by ${i + 40 + p} metres. ` +
        `Work on quay ${n}-${p} is expected to start in the spring of ${2030 + ((i + p) % 9)}.`,
    );
    writeFileSync(
      join(dir, `article-${n}.txt`),
      `Harbour board of Port ${n} approves a berth extension\n\n${body.join('\n\n')}\n`,
    );
  }
  return dir;
}

async function importSample(page: Page): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(join(ROOT, 'data', 'sample'));
  await expect(page.getByTestId('import-summary')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-summary')).toBeHidden();
}

async function openArticle(page: Page, title: string): Promise<void> {
  await page.getByTestId('article-row').filter({ hasText: title }).click();
  await expect(page.getByTestId('article-title')).toHaveText(title);
}

/** The number a count card shows (formatted for the locale, e.g. `1,400`). */
async function countOf(page: Page, testId: string): Promise<number> {
  return Number((await page.getByTestId(testId).textContent())?.replace(/\D/g, ''));
}

/** After a cancel: imported + duplicates + rejected account for every file, some never read. */
async function expectCancelledSummary(page: Page): Promise<number> {
  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible({ timeout: 60_000 });
  await expect(summary.getByRole('heading', { name: 'Import cancelled' })).toBeVisible();
  const imported = await countOf(page, 'import-count-imported');
  const duplicates = await countOf(page, 'import-count-duplicates');
  const rejected = await countOf(page, 'import-count-rejected');
  expect(imported).toBeLessThan(FILES);
  expect(imported + duplicates + rejected).toBe(FILES);
  await expect(page.getByTestId('import-rejected')).toContainText(CANCELLED);
  await expect(page.getByTestId('import-sentence')).toContainText(/^Import cancelled — .* not read\./);
  return imported;
}

async function expectListHolds(page: Page, imported: number): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-summary')).toBeHidden();
  if (imported === 0) await expect(page.getByTestId('empty-state')).toBeVisible();
  else await expect(page.getByTestId('article-row')).toHaveCount(imported);
}

test('restores a removed line into the text, keeps it after a reload, and removes it again', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await importSample(page);
  await openArticle(page, ARTICLE);
  const words = page.getByTestId('article-words');
  const wordsBefore = Number((await words.textContent())?.replace(/\D/g, ''));

  await page.getByTestId('removed-toggle').click();
  const row = page.getByTestId('removed-row').filter({ hasText: HEADLINE });
  await expect(row).toContainText('related headline');
  const line = await row.getAttribute('data-line');
  expect(await page.getByTestId('removed-row').count()).toBeGreaterThan(1);

  // Keyboard: the row's button takes the focus, Enter restores, the focus stays in the table.
  await row.getByTestId('restore-line').focus();
  await page.keyboard.press('Enter');
  const text = page.getByTestId('article-text');
  const restored = text.getByTestId('restored-paragraph');
  await expect(restored).toHaveCount(1);
  await expect(restored).toContainText(HEADLINE);
  await expect(restored).toContainText(/restored/i);
  await expect(restored).toHaveAttribute('data-line', line!);
  await expect(row).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveAttribute('data-testid', 'restore-line');
  // Put back where it stood: after the minister's quote, before the river authority's figures.
  const paragraphs = await text.locator('p').allTextContents();
  const at = paragraphs.findIndex((p) => p === HEADLINE);
  expect(paragraphs[at - 1]).toContain('keeps the lights on in Tervania');
  expect(paragraphs[at + 1]).toContain('According to the Joint Vessa River Authority');
  await expect(words).not.toHaveText(`${wordsBefore} words`);
  expect(Number((await words.textContent())?.replace(/\D/g, ''))).toBeGreaterThan(wordsBefore);

  // Saved in the workspace: a reload shows the same correction.
  await page.reload();
  await openArticle(page, ARTICLE);
  await expect(restored).toHaveCount(1);
  await expect(restored).toContainText(HEADLINE);

  await restored.getByTestId('unrestore-line').click();
  await expect(restored).toHaveCount(0);
  await expect(text).not.toContainText(HEADLINE);
  await expect(words).toHaveText(`${wordsBefore} words`);
  await page.getByTestId('removed-toggle').click();
  await expect(page.getByTestId('removed-row').filter({ hasText: HEADLINE })).toHaveCount(1);
});

test('cancelling a browser-mode import stops sending files and names every file not sent', async ({
  page,
  served,
}) => {
  const folder = writeManyArticles();
  try {
    await page.goto(served.url);
    await page.getByTestId('import-input').setInputFiles(folder);
    await expect(page.getByTestId('import-progress')).toBeVisible();
    await page.getByTestId('import-cancel').click();
    const imported = await expectCancelledSummary(page);
    await expectListHolds(page, imported);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('the desktop import shows the job’s progress and file, and cancels it', async ({ page, served }) => {
  const folder = writeManyArticles();
  const token = new URLSearchParams(new URL(served.url).hash.slice(1)).get('token') ?? '';
  // The preload's bridge, stood in for by one that carries each call over browser mode's HTTP.
  await page.addInitScript(
    ({ methods, prefix, header, token, folder }) => {
      const call = async (method: string, input: unknown): Promise<unknown> => {
        const response = await fetch(prefix + method, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [header]: token },
          body: JSON.stringify(input ?? {}),
        });
        const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
        if (!body.ok) throw new Error(body.error?.message ?? 'failed');
        return body.value;
      };
      const api = Object.fromEntries(methods.map((m) => [m, (input: unknown) => call(m, input)]));
      // The rest of the desktop bridge does nothing here: no menu, no log, no native pickers.
      const desktop = {
        pickFolders: async () => [folder],
        pickWorkspace: async () => null,
        printReportPdf: async () => {
          throw new Error('not in this test');
        },
        openLogFolder: async () => undefined,
        logError: () => undefined,
        pathForFile: () => '',
        onMenuCommand: () => () => undefined,
      };
      Object.assign(window, { crosscheck: { api, desktop } });
    },
    { methods: [...API_METHODS], prefix: API_PATH_PREFIX, header: TOKEN_HEADER, token, folder },
  );
  try {
    await page.goto(served.url);
    await expect(page.getByTestId('empty-state')).toBeVisible();
    await page.getByTestId('import-button').click();
    const progress = page.getByTestId('import-progress');
    await expect(progress).toBeVisible();
    // The job's counts and the file in hand, polled from the services.
    await expect(progress).toContainText(/Importing \d[\d,.\s]* of 1[,.\s]?500/);
    await expect(progress).toContainText(/article-\d{4}\.txt/);
    await page.getByTestId('import-cancel').click();
    const imported = await expectCancelledSummary(page);
    await expectListHolds(page, imported);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('repairs a damaged article from the reader by importing its source again', async ({ page, served }) => {
  // Imported from a path on this machine (the CLI), so the reader can go back to its source.
  const folder = mkdtempSync(join(tmpdir(), 'crosscheck-source-'));
  const source = join(folder, 'ferry.txt');
  writeFileSync(source, readFileSync(join(ROOT, 'data', 'sample', 'a1-agency.txt')));
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'bin', 'crosscheck.js'), 'import', source, '--workspace', served.workspace, '--json'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  const id = (JSON.parse(run.stdout) as { imported: { id: string }[] }).imported[0]!.id;
  writeFileSync(join(served.workspace, 'articles', `${id}.json`), '');

  // The library opens on its only article, whose file is damaged: the reader says so.
  await page.goto(served.url);
  await expect(page.getByRole('heading', { name: 'This article could not be opened' })).toBeVisible();
  await expect(page.locator('.reader-error')).toContainText('damaged');
  await page.getByTestId('reimport-article').click();
  await expect(page.getByTestId('article-title')).toHaveText(
    'Lodmark, Tervania agree to reopen talks on Vessa water-sharing treaty',
  );
  // Back in the library as a story of its own.
  await expect(page.getByTestId('story-group')).toHaveCount(1);
  rmSync(folder, { recursive: true, force: true });
});
