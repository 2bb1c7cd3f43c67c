// The import benchmark's disk check: it waits only where and while creating a file is slow,
// never longer than its budget over all rounds (syncs included), and its line says whether and
// how long it waited and which rounds ran on a slow disk.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DiskSettler,
  MAX_WAIT_MS,
  microsPerFile,
  PROBE_FILES,
  slowAfterDeletions,
  STEP_MS,
  type DiskSettleOptions,
} from '../../../bench/lib/disk-settle';
import { tempDirs } from '../../helpers/temp-dir';

const temp = tempDirs();

/**
 * A settler on a disk whose checks cost these µs in turn (the last repeats), with a fake clock
 * that sleeping (and, with `syncMs`, syncing) moves on.
 */
function settler(costs: number[], options: DiskSettleOptions & { syncMs?: number; syncOk?: boolean } = {}) {
  const dirs: string[] = [];
  const said: string[] = [];
  let clock = 0;
  let syncs = 0;
  const disk = new DiskSettler('/scratch', (line) => said.push(line), {
    passing: true,
    measure: (dir) => {
      dirs.push(dir);
      return costs[Math.min(dirs.length - 1, costs.length - 1)]!;
    },
    sync: () => {
      syncs++;
      clock += options.syncMs ?? 0;
      return options.syncOk ?? true;
    },
    sleep: async (ms) => (clock += ms),
    now: () => clock,
    ...options,
  });
  return { disk, dirs, said, syncs: () => syncs };
}

describe('the disk check before and after each round', () => {
  it('waits 20 s at a time while creating a file costs over 40 µs, and stops at 40', async () => {
    const { disk, dirs, said, syncs } = settler([300, 41, 40, 10]);
    await disk.settle();
    expect(disk.before).toEqual([40]);
    expect(disk.waitedMs).toBe(2 * STEP_MS);
    expect(syncs()).toBe(2);
    expect(new Set(dirs).size).toBe(3);
    expect(said).toHaveLength(2);
    expect(said[0]).toMatch(/creating a file costs 300 µs \(settled: at most 40\).*checking again in 20 s/);
    disk.checkAfter();
    expect(disk.after).toEqual([10]);
    expect(disk.describe()).toBe(
      '40/10 µs before/after each round (500 files of 4 KB, one after another); up to 300 µs at first: waited 40 s, until at most 40 µs',
    );
  });

  it('checks again before a later round: a slow spell can begin after the first', async () => {
    const { disk, said } = settler([30, 200, 35]);
    await disk.settle();
    await disk.settle();
    expect(disk.before).toEqual([30, 35]);
    expect(said).toHaveLength(1);
  });

  it('spends at most 6 minutes in all, syncs included, and names the rounds that ran on a slow disk', async () => {
    const { disk, syncs } = settler([400], { syncMs: 100_000 });
    await disk.settle();
    await disk.settle();
    // Each wait took 120 s: three of them spent the budget.
    expect(syncs()).toBe(3);
    expect(disk.waitedMs).toBe(MAX_WAIT_MS);
    expect(MAX_WAIT_MS).toBe(360_000);
    expect(disk.describe()).toMatch(
      /waited 360 s, the whole budget; rounds 1, 2 ran on a slow disk: the import paid for it$/,
    );
  });

  it('names a round whose check after it was slow', async () => {
    const { disk } = settler([30, 200]);
    await disk.settle();
    disk.checkAfter();
    expect(disk.describe()).toBe(
      '30/200 µs before/after each round (500 files of 4 KB, one after another); round 1 ran on a slow disk: the import paid for it',
    );
  });

  it('does not wait when told not to, and says why', async () => {
    const { disk, dirs, syncs } = settler([400], { wait: false, notWaitingBecause: 'BENCH_DISK_WAIT=0' });
    await disk.settle();
    expect(disk.waitedMs).toBe(0);
    expect(syncs()).toBe(0);
    expect(dirs).toHaveLength(1);
    expect(disk.describe()).toMatch(/; not waited for: BENCH_DISK_WAIT=0; round 1 ran on a slow disk/);
  });

  it('says once that sync failed, and waits anyway', async () => {
    const { disk, said } = settler([300, 300, 300, 20], { syncOk: false });
    await disk.settle();
    expect(disk.before).toEqual([20]);
    expect(said.filter((l) => l.includes('`sync -f` failed'))).toHaveLength(1);
  });

  it('waits by default only on ext4 without a journal', async () => {
    // /proc is no ext4; a folder that does not exist cannot be read: neither waits.
    expect(slowAfterDeletions('/proc')).toBe(false);
    expect(slowAfterDeletions('/no/such/folder')).toBe(false);
    // Elsewhere a slow disk is simply slow: no wait, and no round is called slow.
    const { disk, syncs } = settler([400], { passing: undefined });
    await disk.settle();
    disk.checkAfter();
    expect(syncs()).toBe(0);
    expect(disk.describe()).toBe(
      '400/400 µs before/after each round (500 files of 4 KB, one after another); not waited for: this file system is not ext4 without a journal, whose slow spell passes',
    );
  });

  it('creates its files in a new folder and times them', () => {
    const dir = `${temp()}/check`;
    expect(microsPerFile(dir)).toBeGreaterThan(0);
    expect(readdirSync(dir)).toHaveLength(PROBE_FILES);
    expect(() => microsPerFile(dir)).toThrow(/EEXIST/);
  });
});
