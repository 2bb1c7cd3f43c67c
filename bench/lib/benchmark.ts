// The shape every benchmark in bench/ has, and the small measuring tools they share. A
// benchmark returns lines ("label: value", with a goal when the issue sets one) and a list of
// correctness failures; bench/run.ts prints the lines and exits 1 only on failures, so a
// missed performance goal is reported without breaking a script that runs the bench.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Goal {
  /** What the issue asks for, e.g. "≤ 5×". */
  readonly target: string;
  readonly met: boolean;
}

export interface ResultLine {
  readonly label: string;
  readonly value: string;
  readonly goal?: Goal;
}

export interface Result {
  readonly lines: readonly ResultLine[];
  /** Wrong results (not slow ones): any entry makes `npm run bench` exit 1. */
  readonly failures: readonly string[];
}

export interface Benchmark {
  readonly name: string;
  run(): Promise<Result>;
}

/**
 * BENCH_SCALE shrinks (or grows) every corpus, e.g. 0.1 for a quick check. A bad value is an
 * error rather than a silent default, so a typo cannot pass off a small run as the full one.
 */
export function benchScale(): number {
  const raw = process.env.BENCH_SCALE;
  if (raw === undefined || raw === '') return 1;
  const scale = Number(raw);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) {
    throw new Error(`BENCH_SCALE must be a number above 0 and at most 10 (got "${raw}").`);
  }
  return scale;
}

/**
 * Runs `work` in a fresh temporary folder and always removes the folder afterwards, then syncs
 * that file system. On ext4 without a journal (this VM's disk) creating a file costs several
 * times more while many deleted inodes are recent, and an inode whose table block is still
 * unwritten stays recent for 6 minutes instead of 1 (see disk-settle.ts): written out, this
 * run's cleanup costs whatever runs next less. Measured: 60,000 files deleted, creating files
 * was slow for 3.5 min without the sync and for 65–80 s with it; work that creates many files
 * meanwhile (the next import benchmark) can still find it slow for longer.
 */
export async function withTempDir<T>(prefix: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(process.env.BENCH_TMPDIR ?? tmpdir(), `crosscheck-bench-${prefix}-`));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
    if (process.platform === 'linux') syncFileSystem(dirname(dir), 120_000);
  }
}

/** Writes out the file system holding `dir` (Linux's `sync -f`); false when that failed. */
export function syncFileSystem(dir: string, timeoutMs: number): boolean {
  const result = spawnSync('sync', ['-f', dir], { timeout: timeoutMs });
  return !result.error && result.status === 0;
}

/** Wall-clock seconds taken by `work`, with its result. */
export async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { seconds: (performance.now() - start) / 1000, value };
}

/**
 * Samples resident memory every `intervalMs` while running `work`. Sampling (not only the
 * process-wide maxRSS) gives the peak of this phase alone, not of corpus generation before it.
 * Synchronous stretches delay samples, so the value after `work` is sampled too.
 */
export async function withPeakRss<T>(
  work: () => Promise<T>,
  intervalMs = 50,
): Promise<{ peakBytes: number; value: T }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, intervalMs);
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { peakBytes: peak, value };
  } finally {
    clearInterval(timer);
  }
}

/** The importer's own bounded pool, so the raw-read baseline reads files the same way. */
export { runLimited as inPool } from '../../shared/run-limited';

/** The middle value (the upper of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  return [...values].sort((p, q) => p - q)[Math.floor(values.length / 2)]!;
}

export const MB = 1024 * 1024;

export function fmt(n: number, digits = 2): string {
  return n.toFixed(digits);
}

export function goal(target: string, met: boolean): Goal {
  return { target, met };
}
