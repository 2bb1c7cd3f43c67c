// Crashes at the worst moments and a full disk. A CLI process is stopped (SIGSTOP, through
// CROSSCHECK_CRASH_POINT) exactly between writing a temp file and renaming it into place, then
// killed with SIGKILL: the workspace must open, hold everything acknowledged before, and keep
// no temp file after the next open. The full-disk cases run the workspace on a small tmpfs,
// which needs root; elsewhere they are skipped with the reason printed.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openWorkbench } from '../../electron/services/open-workbench';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { CLI, PROJECT_ROOT, runCli } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';
import { canMountTmpfs } from '../helpers/tmpfs';

const temp = tempDirs();
const SAMPLE = join(PROJECT_ROOT, 'data', 'sample');

/** Runs the CLI until it stops itself at the crash point, then kills it; true if it got there. */
function crashAt(point: string, args: string[]): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CROSSCHECK_CRASH_POINT: point },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stopped = false;
    const poll = setInterval(() => {
      // State T in /proc/<pid>/stat: stopped by SIGSTOP, at the crash point.
      const stat = existsSync(`/proc/${child.pid}/stat`)
        ? readFileSync(`/proc/${child.pid}/stat`, 'utf8')
        : '';
      if (/^\d+ \(.*\) T /.test(stat)) {
        stopped = true;
        child.kill('SIGKILL');
      }
    }, 10);
    child.on('error', reject);
    child.on('close', () => {
      clearInterval(poll);
      resolve(stopped);
    });
  });
}

function tempFiles(dir: string): string[] {
  return [...readdirSync(dir), ...readdirSync(join(dir, 'articles'))].filter((f) => f.endsWith('.tmp'));
}

function newsFile(folder: string, n: number): void {
  writeFileSync(
    join(folder, `story-${n}.txt`),
    `Harbour dredging resumes in Porto (${n})\n\nPorto, May ${1 + (n % 27)} — Dredging of the river mouth resumed on Monday after a ${n + 2}-week pause, the port authority said. The work is due to end in ${2026 + (n % 3)}, at a cost of ${n + 4} million euros.\n\nFishermen had complained that silt left the channel too shallow for larger boats at low tide.\n`,
  );
}

/** A workspace holding the sample articles, and a folder of 5 more articles to import. */
async function sampleAndFolder() {
  const dir = temp();
  const { api } = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
  const before = await api.importPaths({ paths: [SAMPLE] });
  const folder = join(temp(), 'more');
  mkdirSync(folder);
  for (let n = 0; n < 5; n++) newsFile(folder, n);
  return { dir, before, folder };
}

// Linux only: the stop at the crash point is seen through /proc/<pid>/stat.
describe.skipIf(process.platform !== 'linux')('a crash at the worst moment', () => {
  it('an import killed while replacing a cut-short article file, between its temp file and the rename', async () => {
    const { dir, before, folder } = await sampleAndFolder();
    // An earlier crash (a new file is created in place) left one of them cut short.
    const bytes = readFileSync(join(folder, 'story-0.txt'));
    const id = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    writeFileSync(join(dir, 'articles', `${id}.json`), '{"v":1,"text":"Harbour dre');
    expect(await crashAt('article-rename', ['import', folder, '--workspace', dir])).toBe(true);
    // The crashed import acknowledged nothing; everything imported before is there and readable.
    const reopened = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    const listed = await reopened.api.listArticles({});
    expect(listed.map((a) => a.id).sort()).toEqual(before.imported.map((a) => a.id).sort());
    for (const a of listed) expect((await reopened.api.getArticle({ ref: a.id })).id).toBe(a.id);
    expect(tempFiles(dir)).toEqual([]);
    // The same folder imports cleanly afterwards, the cut-short file replaced by a whole one.
    expect((await reopened.api.importPaths({ paths: [folder] })).imported).toHaveLength(5);
    expect((await reopened.api.getArticle({ ref: id })).text).toContain('Dredging of the river mouth');
  }, 60_000);

  it('an import killed between writing the index and renaming it into place', async () => {
    const { dir, before, folder } = await sampleAndFolder();
    expect(await crashAt('document-rename', ['import', folder, '--workspace', dir])).toBe(true);
    const reopened = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    expect((await reopened.api.listArticles({})).length).toBe(before.imported.length);
    expect(tempFiles(dir)).toEqual([]);
    // The lock of the killed process does not keep the workspace from being written.
    expect((await reopened.api.importPaths({ paths: [folder] })).imported).toHaveLength(5);
  }, 60_000);

  it('restore-backup killed just before the backup replaces the damaged file', async () => {
    const dir = temp();
    const { api } = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    const imported = (await api.importPaths({ paths: [SAMPLE] })).imported.length;
    await WorkspaceStore.open(dir); // makes the backup of the document with the articles
    writeFileSync(join(dir, 'crosscheck.json'), '{"schemaVersion": 4, "articles": {"cut');
    expect(await crashAt('restore-rename', ['restore-backup', '--workspace', dir])).toBe(true);
    // The damaged file is still there (never an absent document), so the workspace is reported
    // damaged, not opened empty; restoring again works.
    await expect(WorkspaceStore.open(dir)).rejects.toThrow(/damaged/);
    const run = await runCli(['restore-backup', '--workspace', dir]);
    expect(run.code, run.stderr).toBe(0);
    const reopened = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    expect((await reopened.api.listArticles({})).length).toBe(imported);
    expect(tempFiles(dir)).toEqual([]);
  }, 60_000);
});

