// Hostile articles (tests/fixtures/xss: a saved page full of live markup, and a JSON, a Markdown
// and a text article carrying the same payloads as text) imported through the folder picker and
// viewed in every screen. Every payload tries to set `window.__xss` and to call alert(); nothing
// may run. After each screen: no dialog, no `__xss` in any frame, no frame at all besides the
// app, no request off the app's own loopback origin, no navigation away (meta refresh), and no
// hostile element or attribute ever put into the DOM (watched from before the app's first
// script, so markup that the CSP would stop still counts). The payloads must also be shown —
// as literal text — where the cleaner keeps them, so the test cannot pass by dropping them.
// The exported HTML report, opened as a page with JavaScript on, must not run them either.
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, ROOT, test } from './fixtures';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'xss');
const LEVY = 'Keldra port board approves passenger levy to fund sea wall';
const FERRY = 'Keldra ferry crews vote to strike';
const QUAY = 'Keldra quay traders count cost of third flood';

// Payloads as the articles carry them as text (the cleaner keeps these).
const TEXT_IMG = `<img src=x onerror="window.__xss='text-img-onerror';alert('text-img-onerror')">`;
const TEXT_SCRIPT = `<script>window.__xss='text-script';alert('text-script')</script>`;
const HTML_TITLE = `<svg onload="window.__xss='html-title';alert('html-title')">`;
const MD_TITLE = `<img src=x onerror="window.__xss='md-title';alert('md-title')">`;
const TXT_TITLE = `<script>window.__xss='txt-title';alert('txt-title')</script>`;
const JSON_OUTLET = `Northline Agency <img src=x onerror="window.__xss='json-outlet';alert('json-outlet')">`;
const JSON_AUTHOR = `<script>window.__xss='json-author';alert('json-author')</script>`;
const JSON_URL = `javascript:window.__xss='json-url';alert('json-url')`;
const MD_SCRIPT = `<script>window.__xss = 'md-raw-script'; alert('md-raw-script');</script>`;
const MD_IFRAME = `<iframe srcdoc="<script>parent.__xss='md-iframe';parent.alert('md-iframe')</script>"></iframe>`;
const MD_SVG = `<svg onload="window.__xss='md-svg';alert('md-svg')">`;
const MD_LINK = `<a href="javascript:window.__xss='md-raw-link';alert('md-raw-link')">Timetable during the strike</a>`;
const TXT_IMG = `<img src=x onerror="window.__xss='txt-img';alert('txt-img')">`;
const TXT_REFRESH = `<meta http-equiv="refresh" content="0;url=https://evil.example/txt-refresh">`;
// A file name (the import summary lists it), and what the reviewer types in.
const FILE_NAME = `<img src=x onerror="window.__xss='file-name';alert('file-name')">.txt`;
const REVIEWER = `<img src=x onerror="window.__xss='reviewer';alert('reviewer')">`;
const NOTE = `Checked <svg onload="window.__xss='note';alert('note')"> against the minutes [x](javascript:alert('note-link'))`;
const REPORT_TITLE = `Levy <script>window.__xss='report-title';alert('report-title')</script> review`;
const ORGANISATION = `<iframe srcdoc="<script>parent.__xss='organisation';parent.alert('organisation')</script>">`;

interface Watch {
  readonly allowed: (url: string) => boolean;
  readonly dialogs: string[];
  readonly offOrigin: string[];
  readonly navigations: string[];
  readonly popups: string[];
}

/**
 * Installed before any script of every document: records every element or attribute put into
 * the DOM that could run code, load a remote resource, or navigate — whether or not the CSP
 * would stop it — in `window.__hostileMarkup`, with every load or inline code the CSP blocked.
 */
