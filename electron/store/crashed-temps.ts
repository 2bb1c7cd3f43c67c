// Temp files a crashed writer left behind. Every write in a workspace goes to a temp file
// beside its target, named `.<target>.<pid>.<random>.tmp`, and is renamed into place; a
// process killed in between leaves the temp file. At the next open those whose writer is
// gone (same host, pid not running) or that are a day old are removed. A live writer's temp
// files are left alone: another process may be writing this very moment.
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { processAlive } from './workspace-lock';

const TEMP = /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/;
const DAY_MS = 86_400_000;

/** Removes crashed writers' temp files from these folders; returns the paths removed. */
export async function removeCrashedTemps(folders: readonly string[]): Promise<string[]> {
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
      if (!m) continue;
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
