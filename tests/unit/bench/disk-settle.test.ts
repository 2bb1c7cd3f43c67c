// The import benchmark's disk check: it waits only while creating a file is slow, never longer
// than its limit, and its line says whether and how long it waited.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describeDiskCheck,
  microsPerFile,
  PROBE_FILES,
  SETTLED_MICROS,
  settleDisk,
} from '../../../bench/lib/disk-settle';
import { tempDirs } from '../../helpers/temp-dir';

const temp = tempDirs();

/** A disk whose checks cost these µs in turn (the last repeats), and the folders each check was given. */
function disk(costs: number[]) {
  const dirs: string[] = [];
  const measure = (dir: string) => {
    dirs.push(dir);
    return costs[Math.min(dirs.length - 1, costs.length - 1)]!;
  };
  return { measure, dirs };
}

describe('settleDisk', () => {
  it('waits while creating a file is slow and stops once it is not', async () => {
    const said: string[] = [];
    const { measure, dirs } = disk([300, 250, 40, 10]);
    const check = await settleDisk('/scratch', (line) => said.push(line), {
      stepMs: 1,
      measure,
      platform: 'linux',
    });
    expect(check).toEqual({ first: 300, last: 40, waitedMs: 2 });
    expect(new Set(dirs).size).toBe(3);
    expect(said).toHaveLength(2);
    expect(said[0]).toMatch(/creating a file costs 300 µs/);
  });

  it('gives up after its longest wait and says the rounds pay for it', async () => {
    const { measure, dirs } = disk([400]);
    const check = await settleDisk('/scratch', () => {}, {
      stepMs: 1,
      maxWaitMs: 3,
      measure,
      platform: 'linux',
    });
    expect(check).toEqual({ first: 400, last: 400, waitedMs: 3 });
    expect(dirs).toHaveLength(4);
    expect(describeDiskCheck(check)).toMatch(
      /was 400 µs, still not settled after waiting 0 s: the rounds pay for it/,
    );
  });

  it('does not wait on a settled disk', async () => {
    const { measure, dirs } = disk([SETTLED_MICROS - 1]);
    const check = await settleDisk('/scratch', () => {}, { stepMs: 1, measure, platform: 'linux' });
    expect(check.waitedMs).toBe(0);
    expect(dirs).toHaveLength(1);
    expect(describeDiskCheck(check)).not.toMatch(/was|wait/);
  });

  it('only checks on other systems, whose cost of creating a file is their own', async () => {
    const { measure, dirs } = disk([400]);
    const check = await settleDisk('/scratch', () => {}, { stepMs: 1, measure, platform: 'darwin' });
    expect(check).toEqual({ first: 400, last: 400, waitedMs: 0 });
    expect(dirs).toHaveLength(1);
  });
});

describe('the disk check', () => {
  it('creates its files in a new folder and times them', () => {
    const dir = `${temp()}/check`;
    const micros = microsPerFile(dir);
    expect(micros).toBeGreaterThan(0);
    expect(readdirSync(dir)).toHaveLength(PROBE_FILES);
  });

  it('says how long it waited for the disk to settle', () => {
    expect(describeDiskCheck({ first: 238.4, last: 31.2, waitedMs: 60_000 })).toBe(
      '31 µs (500 files of 4 KB, one after another, before the rounds); was 238 µs just after recent deletions: waited 60 s for the disk to settle',
    );
  });
});