function watchMarkup(): void {
  const found: string[] = [];
  Object.defineProperty(window, '__hostileMarkup', { value: found });
  // What the CSP stopped never shows up as a request: count each stop as hostile too. The app
  // itself causes none (zod's eval probe is switched off in renderer/zod-config.ts).
  document.addEventListener('securitypolicyviolation', (e) => {
    found.push(`blocked by the CSP (${e.violatedDirective}): ${e.blockedURI} ${e.sample}`);
  });
  const URL_ATTRIBUTES = [
    'src',
    'srcset',
    'href',
    'xlink:href',
    'action',
    'formaction',
    'data',
    'poster',
    'background',
    'ping',
  ];
  const local = (url: string) => {
    if (/^\s*javascript:/i.test(url)) return false;
    if (/^data:image\//.test(url) || url.startsWith('#')) return true;
    try {
      return new URL(url, document.baseURI).origin === location.origin;
    } catch {
      return false;
    }
  };
  const check = (el: Element) => {
    const tag = el.tagName.toUpperCase();
    const report = (what: string) => {
      const entry = `${what}: ${el.outerHTML.slice(0, 200)}`;
      if (!found.includes(entry)) found.push(entry);
    };
    if (['IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'BASE', 'FORM', 'PORTAL'].includes(tag)) report('element');
    if (tag === 'SCRIPT' && (el.textContent?.trim() || !local(el.getAttribute('src') ?? '')))
      report('script');
    if (tag === 'META' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) report('refresh');
    if (tag === 'STYLE' && /url\(|expression|javascript:|@import/i.test(el.textContent ?? ''))
      report('style');
    // The one outbound link the app makes itself: an article's http(s) source address, opened
    // outside the app (a new tab without opener; the desktop app asks first). Any other
    // address on it, or any other off-origin link, is hostile.
    const ownSourceLink =
      tag === 'A' &&
      el.getAttribute('data-testid') === 'article-url' &&
      /^https?:\/\//i.test(el.getAttribute('href') ?? '') &&
      el.getAttribute('target') === '_blank' &&
      /\bnoopener\b/.test(el.getAttribute('rel') ?? '');
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (ownSourceLink && name === 'href') continue;
      if (name.startsWith('on') || name === 'srcdoc') report(`attribute ${name}`);
      if (URL_ATTRIBUTES.includes(name) && !local(attr.value)) report(`attribute ${name}`);
      if (name === 'style' && /url\(|expression|javascript:/i.test(attr.value)) report('style attribute');
    }
  };
  const checkTree = (node: Node) => {
    if (!(node instanceof Element)) return;
    check(node);
    node.querySelectorAll('*').forEach(check);
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && r.target instanceof Element) check(r.target);
      r.addedNodes.forEach(checkTree);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/** Records dialogs, requests `allowed` refuses, main-frame navigations and popups of `page`. */
function watch(page: Page, allowed: (url: string) => boolean): Watch {
  const w: Watch = { allowed, dialogs: [], offOrigin: [], navigations: [], popups: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!allowed(r.url())) w.offOrigin.push(r.url());
  });
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) w.navigations.push(f.url());
  });
  page.on('popup', (p) => w.popups.push(p.url()));
  return w;
}

/** Everything that would show a payload ran (or was put in the page to run), as one object. */
async function evidence(page: Page, w: Watch) {
  await page.waitForTimeout(250); // onload/onerror handlers and a 0-second refresh get their turn
  const flags: unknown[] = [];
  for (const frame of page.frames())
    flags.push(
      await frame.evaluate(() => (window as { __xss?: unknown }).__xss).catch((e: Error) => e.message),
    );
  return {
    dialogs: w.dialogs,
    xssFlags: flags.filter((f) => f !== undefined),
    frames: page.frames().length,
    offOriginRequests: w.offOrigin,
    navigationsAway: w.navigations.filter((u) => !w.allowed(u)),
    popups: w.popups,
    hostileMarkup: await page.evaluate(
      () => (window as { __hostileMarkup?: string[] }).__hostileMarkup ?? ['the watcher is missing'],
    ),
    stillOnThePage: w.allowed(page.url()),
  };
}

const CLEAN = {
  dialogs: [],
  xssFlags: [],
  frames: 1,
  offOriginRequests: [],
  navigationsAway: [],
  popups: [],
  hostileMarkup: [],
  stillOnThePage: true,
};

async function expectNothingRan(page: Page, w: Watch, screen: string): Promise<void> {
  expect(await evidence(page, w), `after ${screen}`).toEqual(CLEAN);
}

/** The app's own loopback origin (browser mode): the only place the page may load from. */
function appOrigin(url: string): (url: string) => boolean {
  const origin = new URL(url).origin;
  return (u) => u.startsWith(`${origin}/`);
}

