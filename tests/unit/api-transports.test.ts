// Both doors to the services reject with one ApiError that keeps the service's code, so the UI
// can tell "no such article" from a bug: browser mode's HTTP transport against a real server,
// and the desktop client over the real dispatch gate (as the main process's IPC runs it).
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  API_METHODS,
  type ApiMethod,
  type ApiResponse,
  type CrosscheckBridge,
  type WorkbenchApi,
} from '../../shared/api';
import { createApiClient, createBridgedApi, type ApiInvoke } from '../../shared/api-client';
import { ApiError, isApiError, isApiErrorData } from '../../shared/api-error';
import { dispatch } from '../../electron/services/api-dispatch';
import { WorkspaceSession } from '../../electron/services/workspace-session';
import { startBrowserServer, type BrowserServer } from '../../electron/server/http-server';
import { createClient } from '../../renderer/api/client';
import { createHttpApi } from '../../renderer/api/http-transport';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
/** A well-formed article id no workspace here holds. */
const MISSING = '0123456789abcdef';
const realFetch = globalThis.fetch;

let session: WorkspaceSession;
let server: BrowserServer;

beforeAll(async () => {
  session = await WorkspaceSession.start(temp(), false, temp(), { mode: 'browser' });
  server = await startBrowserServer({ api: session.api, staticDir: temp(), log: () => undefined });
});
afterAll(() => server.close());
afterEach(() => {
  vi.unstubAllGlobals();
});

/** The page's relative `/api/…` URLs, sent to `base` as the browser would send them to its origin. */
function serveFrom(base: string): void {
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => realFetch(new URL(url, base), init));
}

/** The ApiError a call rejects with (fails the test if it resolves or rejects with anything else). */
async function rejection(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => expect.fail('the call succeeded'),
    (e: unknown) => e,
  );
  expect(isApiError(error), String(error)).toBe(true);
  expect(error).toBeInstanceOf(Error);
  return error as ApiError;
}

/** The desktop path: the real gate of electron/main/ipc.ts, with IPC's structured clone both ways. */
const overIpc: ApiInvoke = async (method, input) =>
  structuredClone(await dispatch(session.api, method, structuredClone(input), () => undefined));

describe('browser mode HTTP transport', () => {
  it('rejects a missing article with code not-found and the service’s sentence', async () => {
    serveFrom(`http://127.0.0.1:${server.port}`);
    const error = await rejection(createHttpApi(server.token).getArticle({ ref: MISSING }));
    expect(error.code).toBe('not-found');
    expect(error.name).toBe('ApiError');
    expect(error.message).toMatch(/^No article matches "0123456789abcdef"/);
  });

  it('rejects input the schema refuses with code invalid-input', async () => {
    serveFrom(`http://127.0.0.1:${server.port}`);
    const error = await rejection(createHttpApi(server.token).getArticle({ ref: '' }));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/^Invalid input for getArticle at ref/);
  });

  it('resolves with the service’s value when the call succeeds', async () => {
    serveFrom(`http://127.0.0.1:${server.port}`);
    const info = await createHttpApi(server.token).getWorkspaceInfo({});
    expect(info).toMatchObject({ mode: 'browser', articleCount: 0 });
  });

  it('says how to fix a refused or missing token, with code forbidden', async () => {
    serveFrom(`http://127.0.0.1:${server.port}`);
    const wrong = await rejection(createHttpApi('x'.repeat(server.token.length)).listArticles({}));
    expect(wrong.code).toBe('forbidden');
    expect(wrong.message).toBe(
      'The server refused the access token. Open the link printed by the running “crosscheck serve” again.',
    );
    const none = await rejection(createHttpApi(null).listArticles({}));
    expect(none.code).toBe('forbidden');
    expect(none.message).toBe(
      'This page has no access token. Open the link printed by “crosscheck serve”, which carries it.',
    );
  });

  it('reports a server that no longer answers as unreachable', async () => {
    const closed = await freePort();
    serveFrom(`http://127.0.0.1:${closed}`);
    const error = await rejection(createHttpApi(server.token).listArticles({}));
    expect(error.code).toBe('unreachable');
    expect(error.message).toBe('Could not reach the Crosscheck server. Is “crosscheck serve” still running?');
  });

  it('reports an HTTP failure without an API answer as bad-response, never as not-found', async () => {
    for (const status of [404, 502]) {
      vi.stubGlobal('fetch', async () => new Response('<h1>Not here</h1>', { status }));
      const error = await rejection(createHttpApi(server.token).getArticle({ ref: MISSING }));
      expect(error.code).toBe('bad-response');
      expect(error.message).toBe(`The Crosscheck server answered with HTTP ${status}.`);
    }
    vi.stubGlobal('fetch', async () => new Response('{"ok":false}', { status: 200 }));
    const unreadable = await rejection(createHttpApi(server.token).listArticles({}));
    expect(unreadable.code).toBe('bad-response');
    expect(unreadable.message).toBe('The server sent an unreadable answer to listArticles.');
  });
});

