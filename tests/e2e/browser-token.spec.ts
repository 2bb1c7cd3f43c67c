// Browser mode's per-launch token, seen from the page: it arrives once in the URL fragment
// (never sent to the server, never left in the address bar), then travels in a header on every
// API call; a page without it, or with a wrong one, gets nothing and says how to get in.
import { TOKEN_HEADER } from '../../shared/api-constants';
import { expect, test } from './fixtures';

test('the token is read from the fragment once, then sent in a header on every call', async ({
  page,
  served,
}) => {
  const token = new URLSearchParams(new URL(served.url).hash.slice(1)).get('token')!;
  expect(token.length).toBeGreaterThanOrEqual(32);
  const calls: { url: string; header: string | null }[] = [];
  page.on('request', (request) => {
    calls.push({ url: request.url(), header: request.headers()[TOKEN_HEADER] ?? null });
  });
  await page.goto(served.url);
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await expect(page).not.toHaveURL(/token/);

  await page.reload();
  await expect(page.getByTestId('empty-state')).toBeVisible();
  const api = calls.filter((c) => new URL(c.url).pathname.startsWith('/api/'));
  expect(api.length).toBeGreaterThan(2);
  expect(api.every((c) => c.header === token)).toBe(true);
  // Neither the page nor its files were ever asked for with the token in the address.
  expect(calls.filter((c) => c.url.includes(token))).toEqual([]);
});

test('a page opened without the token, or with a wrong one, is refused and says why', async ({
  browser,
  served,
}) => {
  const bare = served.url.replace(/#.*$/, '');
  for (const [url, message] of [
    [bare, 'This page has no access token'],
    [`${bare}#token=not-the-token`, 'The server refused the access token'],
  ] as const) {
    // A fresh context: no session storage carried over from another tab.
    const context = await browser.newContext();
    const page = await context.newPage();
    const statuses: number[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/api/')) statuses.push(response.status());
    });
    await page.goto(url);
    await expect(page.locator('.banner').filter({ hasText: message }).first()).toBeVisible();
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 401)).toBe(true);
    await expect(page.getByTestId('article-row')).toHaveCount(0);
    await context.close();
  }
});
