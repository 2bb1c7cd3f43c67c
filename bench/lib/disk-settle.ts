// The disk check of the import benchmark: what creating one small file costs right now, and a
// bounded wait while that cost is still inflated by files deleted shortly before.
//
// Why: the import creates one file per article; the raw read it is compared with creates none.
// On ext4 without a journal (this VM's root file system) the kernel scans past every recently
// deleted inode for each new file (`recently_deleted` in ext4's inode allocator: an inode
// deleted within the last 60 s, or 360 s while its inode table block is unwritten). For a few
// minutes after many deletions — a test run's, or the previous bench run's 62,000 — creating a
// file costs 100–365 µs instead of 19–29 µs (measured 2026-11-30), which adds 1–3 s to an
// import of 10,000 articles: the disk's state, not the importer's work. The slow spell can
// begin 10–30 s after the deletions and last up to 6 minutes, so the disk is checked before
// every round, not once. Every wait is printed, and the result line gives each round's check.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Files per check, each PROBE_BYTES, created one after another as the importer writes articles. */
export const PROBE_FILES = 500;
export const PROBE_BYTES = 4096;
/**
 * Above this many µs per file the disk is taken to be still busy with recent deletions. Checks
 * here: 19–29 µs when quiet; 46–71 µs as a slow spell fades, when an import still ran 20–35%
 * slower; 100–365 µs in one.
 */
export const SETTLED_MICROS = 40;
const STEP_MS = 20_000;
/** The longest wait in all, for one benchmark run (the slow spells measured here lasted 1–6 minutes). */
export const MAX_WAIT_MS = 6 * 60_000;

export interface DiskSettleOptions {
  readonly maxWaitMs?: number;
  readonly stepMs?: number;
  /** Creates the check's files in this new folder; returns µs per file (microsPerFile). */
  readonly measure?: (dir: string) => number;
  readonly platform?: NodeJS.Platform;
}

/**
 * Checks the disk under `dir` before each round. On Linux, while creating a file costs more
 * than SETTLED_MICROS, it syncs and checks again every 20 s, for at most MAX_WAIT_MS over all
 * rounds. Elsewhere (other file systems' costs are their own, not a passing state) it only
 * checks. `say` gets a line for each wait.
 */
export class DiskSettler {
  /** µs per file at each round's last check, just before the round. */
  readonly before: number[] = [];
  /** The highest cost seen by any check. */
  worst = 0;
  waitedMs = 0;
  private checks = 0;
  private readonly maxWait: number;
  private readonly step: number;
  private readonly measure: (dir: string) => number;
  private readonly linux: boolean;

  constructor(
    private readonly dir: string,
    private readonly say: (line: string) => void,
    options: DiskSettleOptions = {},
  ) {
    this.maxWait = options.maxWaitMs ?? MAX_WAIT_MS;
    this.step = options.stepMs ?? STEP_MS;
    this.measure = options.measure ?? microsPerFile;
    this.linux = (options.platform ?? process.platform) === 'linux';
  }

  /** Waits, if need be, until the disk has settled or the wait budget is spent. */
  async settle(): Promise<void> {
    let now = this.check();
    while (this.linux && now > SETTLED_MICROS && this.waitedMs < this.maxWait) {
      this.say(
        `disk check: creating a file costs ${Math.round(now)} µs (settled: under ${SETTLED_MICROS}); ` +
          `files deleted shortly before still slow the disk down, checking again in ${this.step / 1000} s`,
      );
      // Inode tables written out count as "recently deleted" for 1 minute, not 6.
      spawnSync('sync', ['-f', this.dir], { timeout: 120_000 });
      await sleep(this.step);
      this.waitedMs += this.step;
      now = this.check();
    }
    this.before.push(now);
  }

  /** The result line's text. */
  describe(): string {
    const each = `${this.before.map(Math.round).join(', ')} µs before the rounds (${PROBE_FILES} files of ${PROBE_BYTES / 1024} KB, one after another)`;
    const slow = this.before.flatMap((micros, i) => (micros > SETTLED_MICROS ? [i + 1] : []));
    const waited = `waited ${Math.round(this.waitedMs / 1000)} s in all`;
    if (slow.length > 0)
      return `${each}; ${waited}, and ${slow.length > 1 ? 'rounds' : 'round'} ${slow.join(', ')} still ran on a slow disk: the import paid for it`;
    if (this.waitedMs === 0) return each;
    return `${each}; up to ${Math.round(this.worst)} µs just after recent deletions: ${waited} for the disk to settle`;
  }

  private check(): number {
    const micros = this.measure(join(this.dir, `disk-check-${this.checks++}`));
    this.worst = Math.max(this.worst, micros);
    return micros;
  }
}

/** Creates PROBE_FILES files in a new folder `dir`; the µs each took on average. */
export function microsPerFile(dir: string): number {
  mkdirSync(dir);
  const content = new Uint8Array(PROBE_BYTES).fill(0x61);
  const start = performance.now();
  for (let i = 0; i < PROBE_FILES; i++) writeFileSync(join(dir, `${i}.json`), content);
  return ((performance.now() - start) * 1000) / PROBE_FILES;
}
