// The one-writer lock of a workspace, across processes: `crosscheck.lock`, created with
// O_EXCL (exactly one process can create it) and holding the owner's pid, host, start time
// and a nonce. It is held only around a read-modify-write of the workspace (milliseconds), so
// a second writer waits briefly; a lock whose owner died (same host, pid gone) or that has
// been held far longer than any write takes is stale and broken. When the wait runs out, the
// error names who holds the workspace.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { link, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { WorkbenchError } from '../../shared/model';

export const LOCK_FILE = 'crosscheck.lock';

export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  /** ISO time the lock was taken. */
  readonly since: string;
  /** What the owner is doing ("import", "verdict"…), for the message a waiting writer shows. */
  readonly purpose: string;
  readonly nonce: string;
}

export interface LockOptions {
  /** How long a second writer waits before giving up (ms). */
  readonly waitMs?: number;
  /** A lock older than this is stale whoever holds it (ms): no write holds it for so long. */
  readonly staleMs?: number;
}

const WAIT_MS = 15_000;
const STALE_MS = 120_000;
/** A lock file still empty after this long belongs to a writer that died while creating it. */
const EMPTY_STALE_MS = 5_000;

/** Runs `work` holding the workspace's lock; the lock is released however `work` ends. */
export async function withWorkspaceLock<T>(
  dir: string,
  purpose: string,
  work: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const release = await acquireLock(dir, purpose, options);
  try {
    return await work();
  } finally {
    await release();
  }
}

export async function acquireLock(
  dir: string,
  purpose: string,
  { waitMs = WAIT_MS, staleMs = STALE_MS }: LockOptions = {},
): Promise<() => Promise<void>> {
  const file = join(dir, LOCK_FILE);
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    purpose,
    nonce: randomBytes(8).toString('hex'),
  };
  const deadline = Date.now() + waitMs;
  let pause = 5;
  for (;;) {
    if (await tryCreate(file, me)) return () => releaseLock(file, me.nonce);
    const seen = await readOwner(file);
    if (seen === 'gone') continue;
    if (isStale(seen, staleMs)) {
      await breakStale(file, seen.text);
      continue;
    }
    if (Date.now() >= deadline) throw busyError(dir, seen.owner);
    await new Promise((resolve) => setTimeout(resolve, pause + Math.random() * pause));
    pause = Math.min(pause * 2, 100);
  }
}

async function tryCreate(file: string, me: LockOwner): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    await handle.writeFile(JSON.stringify(me));
  } finally {
    await handle.close();
  }
  return true;
}

type Seen = { owner: LockOwner | null; text: string; ageMs: number };

async function readOwner(file: string): Promise<Seen | 'gone'> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw err;
  }
  try {
    const [text, stats] = [await handle.readFile('utf8'), await handle.stat()];
    return { owner: parseOwner(text), text, ageMs: Date.now() - stats.mtimeMs };
  } finally {
    await handle.close();
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    const o = JSON.parse(text) as Partial<LockOwner>;
    if (typeof o.pid === 'number' && typeof o.host === 'string' && typeof o.since === 'string')
      return {
        pid: o.pid,
        host: o.host,
        since: o.since,
        purpose: String(o.purpose ?? ''),
        nonce: String(o.nonce),
      };
  } catch {
    // Empty or cut short: judged by its age below.
  }
  return null;
}

function isStale(seen: Seen, staleMs: number): boolean {
  if (!seen.owner) return seen.ageMs > EMPTY_STALE_MS;
  if (seen.ageMs > staleMs) return true;
  return seen.owner.host === hostname() && !processAlive(seen.owner.pid);
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes a stale lock away. Renamed aside first and read again, so two writers breaking one
 * stale lock at once cannot take away the fresh lock one of them has just created: whoever
 * moved a lock that is not the stale one puts it back.
 */
async function breakStale(file: string, staleText: string): Promise<void> {
  const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
  try {
    await rename(file, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  const moved = await readFile(aside, 'utf8').catch(() => null);
  if (moved !== null && moved !== staleText) {
    // Someone's live lock: back in place unless a third writer already took the name.
    await link(aside, file).catch(() => undefined);
  }
  await rm(aside, { force: true });
}

async function releaseLock(file: string, nonce: string): Promise<void> {
  const seen = await readOwner(file).catch(() => 'gone' as const);
  // Only our own lock: if it was broken as stale meanwhile, the file is another writer's now.
  if (seen !== 'gone' && seen.owner?.nonce === nonce) await rm(file, { force: true });
}

function busyError(dir: string, holder: LockOwner | null): WorkbenchError {
  const who = holder
    ? `process ${holder.pid} on ${holder.host}${holder.purpose ? ` (${holder.purpose})` : ''}, since ${holder.since}`
    : 'another process';
  return new WorkbenchError(
    'busy',
    `The workspace ${dir} is being written by ${who}; nothing was changed — try again when it has finished.`,
  );
}
