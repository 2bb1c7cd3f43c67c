// Crash test for verdicts: a process saving verdicts is killed with SIGKILL at random moments,
// 50 times, on one workspace. After every kill no acknowledged verdict may be missing and the
// workspace must open. Then the real CLI is killed at random moments of its whole run, 50
// times: whatever it acknowledged is on disk, and the workspace still opens.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldReview } from '../../shared/claims';
import { openWorkbench } from '../../electron/services/open-workbench';
import { ReviewJournal } from '../../electron/store/review-journal';
import { CLI, PROJECT_ROOT } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
const A3 = '413df8a716798157';
const TRIALS = 50;

/** Notes of every verdict record on disk, read the way the app reads the journal. */
async function notesOnDisk(dir: string): Promise<Set<string>> {
  const records = await new ReviewJournal(dir).all();
  foldReview(records); // the fold must accept whatever a crash left
  return new Set(records.flatMap((r) => (r.type === 'verdict' && r.verdict ? [r.verdict.note] : [])));
}

function spawnAndKill(
  args: string[],
  killAfterMs: (firstLine: boolean) => number | null,
): Promise<{ lines: string[]; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    const arm = (delay: number | null) => {
      if (armed || delay === null) return;
      armed = true;
      setTimeout(() => child.kill('SIGKILL'), delay);
    };
    arm(killAfterMs(false));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) arm(killAfterMs(true));
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`exited ${code}: ${err}`));
      else resolve({ lines: out.split('\n').filter(Boolean), killed: signal === 'SIGKILL' });
    });
  });
}

describe('verdicts survive kill -9', () => {
  it(`loses no acknowledged verdict when the saving process is killed mid-write (${TRIALS} trials)`, async () => {
    const dir = temp();
    const { api } = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    await api.importPaths({ paths: [join(PROJECT_ROOT, 'data', 'sample')] });
    const acknowledged: string[] = [];
    let kills = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const writer = join(PROJECT_ROOT, 'tests', 'helpers', 'verdict-writer.ts');
      const run = await spawnAndKill(
        [join(PROJECT_ROOT, 'bin', 'run-ts.js'), writer, dir, String(trial), A3],
        // Once saving has started, kill somewhere in the next 0–120 ms: many saves in flight.
        (started) => (started ? Math.floor(Math.random() * 120) : null),
      );
      if (run.killed) kills++;
      acknowledged.push(...run.lines.filter((l) => l.startsWith('ack ')).map((l) => l.slice(4)));
      const onDisk = await notesOnDisk(dir);
      const lost = acknowledged.filter((note) => !onDisk.has(note));
      expect(lost, `trial ${trial}`).toEqual([]);
      // The workspace opens and lists its claims with their verdicts.
      const reopened = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
      expect((await reopened.api.listClaims({ article: A3 })).length).toBeGreaterThan(0);
    }
    expect(kills).toBe(TRIALS);
    expect(acknowledged.length).toBeGreaterThan(TRIALS);
  }, 300_000);

  it(`loses nothing when the CLI itself is killed at random moments (${TRIALS} trials)`, async () => {
    const dir = temp();
    const { api } = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    await api.importPaths({ paths: [join(PROJECT_ROOT, 'data', 'sample')] });
    const claims = await api.listClaims({ article: A3 });
    const acknowledged: string[] = [];
    const trial = async (n: number) => {
      const note = `cli trial ${n}`;
      const run = await spawnAndKill(
        [
          CLI,
          'verdict',
          claims[n % claims.length]!.id,
          'unclear',
          '--note',
          note,
          '--workspace',
          dir,
          '--json',
        ],
        // Anywhere in the command's life: start-up, reading, the write, or after it.
        (started) => (started ? null : 300 + Math.floor(Math.random() * 1500)),
      );
      if (!run.killed || run.lines.length > 0) {
        const out = run.lines.join('\n');
        if (out.includes('"status"')) acknowledged.push(note);
      }
    };
    // Four at a time, so kills also land while other processes are writing the same journal.
    for (let n = 0; n < TRIALS; n += 4)
      await Promise.all([n, n + 1, n + 2, n + 3].filter((i) => i < TRIALS).map(trial));
    const onDisk = await notesOnDisk(dir);
    expect(acknowledged.filter((note) => !onDisk.has(note))).toEqual([]);
    const reopened = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    expect((await reopened.api.getReviewInfo({})).verdicts).toBeGreaterThanOrEqual(0);
  }, 300_000);
});