/** The fixture folder plus an empty file whose name is a payload (rejected, listed by name). */
function hostileFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-xss-'));
  cpSync(FIXTURE, join(dir, 'xss'), { recursive: true });
  writeFileSync(join(dir, 'xss', FILE_NAME), '');
  return join(dir, 'xss');
}

async function importHostile(page: Page, folder: string): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(folder);
  await expect(page.getByTestId('import-summary')).toBeVisible();
}

function storyTitle(page: Page, text: string): Locator {
  return page.getByTestId('story-title').filter({ hasText: text });
}

test('hostile articles run nothing in the library, reader, story, compare, review, report and help', async ({
  page,
  served,
}) => {
  const w = watch(page, appOrigin(served.url));
  await page.addInitScript(watchMarkup);
  const folder = hostileFolder();
  try {
    await page.goto(served.url);
    await expect(page.getByTestId('empty-state')).toBeVisible();
    await expectNothingRan(page, w, 'start');

    // Import summary: the payload file name among the rejected, the titles among the imported.
    await importHostile(page, folder);
    const summary = page.getByTestId('import-summary');
    await expect(summary.getByTestId('import-rejected')).toContainText(FILE_NAME);
    await summary.getByTestId('import-imported').locator('summary').click();
    await expect(summary.getByTestId('import-imported')).toContainText(MD_TITLE);
    await expect(summary.getByTestId('import-imported')).toContainText(TXT_TITLE);
    await expect(summary.getByTestId('import-imported')).toContainText(JSON_OUTLET);
    await expectNothingRan(page, w, 'the import summary');
    await page.keyboard.press('Escape');
    await expect(summary).toBeHidden();

    // Library, stories view and flat list: titles shown as written.
    await expect(storyTitle(page, LEVY)).toHaveText(`${LEVY} ${HTML_TITLE}`);
    await expect(storyTitle(page, FERRY)).toContainText(MD_TITLE);
    await expect(storyTitle(page, QUAY)).toContainText(TXT_TITLE);
    await expect(page.getByTestId('article-list')).toContainText(JSON_OUTLET);
    await expectNothingRan(page, w, 'the stories list');
    await page.locator('[data-region="list"]').focus();
    await page.keyboard.press('s');
    await expect(page.getByTestId('view-articles')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('article-list')).toContainText(MD_TITLE);
    await expectNothingRan(page, w, 'the article list');
    await page.keyboard.press('s');
    await expect(page.getByTestId('view-stories')).toHaveAttribute('aria-pressed', 'true');

    // Reader: the Markdown article, its raw HTML kept as text; removed lines (r); a hostile
    // removed line restored into the text.
    await page.getByTestId('article-row').filter({ hasText: FERRY }).click();
    await expect(page.getByTestId('article-title')).toContainText(MD_TITLE);
    const text = page.getByTestId('article-text');
    for (const payload of [MD_SCRIPT, MD_IFRAME, MD_SVG]) await expect(text).toContainText(payload);
    await expectNothingRan(page, w, 'the reader (Markdown article)');
    await page.keyboard.press('r');
    const removed = page.getByTestId('removed-row');
    await expect(removed.filter({ hasText: MD_LINK })).toHaveCount(1);
    await expectNothingRan(page, w, 'the removed lines (Markdown article)');
    await removed.filter({ hasText: MD_LINK }).getByTestId('restore-line').click();
    await expect(page.getByTestId('restored-paragraph')).toContainText(MD_LINK);
    await expectNothingRan(page, w, 'a restored hostile line (Markdown article)');

    // The text article: its meta-refresh line is removed; restored, it is text in the article.
    await page.getByTestId('article-row').filter({ hasText: QUAY }).click();
    await expect(page.getByTestId('article-title')).toContainText(TXT_TITLE);
    await expect(text).toContainText(TXT_IMG);
    const refresh = page.getByTestId('removed-row').filter({ hasText: TXT_REFRESH });
    if (!(await refresh.isVisible())) await page.getByTestId('removed-toggle').click();
    await expect(refresh).toHaveCount(1);
    await refresh.getByTestId('restore-line').click();
    await expect(page.getByTestId('restored-paragraph')).toContainText(TXT_REFRESH);
    await expectNothingRan(page, w, 'the reader and removed lines (text article)');

    // The saved page and its JSON republication: text, details and claims beside the article.
    await page.getByTestId('article-row').filter({ hasText: 'Keldra Coastal Post' }).click();
    await expect(text).toContainText(TEXT_IMG);
    await expect(text).toContainText(TEXT_SCRIPT);
    await expect(text).not.toContainText('html-img-onerror'); // live markup is not article text
    await expect(page.getByTestId('article-claims')).toContainText(TEXT_IMG);
    await expectNothingRan(page, w, 'the reader (HTML article)');
    await page.getByTestId('article-row').filter({ hasText: 'Northline Agency' }).click();
    const meta = page.getByTestId('article-meta');
    for (const payload of [JSON_OUTLET, JSON_AUTHOR, JSON_URL]) await expect(meta).toContainText(payload);
    await expect(text).toContainText(TEXT_SCRIPT);
    await expectNothingRan(page, w, 'the reader (JSON article)');

    // Story page: title, timeline, and the merge picker listing the other hostile stories.
    await storyTitle(page, LEVY).click();
    await expect(page.getByTestId('story-page-title')).toHaveText(`${LEVY} ${HTML_TITLE}`);
    await expect(page.getByTestId('timeline-version')).toHaveCount(2);
    await expect(page.getByTestId('story-page')).toContainText(JSON_OUTLET);
    await expectNothingRan(page, w, 'the story page');
    await page.getByTestId('merge-with').click();
    await expect(page.getByTestId('merge-target').filter({ hasText: MD_TITLE })).toHaveCount(1);
    await expect(page.getByTestId('merge-target').filter({ hasText: TXT_TITLE })).toHaveCount(1);
    await expectNothingRan(page, w, 'the merge picker');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('merge-target')).toHaveCount(0);

    // The consistency matrix: the hostile versions' claims and values, as text.
    await page.getByTestId('open-matrix').click();
    await expect(page.getByTestId('matrix-table')).toBeVisible();
    await expect(page.getByTestId('matrix-row').first()).toBeVisible();
    await expectNothingRan(page, w, 'the consistency matrix');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('matrix-screen')).toBeHidden();
    await storyTitle(page, LEVY).click();
    await expect(page.getByTestId('story-page-title')).toHaveText(`${LEVY} ${HTML_TITLE}`);

    // Compare: side by side, stepping through changes, unified, swapped, claims beside, and
    // against an article of another story.
    await page.getByTestId('compare-versions').click();
    const compare = page.getByTestId('compare-screen');
    await expect(compare).toBeVisible();
    await expect(compare).toContainText(TEXT_IMG);
    await expect(compare).toContainText(TEXT_SCRIPT);
    await expect(page.getByTestId('compare-counts')).toContainText('substantive');
    for (const key of ['n', 'n', 'n', 'p']) await page.keyboard.press(key);
    await expectNothingRan(page, w, 'the compare screen (side by side)');
    await page.keyboard.press('u');
    await expect(compare.locator('.cmp-rows.is-unified')).toBeVisible();
    await expect(compare).toContainText(TEXT_IMG);
    await expectNothingRan(page, w, 'the compare screen (unified)');
    await page.keyboard.press('w');
    await page.getByTestId('compare-claims-toggle').click();
    await expect(page.getByTestId('compare-claims')).toContainText(TEXT_IMG);
    await expectNothingRan(page, w, 'the compare screen (swapped, claims)');
    const right = page.getByTestId('compare-right');
    const ferry = right.locator('option').filter({ hasText: FERRY });
    await right.selectOption((await ferry.getAttribute('value'))!);
    await expect(compare).toContainText(MD_SCRIPT);
    await page.keyboard.press('u');
    await expectNothingRan(page, w, 'the compare screen (another story)');
    await page.keyboard.press('Escape');
    await expect(compare).toBeHidden();

    // Review: the story's claims, a hostile reviewer name and note, verdicts, history,
    // search, evidence, and the passage opened in the reader.
    if (!(await page.getByTestId('story-review').isVisible())) await storyTitle(page, LEVY).click();
    await page.getByTestId('story-review').click();
    const review = page.getByTestId('review-screen');
    await expect(review).toBeVisible();
    await expect(review).toContainText(HTML_TITLE);
    await expect(page.getByTestId('review-progress')).toContainText('Reviewed 0 of');
    await page.getByTestId('reviewer-name').fill(REVIEWER);
    await page.getByTestId('reviewer-name').press('Tab');
    const claims = page.getByTestId('claim-item');
    await claims.filter({ hasText: TEXT_IMG }).first().click();
    const detail = page.getByTestId('claim-detail');
    await expect(detail.locator('#claim-text')).toContainText(TEXT_IMG);
    await page.keyboard.press('x');
    await expect(page.getByTestId('review-status')).toContainText('Saved: conflicting');
    await page.getByTestId('verdict-note').fill(NOTE);
    await page.getByTestId('verdict-note').blur();
    await expect(page.getByTestId('review-status')).toContainText('Note saved');
    await page.getByTestId('add-evidence').click();
    await expect(page.getByTestId('evidence-list')).toContainText(TEXT_IMG);
    await expect(page.getByTestId('claim-history')).toContainText(`by ${REVIEWER}`);
    await expectNothingRan(page, w, 'the review screen (a verdict with a note and evidence)');
    await claims.filter({ hasText: TEXT_SCRIPT }).first().click();
    await expect(detail.locator('#claim-text')).toContainText(TEXT_SCRIPT);
    await expect(page.getByTestId('claim-suggestion')).toBeVisible();
    await page.keyboard.press('c');
    await expect(page.getByTestId('review-status')).toContainText('Saved: consistent');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByTestId('claim-history').locator('li')).toHaveCount(3);
    await expectNothingRan(page, w, 'the review screen (history)');
    await page.getByLabel('Search claims').fill('onerror');
    await expect(claims).not.toHaveCount(0);
    for (const claim of await claims.all()) await expect(claim).toContainText('onerror');
    await page.getByLabel('Search claims').fill('');
    await claims.filter({ hasText: TEXT_IMG }).first().click();
    await page.getByTestId('evidence-list').locator('button').first().click();
    await expect(page.getByTestId('passage')).toContainText(TEXT_IMG);
    await expectNothingRan(page, w, 'a cited passage in the reader');
    await page.getByTestId('back-to-review').click();
    const other = page.getByTestId('review-story').locator('option', { hasText: FERRY });
    await page.getByTestId('review-story').selectOption((await other.getAttribute('value'))!);
    await expect(claims.filter({ hasText: MD_SVG })).not.toHaveCount(0);
    await expectNothingRan(page, w, 'the review screen (another story)');
    await page.keyboard.press('Escape');
    await expect(review).toBeHidden();

    // Report: the preview of the whole workspace with the appendix, hostile title and organisation.
    await page.getByTestId('open-report').click();
    const preview = page.getByTestId('report-preview');
    await expect(page.getByTestId('report-summary')).toContainText('2 of');
    await page.getByTestId('report-appendix').check();
    await page.getByLabel('Title').fill(REPORT_TITLE);
    await page.getByLabel('Organisation').fill(ORGANISATION);
    await expect(preview.locator('h1')).toHaveText(REPORT_TITLE);
    await expect(preview).toContainText(ORGANISATION);
    await expect(preview).toContainText(REVIEWER);
    await expect(preview).toContainText(`${LEVY} ${HTML_TITLE}`);
    await expect(preview).toContainText(TEXT_IMG);
    await expect(preview).toContainText(NOTE);
    // Scope options are cut at 70 characters: the title's start, then the start of its payload.
    const scope = page
      .getByTestId('report-scope')
      .locator('option', { hasText: `${QUAY} <script>window.__xss` });
    await expect(scope).toHaveCount(1);
    await expectNothingRan(page, w, 'the report screen');
    const levy = page.getByTestId('report-scope').locator('option', { hasText: LEVY });
    await page.getByTestId('report-scope').selectOption((await levy.getAttribute('value'))!);
    await expect(preview).toContainText('1 conflicting');
    await expect(preview).toContainText(TEXT_SCRIPT);
    await expectNothingRan(page, w, 'the report screen (one story)');
    await page.getByTestId('report-screen').getByRole('button', { name: 'Back' }).click();
    await expect(page.getByTestId('report-screen')).toBeHidden();

    // Help overlay.
    await page.locator('[data-region="list"]').focus();
    await page.keyboard.press('?');
    await expect(page.getByTestId('help-overlay')).toBeVisible();
    await expectNothingRan(page, w, 'the help overlay');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('help-overlay')).toBeHidden();
    await expectNothingRan(page, w, 'the end');
  } finally {
    rmSync(join(folder, '..'), { recursive: true, force: true });
  }
});

