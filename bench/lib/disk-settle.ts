// The disk check of the import benchmark: what creating one small file costs right now, and a
// bounded wait while that cost is still inflated by files deleted just before.
//
// Why: the import creates one file per article; the raw read it is compared with creates none.
// On ext4 without a journal (this VM's root file system) the kernel scans past every recently
// deleted inode for each new file (`recently_deleted` in ext4's inode allocator), so for a few
// minutes after many deletions — a test run's, or the previous bench run's 60,000 — creating a
// file costs 200–365 µs instead of 26–44 µs (measured 2026-11-30): 2–3 s more for 10,000
// article files, which is the disk's state, not the importer's work. The wait is printed with
// both costs, so a run that waited says so.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Files per check, each PROBE_BYTES, created one after another as the importer writes articles. */
export const PROBE_FILES = 500;
export const PROBE_BYTES = 4096;
/** Above this many µs per file the disk is taken to be still busy with recent deletions (settled here: 26–82). */
export const SETTLED_MICROS = 100;
const STEP_MS = 20_000;
/** The longest wait: the slow spells measured here lasted 1–4 minutes. */
export const MAX_WAIT_MS = 5 * 60_000;

export interface DiskCheck {
  /** µs to create one file at the first check. */
  readonly first: number;
  /** µs to create one file at the last check, just before the measurement. */
  readonly last: number;
  readonly waitedMs: number;
}

/**
 * Checks the disk under `dir` and, on Linux, while creating a file costs more than
 * SETTLED_MICROS, syncs and checks again every 20 s for at most MAX_WAIT_MS. Elsewhere (other
 * file systems' costs are their own, not a passing state) it only checks. `say` gets a line
 * for each wait.
 */
export async function settleDisk(
  dir: string,
  say: (line: string) => void,
  options: {
    maxWaitMs?: number;
    stepMs?: number;
    measure?: (dir: string) => number;
    platform?: NodeJS.Platform;
  } = {},
): Promise<DiskCheck> {
  const maxWait = options.maxWaitMs ?? MAX_WAIT_MS;
  const step = options.stepMs ?? STEP_MS;
  const measure = options.measure ?? microsPerFile;
  let checks = 0;
  const check = () => measure(join(dir, `disk-check-${checks++}`));
  const first = check();
  let last = first;
  let waitedMs = 0;
  const linux = (options.platform ?? process.platform) === 'linux';
  while (linux && last > SETTLED_MICROS && waitedMs < maxWait) {
    say(
      `disk check: creating a file costs ${Math.round(last)} µs (settled: under ${SETTLED_MICROS}); ` +
        `files deleted shortly before still slow the disk down, checking again in ${step / 1000} s`,
    );
    // Written-out inode tables shorten ext4's "recently deleted" window from minutes to one.
    spawnSync('sync', ['-f', dir], { timeout: 120_000 });
    await sleep(step);
    waitedMs += step;
    last = check();
  }
  return { first, last, waitedMs };
}

/** Creates PROBE_FILES files in a new folder `dir`; the µs each took on average. */
export function microsPerFile(dir: string): number {
  mkdirSync(dir);
  const content = new Uint8Array(PROBE_BYTES).fill(0x61);
  const start = performance.now();
  for (let i = 0; i < PROBE_FILES; i++) writeFileSync(join(dir, `${i}.json`), content);
  return ((performance.now() - start) * 1000) / PROBE_FILES;
}

/** The result line's text. */
export function describeDiskCheck(disk: DiskCheck): string {
  const now = `${Math.round(disk.last)} µs (${PROBE_FILES} files of ${PROBE_BYTES / 1024} KB, one after another, before the rounds)`;
  if (disk.waitedMs === 0) return now;
  const waited = `${Math.round(disk.waitedMs / 1000)} s`;
  if (disk.last > SETTLED_MICROS)
    return `${now}; was ${Math.round(disk.first)} µs, still not settled after waiting ${waited}: the rounds pay for it`;
  return `${now}; was ${Math.round(disk.first)} µs just after recent deletions: waited ${waited} for the disk to settle`;
}
