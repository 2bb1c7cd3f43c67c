// Browser mode's HTTP door: loopback only, token on every API call, same contract as IPC.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../shared/api';
import { SCHEMA_VERSION } from '../../electron/store/workspace-document';
import { WorkspaceSession } from '../../electron/services/workspace-session';
import { startBrowserServer, type BrowserServer } from '../../electron/server/http-server';
import { PROJECT_ROOT } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
let server: BrowserServer;
let base: string;

beforeAll(async () => {
  const staticDir = temp();
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Crosscheck</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  const { api } = await WorkspaceSession.start(temp(), false, temp(), { mode: 'browser' });
  server = await startBrowserServer({ api, staticDir, log: () => undefined });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.close());

const call = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, ...headers },
    body: JSON.stringify(body),
  });

describe('browser mode server', () => {
  it('prints a loopback URL carrying the token in the fragment', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses API calls without the token, or with a wrong one', async () => {
    const none = await fetch(`${base}/api/listArticles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(none.status).toBe(401);
    const wrong = await call('listArticles', {}, { [TOKEN_HEADER]: 'x'.repeat(server.token.length) });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).ok).toBe(false);
  });

  it('answers API calls with the token, through the same contract', async () => {
    const info = await call('getWorkspaceInfo', {});
    expect(info.status).toBe(200);
    expect(await info.json()).toMatchObject({
      ok: true,
      value: { mode: 'browser', articleCount: 0, schemaVersion: SCHEMA_VERSION },
    });
  });

  it('validates every input against the schema', async () => {
    const extra = await call('getArticle', { ref: 'abc', evil: true });
    expect(extra.status).toBe(400);
    expect((await extra.json()).error.message).toMatch(/Invalid input for getArticle/);
    const missing = await call('importPaths', { paths: [] });
    expect(missing.status).toBe(400);
    const unknown = await call('deleteEverything', {});
    expect((await unknown.json()).error.message).toBe('Unknown operation "deleteEverything".');
  });

  it('answers 400, not 500, for a NUL in a path, a date that does not exist, a story merged with itself', async () => {
    for (const [method, input, message] of [
      ['openWorkspace', { path: '/tmp/x\u0000y' }, /NUL/],
      ['importPaths', { paths: ['/tmp/a\u0000b'] }, /NUL/],
      ['getArticle', { ref: 'ab\u0000' }, /NUL/],
      ['getReport', { scope: 'workspace', from: '2025-13-45' }, /no such date/],
      ['getReport', { scope: 'workspace', to: '2025-02-30' }, /no such date/],
      ['mergeStories', { a: 'st-0123456789abcdef', b: 'st-0123456789abcdef' }, /merged with itself/],
    ] as const) {
      const res = await call(method, input);
      expect(res.status, method).toBe(400);
      expect((await res.json()).error.message, method).toMatch(message);
    }
  });

  it('imports uploaded files and lists them', async () => {
    const text =
      'Council backs bridge repair plan\n\nThe council voted 27 to 12 on Tuesday to close the bridge to cars for repairs.\n';
    const res = await call('importFiles', {
      files: [{ path: 'folder/bridge.txt', base64: Buffer.from(text).toString('base64') }],
    });
    const body = await res.json();
    expect(body.value.imported[0]).toMatchObject({
      title: 'Council backs bridge repair plan',
      sourcePath: 'folder/bridge.txt',
    });
    const list = await (await call('listArticles', {})).json();
    expect(list.value).toHaveLength(1);
  });

  it('refuses foreign Host and Origin headers (DNS rebinding, other sites)', async () => {
    const { request } = await import('node:http');
    const status = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port: server.port, path: '/api/listArticles', method: 'POST', headers },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end('{}');
      });
    const good = { 'content-type': 'application/json', [TOKEN_HEADER]: server.token };
    expect(await status({ ...good, host: `evil.example:${server.port}` })).toBe(403);
    expect(await status({ ...good, host: `127.0.0.1:${server.port}`, origin: 'http://evil.example' })).toBe(
      403,
    );
    expect(await status({ ...good, host: `127.0.0.1:${server.port}` })).toBe(200);
  });

  it('serves the app shell with a strict Content-Security-Policy and nothing outside it', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect((await fetch(`${base}/assets/app.js`)).status).toBe(200);
    expect((await fetch(`${base}/..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
  });

  it('listens on the loopback interface only', () => {
    expect(server.url.startsWith('http://127.0.0.1:')).toBe(true);
    expect(PROJECT_ROOT).toBeTruthy();
  });
});