describe('a lost workspace document', () => {
  it('is reported, not replaced by an empty workspace, when article files and a backup exist', async () => {
    const dir = temp();
    const { api } = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    await api.importPaths({ paths: [SAMPLE] });
    await WorkspaceStore.open(dir);
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'crosscheck.json'));
    await expect(WorkspaceStore.open(dir)).rejects.toThrow(/is missing although \d+ article files/);
    expect(existsSync(join(dir, 'crosscheck.json'))).toBe(false);
    const run = await runCli(['restore-backup', '--workspace', dir]);
    expect(run.code, run.stderr).toBe(0);
    expect(
      (await (await openWorkbench({ dir, isDefault: false }, { mode: 'browser' })).api.listArticles({}))
        .length,
    ).toBeGreaterThan(0);
  });

  it('never makes an empty document its newest backup while article files exist', async () => {
    const dir = temp();
    const { api } = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    await api.importPaths({ paths: [SAMPLE] });
    await WorkspaceStore.open(dir);
    const backups = readdirSync(join(dir, 'backups')).length;
    const doc = JSON.parse(readFileSync(join(dir, 'crosscheck.json'), 'utf8'));
    writeFileSync(join(dir, 'crosscheck.json'), JSON.stringify({ ...doc, articles: {}, articleOrder: [] }));
    await WorkspaceStore.open(dir);
    expect(readdirSync(join(dir, 'backups')).length).toBe(backups);
  });
});

const root = canMountTmpfs(temp);
if (!root)
  console.log(
    'Full-disk tests skipped: mounting a small tmpfs needs root on Linux (and a system that allows it).',
  );

// Needs a mountable tmpfs; where there is none the reason is printed above.
describe.skipIf(!root)('a full disk', () => {
  const mounts: string[] = [];
  const smallDisk = (kb: number): string => {
    const at = temp();
    const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', at]);
    if (r.status !== 0) throw new Error(`mount failed: ${r.stderr}`);
    mounts.push(at);
    return at;
  };
  afterAll(() => {
    for (const at of mounts) spawnSync('umount', [at]);
  });

  it('fails an import that finds no room, removes what it wrote and exits 1; the workspace still opens', async () => {
    const disk = smallDisk(400);
    const dir = join(disk, 'ws');
    const { api } = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    const before = (await api.importPaths({ paths: [SAMPLE] })).imported.length;
    const articlesBefore = readdirSync(join(dir, 'articles')).sort();
    // Fill the rest of the disk.
    const filler = join(disk, 'filler');
    try {
      writeFileSync(filler, Buffer.alloc(2_000_000));
    } catch {
      // ENOSPC once full: the part written stays and fills the disk.
    }
    const folder = join(temp(), 'more');
    mkdirSync(folder);
    for (let n = 0; n < 30; n++) newsFile(folder, n);
    const run = await runCli(['import', folder, '--workspace', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/disk is full/);
    expect(readdirSync(join(dir, 'articles')).sort()).toEqual(articlesBefore);
    // Reading works as before: the open's backup is skipped with a warning, not a refusal.
    const list = await runCli(['articles', '--workspace', dir, '--json']);
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(before);
  }, 60_000);

  it('refuses a verdict it cannot write with "disk is full" and keeps every verdict saved before', async () => {
    const disk = smallDisk(600);
    const dir = join(disk, 'ws');
    const { api } = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    const [article] = (await api.importPaths({ paths: [SAMPLE] })).imported;
    const claims = await api.listClaims({ article: article!.id });
    await api.setVerdict({
      claimId: claims[0]!.id,
      status: 'conflicting',
      note: 'saved before the disk filled',
    });
    try {
      writeFileSync(join(disk, 'filler'), Buffer.alloc(4_000_000));
    } catch {
      // Full now.
    }
    await expect(
      api.setVerdict({ claimId: claims[1]!.id, status: 'consistent', note: 'x'.repeat(20_000) }),
    ).rejects.toThrow(/Not saved: the disk is full/);
    const reopened = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    const again = await reopened.api.listClaims({ article: article!.id });
    expect(again.find((c) => c.id === claims[0]!.id)!.verdict?.note).toBe('saved before the disk filled');
  }, 60_000);
});

// Linux only: the stop at the crash point is seen through /proc/<pid>/stat.
describe.skipIf(process.platform !== 'linux')('a report export killed before its rename', () => {
  it('leaves its temp file only until the next export of that report, which removes it', async () => {
    const dir = temp();
    const { api } = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    await api.importPaths({ paths: [SAMPLE] });
    const outDir = temp();
    const out = join(outDir, 'review.html');
    expect(
      await crashAt('file-rename', ['report', '--format', 'html', '--out', out, '--workspace', dir]),
    ).toBe(true);
    expect(readdirSync(outDir).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
    const run = await runCli(['report', '--format', 'html', '--out', out, '--workspace', dir]);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(outDir)).toEqual(['review.html']);
  }, 60_000);
});

// Linux only, as above.
describe.skipIf(process.platform !== 'linux')('a story index write killed before its rename', () => {
  it('costs a rebuild at most: the stories are listed as before and the temp file goes', async () => {
    const dir = temp();
    const { api } = await openWorkbench({ dir, isDefault: false }, { mode: 'browser' });
    await api.importPaths({ paths: [SAMPLE] });
    expect(await crashAt('index-rename', ['stories', '--workspace', dir, '--json'])).toBe(true);
    expect(readdirSync(join(dir, 'index')).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
    const run = await runCli(['stories', '--workspace', dir, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { articleIds: string[] }[]).map((s) => s.articleIds.length)).toEqual([
      3, 3, 3, 1,
    ]);
    expect(readdirSync(join(dir, 'index')).sort()).toEqual(['stories.json', 'story-signatures.json']);
  }, 60_000);
});
