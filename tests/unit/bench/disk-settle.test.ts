// The import benchmark's disk check: it waits only while creating a file is slow, never longer
// than its budget over all rounds, and its line says whether and how long it waited.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DiskSettler,
  microsPerFile,
  PROBE_FILES,
  SETTLED_MICROS,
  type DiskSettleOptions,
} from '../../../bench/lib/disk-settle';
import { tempDirs } from '../../helpers/temp-dir';

const temp = tempDirs();

/** A settler on a disk whose checks cost these µs in turn (the last repeats). */
function settler(costs: number[], options: DiskSettleOptions = {}) {
  const dirs: string[] = [];
  const said: string[] = [];
  const measure = (dir: string) => {
    dirs.push(dir);
    return costs[Math.min(dirs.length - 1, costs.length - 1)]!;
  };
  const disk = new DiskSettler('/scratch', (line) => said.push(line), {
    stepMs: 1,
    measure,
    platform: 'linux',
    ...options,
  });
  return { disk, dirs, said };
}

describe('the disk check before each round', () => {
  it('waits while creating a file is slow and stops once it is not', async () => {
    const { disk, dirs, said } = settler([300, 250, 40, 10]);
    await disk.settle();
    expect(disk.before).toEqual([40]);
    expect(disk.waitedMs).toBe(2);
    expect(new Set(dirs).size).toBe(3);
    expect(said).toHaveLength(2);
    expect(said[0]).toMatch(/creating a file costs 300 µs/);
    await disk.settle();
    expect(disk.before).toEqual([40, 10]);
    expect(disk.describe()).toBe(
      '40, 10 µs before the rounds (500 files of 4 KB, one after another); up to 300 µs just after recent deletions: waited 0 s in all for the disk to settle',
    );
  });

  it('checks again before a later round: a slow spell can begin after the first', async () => {
    const { disk, said } = settler([30, 200, 35]);
    await disk.settle();
    await disk.settle();
    expect(disk.before).toEqual([30, 35]);
    expect(said).toHaveLength(1);
  });

  it('shares one budget among the rounds and names the rounds that ran on a slow disk', async () => {
    const { disk, dirs } = settler([400], { maxWaitMs: 3 });
    await disk.settle();
    await disk.settle();
    expect(disk.waitedMs).toBe(3);
    expect(dirs).toHaveLength(5);
    expect(disk.describe()).toMatch(/waited 0 s in all, and rounds 1, 2 still ran on a slow disk/);
  });

  it('does not wait on a settled disk', async () => {
    const { disk, dirs } = settler([SETTLED_MICROS - 1]);
    await disk.settle();
    expect(disk.waitedMs).toBe(0);
    expect(dirs).toHaveLength(1);
    expect(disk.describe()).not.toMatch(/wait/);
  });

  it('only checks on other systems, whose cost of creating a file is their own', async () => {
    const { disk, dirs } = settler([400], { platform: 'darwin' });
    await disk.settle();
    expect(disk.waitedMs).toBe(0);
    expect(dirs).toHaveLength(1);
  });

  it('creates its files in a new folder and times them', () => {
    const dir = `${temp()}/check`;
    expect(microsPerFile(dir)).toBeGreaterThan(0);
    expect(readdirSync(dir)).toHaveLength(PROBE_FILES);
  });
});
