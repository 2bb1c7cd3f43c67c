// The disk check of the import benchmark: what creating one small file costs right now, and a
// bounded wait while that cost is still inflated by files deleted shortly before.
//
// Why: the import creates one file per article; the raw read it is compared with creates none.
// On ext4 without a journal (this VM's root file system) the kernel scans past every recently
// deleted inode for each new file (`recently_deleted` in ext4's inode allocator: an inode
// deleted within the last 60 s, or 360 s while its inode table block is unwritten). For a few
// minutes after many deletions — a test run's, or the previous bench run's 62,000 — creating a
// file costs 100–365 µs instead of 19–35 µs (measured 2026-11-30), which adds 1–3 s to an
// import of 10,000 articles: the disk's state, not the importer's work. The slow spell can
// begin 10–30 s after the deletions and last up to 6 minutes, so the disk is checked before
// and after every round, not once. Only that file system waits (elsewhere a slow disk is
// simply slow); every wait is printed, and the result line gives each round's checks.
import { mkdirSync, readFileSync, readlinkSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { syncFileSystem } from './benchmark';

/** Files per check, each PROBE_BYTES, created one after another as the importer writes articles. */
export const PROBE_FILES = 500;
export const PROBE_BYTES = 4096;
/**
 * Above this many µs per file the disk is taken to be still slowed by recent deletions. Checks
 * here: 19–35 µs when quiet; 41–71 µs as a slow spell fades, when an import still ran 20–35%
 * slower; 100–365 µs in one.
 */
export const SETTLED_MICROS = 40;
export const STEP_MS = 20_000;
/**
 * The longest wait in all for one benchmark run, syncs included. ext4 counts a deleted inode
 * as recent for 60 s, or 360 s while its inode table block is unwritten — and creating files
 * writes those blocks again; the slow spells measured here lasted 1–6 minutes.
 */
export const MAX_WAIT_MS = 6 * 60_000;
const EXT234_MAGIC = 0xef53;

export interface DiskSettleOptions {
  readonly maxWaitMs?: number;
  readonly stepMs?: number;
  /** Whether slowness here passes (ext2/3/4 without a journal: slowAfterDeletions). */
  readonly passing?: boolean;
  /** Whether to wait where it passes (default true), and why not, for the result line. */
  readonly wait?: boolean;
  readonly notWaitingBecause?: string;
  /** Creates the check's files in this new folder; returns µs per file (microsPerFile). */
  readonly measure?: (dir: string) => number;
  /** Writes out the file system holding `dir`; false when that failed. */
  readonly sync?: (dir: string) => boolean;
  readonly sleep?: (ms: number) => Promise<unknown>;
  readonly now?: () => number;
}

/**
 * Checks the disk under `dir` before and after each round. Where recent deletions slow file
 * creation down, while a file costs more than SETTLED_MICROS before a round, it syncs and
 * checks again every STEP_MS, for at most MAX_WAIT_MS over all rounds. `say` gets a line for
 * each wait. The checks' folders stay until the benchmark's own folder is removed: deleting
 * them would set off the very slow spell this waits out.
 */
export class DiskSettler {
  /** µs per file at each round's last check before it, and at the check after it. */
  readonly before: number[] = [];
  readonly after: number[] = [];
  /** The highest cost seen by a check before a round. */
  worst = 0;
  waitedMs = 0;
  private checks = 0;
  private syncFailed = false;
  private readonly options: Required<Omit<DiskSettleOptions, 'notWaitingBecause' | 'passing'>>;
  /** Slowness on this file system passes: only then is it waited for, or called slow. */
  private readonly passing: boolean;
  private readonly notWaitingBecause: string;

  constructor(
    private readonly dir: string,
    private readonly say: (line: string) => void,
    options: DiskSettleOptions = {},
  ) {
    this.options = {
      maxWaitMs: options.maxWaitMs ?? MAX_WAIT_MS,
      stepMs: options.stepMs ?? STEP_MS,
      wait: options.wait ?? true,
      measure: options.measure ?? microsPerFile,
      sync: options.sync ?? ((folder) => syncFileSystem(folder, 30_000)),
      sleep: options.sleep ?? sleep,
      now: options.now ?? (() => performance.now()),
    };
    this.passing = options.passing ?? slowAfterDeletions(dir);
    this.notWaitingBecause = !this.passing
      ? 'this file system is not ext4 without a journal, whose slow spell passes'
      : (options.notWaitingBecause ?? 'told not to');
  }

  /** Before a round: waits, if need be, until the disk has settled or the budget is spent. */
  async settle(): Promise<void> {
    const { wait, maxWaitMs, stepMs, now } = this.options;
    let micros = this.check();
    this.worst = Math.max(this.worst, micros);
    while (this.passing && wait && micros > SETTLED_MICROS && this.waitedMs < maxWaitMs) {
      this.say(
        `disk check: creating a file costs ${Math.round(micros)} µs (settled: at most ${SETTLED_MICROS}); ` +
          `on ext4 without a journal that usually means files deleted shortly before; checking again in ${stepMs / 1000} s`,
      );
      const start = now();
      // Inode tables written out count as "recently deleted" for 1 minute, not 6.
      if (!this.options.sync(this.dir) && !this.syncFailed) {
        this.syncFailed = true;
        this.say('disk check: `sync -f` failed; waiting without it');
      }
      await this.options.sleep(stepMs);
      this.waitedMs += now() - start;
      micros = this.check();
      this.worst = Math.max(this.worst, micros);
    }
    this.before.push(micros);
  }

  /** After a round: a slow spell can begin during it. */
  checkAfter(): void {
    this.after.push(this.check());
  }

  /** The result line's text. */
  describe(): string {
    const pairs = this.before.map(
      (b, i) => `${Math.round(b)}/${this.after[i] === undefined ? '–' : Math.round(this.after[i]!)}`,
    );
    const each = `${pairs.join(', ')} µs before/after each round (${PROBE_FILES} files of ${PROBE_BYTES / 1024} KB, one after another)`;
    const slow = this.before.flatMap((b, i) =>
      b > SETTLED_MICROS || (this.after[i] ?? 0) > SETTLED_MICROS ? [i + 1] : [],
    );
    const ran =
      this.passing && slow.length > 0
        ? `; ${slow.length > 1 ? 'rounds' : 'round'} ${slow.join(', ')} ran on a slow disk: the import paid for it`
        : '';
    if (!this.passing || !this.options.wait)
      return `${each}; not waited for: ${this.notWaitingBecause}${ran}`;
    if (this.waitedMs === 0) return `${each}${ran}`;
    const until = this.before.some((b) => b > SETTLED_MICROS)
      ? 'the whole budget'
      : `until at most ${SETTLED_MICROS} µs`;
    return `${each}; up to ${Math.round(this.worst)} µs at first: waited ${this.waited()}, ${until}${ran}`;
  }

  /** The wait, e.g. "120 s". */
  waited(): string {
    return `${Math.round(this.waitedMs / 1000)} s`;
  }

  private check(): number {
    return this.options.measure(join(this.dir, `disk-check-${this.checks++}`));
  }
}

/**
 * Whether `dir` is on ext2/3/4 without a journal, where file creation slows down for minutes
 * after many deletions. Read from Linux's sysfs (`journal_task` is "<none>" without a journal);
 * anything unreadable counts as no.
 */
export function slowAfterDeletions(dir: string): boolean {
  if (process.platform !== 'linux') return false;
  try {
    if (statfsSync(dir).type !== EXT234_MAGIC) return false;
    const dev = statSync(dir).dev;
    // Linux's dev_t: major in bits 8–19 (and 32+), minor in bits 0–7 and 20–31.
    const major = Math.floor(dev / 256) & 0xfff;
    const minor = (dev & 0xff) | (Math.floor(dev / 4096) & 0xfff00);
    const device = basename(readlinkSync(`/sys/dev/block/${major}:${minor}`));
    return readFileSync(`/sys/fs/ext4/${device}/journal_task`, 'utf8').trim() === '<none>';
  } catch {
    return false;
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
