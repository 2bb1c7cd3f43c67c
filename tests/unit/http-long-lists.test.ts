// Browser mode writes a long list (the articles of a large workspace) a slice at a time: the
// bytes must be exactly what one JSON text of the whole answer would be, for any list length
// around the slice sizes, and with characters beyond Latin-1 (which make V8 hold a whole-answer
// string at two bytes a character — the memory the slices save).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkbenchApi } from '../../shared/api';
import { startBrowserServer, type BrowserServer } from '../../electron/server/http-server';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
let server: BrowserServer;
let list: unknown[] = [];

const article = (i: number) => ({
  id: i.toString(16).padStart(16, '0'),
  title: i % 7 === 0 ? `Fährverbindung „Nord“ — ${i} Fahrten ✓` : `Ferry link ${i}`,
  outlet: i % 3 ? 'Kvällsposten' : null,
  date: '2024-05-0' + (1 + (i % 9)),
  byline: null,
  dateline: null,
  sourcePath: `/news/${i}.txt`,
  format: 'txt',
  words: 100 + i,
});

beforeAll(async () => {
  const api = { listArticles: async () => list } as unknown as WorkbenchApi;
  server = await startBrowserServer({ api, staticDir: temp(), log: () => undefined });
});
afterAll(() => server.close());

async function call(): Promise<{ status: number; text: string }> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/listArticles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-crosscheck-token': server.token },
    body: '{}',
  });
  return { status: res.status, text: await res.text() };
}

describe('a long list over browser mode', () => {
  it.each([0, 999, 1_000, 1_001, 1_500, 20_000])('of %i articles is the same JSON as one text', async (n) => {
    list = Array.from({ length: n }, (_, i) => article(i));
    const { status, text } = await call();
    expect(status).toBe(200);
    expect(text).toBe(JSON.stringify({ ok: true, value: list }));
  });
});
