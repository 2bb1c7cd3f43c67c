// Temp files a crashed writer left behind. Every write in a workspace goes to a temp file
// beside its target, named `.<target>.<pid>.<random>.tmp`, and is renamed into place; a
// process killed in between leaves the temp file. At the next open those whose writer is
// gone (same host, pid not running) or that are a day old are removed. A live writer's temp
// files are left alone: another process may be writing this very moment.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { processAlive } from './workspace-lock';

const TEMP = /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/;
const DAY_MS = 86_400_000;

/**
 * Removes crashed writers' temp files from these folders; returns the paths removed. With
 * `target`, only the temp files of that one file (a report beside the reviewer's own files).
 */
export async function removeCrashedTemps(folders: readonly string[], target?: string): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of folders) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = TEMP.exec(name);
      if (!m || (target !== undefined && !name.startsWith(`.${target}.`))) continue;
      const path = join(folder, name);
      const pid = Number(m[1]);
      const old = await stat(path).then(
        (s) => Date.now() - s.mtimeMs > DAY_MS,
        () => false,
      );
      if (pid !== process.pid && (!processAlive(pid) || old)) {
        await rm(path, { force: true }).catch(() => undefined);
        removed.push(path);
      }
    }
  }
  return removed;
}

/**
 * A fresh scratch folder in `parent` named `<prefix><pid>-…`, after removing the scratch
 * folders of that prefix whose process is gone (a PDF export killed midway leaves one).
 */
export async function freshScratchDir(parent: string, prefix: string): Promise<string> {
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (pid && pid !== process.pid && !processAlive(pid))
      await rm(join(parent, name), { recursive: true, force: true }).catch(() => undefined);
  }
  return mkdtemp(join(parent, `${prefix}${process.pid}-`));
}