test('the exported HTML and Markdown reports keep every payload as text', async ({
  page,
  served,
  browser,
}) => {
  const w = watch(page, appOrigin(served.url));
  await page.addInitScript(watchMarkup);
  const folder = hostileFolder();
  const out = mkdtempSync(join(tmpdir(), 'crosscheck-xss-report-'));
  try {
    await page.goto(served.url);
    await importHostile(page, folder);
    await page.keyboard.press('Escape');
    // One verdict with a hostile note and reviewer, so every part of the report carries a payload.
    await storyTitle(page, LEVY).click();
    await page.getByTestId('story-review').click();
    await page.getByTestId('reviewer-name').fill(REVIEWER);
    await page.getByTestId('reviewer-name').press('Tab');
    await page.getByTestId('claim-item').filter({ hasText: TEXT_IMG }).first().click();
    await page.keyboard.press('x');
    await expect(page.getByTestId('review-status')).toContainText('Saved: conflicting');
    await page.getByTestId('verdict-note').fill(NOTE);
    await page.getByTestId('verdict-note').blur();
    await expect(page.getByTestId('review-status')).toContainText('Note saved');
    await page.getByTestId('add-evidence').click();
    await expect(page.getByTestId('evidence-list')).toContainText(TEXT_IMG);
    await page.keyboard.press('Escape');
    await page.getByTestId('open-report').click();
    await expect(page.getByTestId('report-summary')).toContainText('1 of');
    await page.getByTestId('report-appendix').check();
    await page.getByLabel('Title').fill(REPORT_TITLE);
    await page.getByLabel('Organisation').fill(ORGANISATION);
    await expect(page.getByTestId('report-preview').locator('h1')).toHaveText(REPORT_TITLE);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-html').click(),
    ]);
    const file = join(out, 'report.html');
    copyFileSync((await download.path())!, file);
    const [mdDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-md').click(),
    ]);
    const markdown = readFileSync((await mdDownload.path())!, 'utf8');
    await expectNothingRan(page, w, 'the exports');

    // The HTML report as a page of its own, JavaScript on: nothing runs, every payload is text.
    const context = await browser.newContext({ javaScriptEnabled: true });
    try {
      const reader = await context.newPage();
      const url = pathToFileURL(file).href;
      const rw = watch(reader, (u) => u === url);
      await reader.addInitScript(watchMarkup);
      await reader.goto(url);
      await expect(reader.locator('h1')).toHaveText(REPORT_TITLE);
      const body = reader.locator('body');
      for (const payload of [
        ORGANISATION,
        REVIEWER,
        NOTE,
        HTML_TITLE,
        TEXT_IMG,
        TEXT_SCRIPT,
        JSON_OUTLET,
        MD_SVG,
      ])
        await expect(body).toContainText(payload);
      expect(await evidence(reader, rw), 'the exported HTML report').toEqual(CLEAN);
      // The same HTML through setContent (about:blank, no file origin), and no element with a
      // handler or a script in the whole document.
      await reader.setContent(readFileSync(file, 'utf8'));
      await expect(reader.locator('h1')).toHaveText(REPORT_TITLE);
      expect(
        await reader.locator('script, iframe, svg, img, object, embed, meta[http-equiv], a[href]').count(),
      ).toBe(0);
      expect(await reader.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(rw.dialogs).toEqual([]);
      expect(rw.offOrigin).toEqual([]);
    } finally {
      await context.close();
    }

    // Markdown: no raw tag and no link survives from the articles, notes or fields.
    expect(markdown).toContain('onerror');
    expect(markdown).not.toMatch(/<(img|script|svg|iframe|a)\b/i);
    expect(markdown).not.toMatch(/\]\(javascript:/i);
  } finally {
    rmSync(join(folder, '..'), { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
});
