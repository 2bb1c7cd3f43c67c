// Browser mode: the same WorkbenchApi over HTTP on the loopback interface only.
// The app shell (built renderer files, no data) is served to anyone on 127.0.0.1; every API
// call must carry the per-launch token in a header, so other local pages and processes that
// do not know the token get nothing. Host and Origin are checked against our own address to
// shut out DNS-rebinding pages.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { API_PATH_PREFIX, TOKEN_HEADER, type WorkbenchApi } from '../../shared/api';
import { dispatch } from '../services/api-dispatch';
import { serveStatic } from './static-files';

export interface BrowserServer {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  readonly api: WorkbenchApi;
  readonly staticDir: string;
  /** 0 (default) picks a free port. */
  readonly port?: number;
  readonly token?: string;
  readonly log?: (message: string) => void;
}

/** Large enough for one upload batch (500 files or ~8 MB of base64), small enough to refuse floods. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
const HOST = '127.0.0.1';

export async function startBrowserServer(options: ServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const log = options.log ?? ((m: string) => console.error(m));
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log(`crosscheck serve: ${(err as Error).stack ?? String(err)}`);
      if (!res.headersSent)
        send(res, 500, { ok: false, error: { code: 'failed', message: 'Internal error.' } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const allowedHosts = new Set([`${HOST}:${port}`, `localhost:${port}`]);
    if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 403, error('forbidden', 'Unknown host.'));
    const url = new URL(req.url ?? '/', `http://${HOST}:${port}`);
    if (!url.pathname.startsWith(API_PATH_PREFIX)) {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(res, 405, error('invalid-input', 'Method not allowed.'));
      return serveStatic(options.staticDir, url.pathname, req.method === 'HEAD', res);
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      return send(res, 403, error('forbidden', 'Cross-origin requests are refused.'));
    }
    if (!hasToken(req.headers[TOKEN_HEADER]))
      return send(res, 401, error('forbidden', 'Missing or wrong browser-mode token.'));
    if (req.method !== 'POST') return send(res, 405, error('invalid-input', 'API calls use POST.'));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(res, 415, error('invalid-input', 'API calls send application/json.'));
    }
    const body = await readBody(req);
    if (body === null)
      return send(res, 413, error('invalid-input', `Request larger than ${MAX_BODY_BYTES} bytes.`));
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      return send(res, 400, error('invalid-input', 'The request body is not valid JSON.'));
    }
    const result = await dispatch(options.api, url.pathname.slice(API_PATH_PREFIX.length), input, log);
    if (result.ok && Array.isArray(result.value) && result.value.length > STREAM_FROM)
      return sendList(res, result.value);
    send(res, result.ok ? 200 : statusOf(result.error.code), result);
  }

  function hasToken(value: string | string[] | undefined): boolean {
    if (typeof value !== 'string') return false;
    const given = Buffer.from(value);
    return given.length === tokenBytes.length && timingSafeEqual(given, tokenBytes);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${HOST}:${port}/#token=${token}`,
    port,
    token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function error(code: string, message: string) {
  return { ok: false, error: { code, message } };
}

function statusOf(code: string): number {
  return code === 'not-found'
    ? 404
    : code === 'forbidden'
      ? 403
      : code === 'busy'
        ? 409
        : code === 'failed'
          ? 500
          : 400;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

/** Lists longer than this are written in slices (sendList). */
const STREAM_FROM = 1_000;
const ITEMS_PER_SLICE = 500;

/**
 * A long list (the articles of a 20,000-article workspace: 6 MB of JSON, held as a 12 MB
 * string when any title has a character beyond Latin-1, then copied into a buffer) written a
 * slice at a time, waiting for the socket to take each: the same bytes as send() would write
 * for `{ ok: true, value }`, without the whole text ever in memory.
 */
async function sendList(res: ServerResponse, list: readonly unknown[]): Promise<void> {
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  let text = '{"ok":true,"value":[';
  for (let i = 0; i < list.length; i += ITEMS_PER_SLICE) {
    const slice = JSON.stringify(list.slice(i, i + ITEMS_PER_SLICE));
    text += (i > 0 ? ',' : '') + slice.slice(1, -1);
    if (!res.write(text) && !(await drained(res))) return;
    text = '';
  }
  res.end(']}');
}

/** Waits until the socket takes more: true, or false when the connection closed first. */
function drained(res: ServerResponse): Promise<boolean> {
  return new Promise((resolve) => {
    const settle = (more: boolean) => () => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(more);
    };
    const onDrain = settle(true);
    const onClose = settle(false);
    res.once('drain', onDrain);
    res.once('close', onClose);
  });
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