describe('desktop client over the IPC gate', () => {
  it('rejects a missing article with code not-found', async () => {
    const error = await rejection(createApiClient(overIpc).getArticle({ ref: MISSING }));
    expect(error.code).toBe('not-found');
    expect(error.message).toMatch(/^No article matches "0123456789abcdef"/);
  });

  it('rejects input the schema refuses with code invalid-input', async () => {
    const error = await rejection(createApiClient(overIpc).getArticle({ ref: '' }));
    expect(error.code).toBe('invalid-input');
  });

  it('resolves with the service’s value when the call succeeds', async () => {
    expect(await createApiClient(overIpc).listArticles({})).toEqual([]);
  });

  it('keeps the code across contextBridge, which cuts a thrown Error down to its message', async () => {
    // An ApiError thrown in the preload would reach the page without its code:
    const lost = await acrossContextBridge(createApiClient(overIpc))
      .getArticle({ ref: MISSING })
      .catch((e: unknown) => e);
    expect(lost).toBeInstanceOf(Error);
    expect(isApiError(lost)).toBe(false);
    // So the preload's api rejects with plain data, and the page's client makes its own ApiError.
    vi.stubGlobal('window', { crosscheck: bridgeOf(acrossContextBridge(createBridgedApi(overIpc))) });
    const client = createClient();
    expect(client.mode).toBe('desktop');
    const error = await rejection(client.api.getArticle({ ref: MISSING }));
    expect(error.code).toBe('not-found');
    expect(error.message).toMatch(/^No article matches "0123456789abcdef"/);
    expect(await client.api.listArticles({})).toEqual([]);
  });

  it('passes any other rejection from the bridge through unchanged', async () => {
    // A stand-in bridge (the e2e tests') that throws plain Errors: the message still shows.
    const plain = new Error('the stand-in failed');
    const api = Object.fromEntries(API_METHODS.map((m) => [m, async () => Promise.reject(plain)]));
    vi.stubGlobal('window', { crosscheck: bridgeOf(api as unknown as WorkbenchApi) });
    expect(
      await createClient()
        .api.listStories({})
        .catch((e: unknown) => e),
    ).toBe(plain);
  });
});

/**
 * What Electron's contextBridge does to a call's rejection: an Error is rebuilt in the page
 * from its message alone, plain data is copied whole.
 */
function acrossContextBridge(api: WorkbenchApi): WorkbenchApi {
  const copy = Object.fromEntries(
    API_METHODS.map((m) => [
      m,
      (input: unknown) =>
        api[m](input as never).catch((e: unknown) => {
          throw e instanceof Error ? new Error(e.message) : structuredClone(e);
        }),
    ]),
  );
  return copy as unknown as WorkbenchApi;
}

function bridgeOf(api: WorkbenchApi): CrosscheckBridge {
  return { api, desktop: {} as CrosscheckBridge['desktop'] };
}

describe('the client generated from API_METHODS', () => {
  const record: Array<[ApiMethod, unknown]> = [];
  const recording: ApiInvoke = async (method, input) => {
    record.push([method, input]);
    return { ok: true, value: method } satisfies ApiResponse<unknown>;
  };

  it('has every method of the contract, and nothing else, on every client', () => {
    for (const client of [createApiClient(recording), createBridgedApi(recording), createHttpApi('token')]) {
      for (const method of API_METHODS) expect(typeof client[method], method).toBe('function');
      expect(Object.keys(client).sort()).toEqual([...API_METHODS].sort());
    }
  });

  it('sends each method under its own name, an absent input as {}', async () => {
    const client = createApiClient(recording);
    for (const method of API_METHODS) {
      record.length = 0;
      expect(await client[method](undefined as never), method).toBe(method);
      expect(record, method).toEqual([[method, {}]]);
    }
  });

  it('turns a code this build does not know into failed, keeping the message', async () => {
    const client = createApiClient(async () => ({
      ok: false,
      error: { code: 'exploded', message: 'Something new went wrong.' },
    }));
    const error = await rejection(client.listStories({}));
    expect(error.code).toBe('failed');
    expect(error.message).toBe('Something new went wrong.');
  });

  it('recognises an ApiError by shape too, never a plain Error, and its data form apart', () => {
    const foreign = Object.assign(new Error('gone'), { name: 'ApiError', code: 'not-found' });
    expect(isApiError(foreign)).toBe(true);
    expect(isApiError(new Error('gone'))).toBe(false);
    expect(isApiError({ name: 'ApiError', code: 'not-found', message: 'gone' })).toBe(false);
    expect(isApiError(new ApiError('busy', 'wait'))).toBe(true);
    // Its data form, for contextBridge, is plain data only.
    expect(isApiErrorData({ name: 'ApiError', code: 'not-found', message: 'gone' })).toBe(true);
    expect(isApiErrorData(foreign)).toBe(false);
    expect(isApiErrorData({ name: 'ApiError', code: 'exploded', message: 'gone' })).toBe(false);
  });
});

/** A port nothing listens on (taken, then released). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
