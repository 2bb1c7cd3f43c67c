// What the browser-mode benchmarks share (matrix-render, library-ui): the CLI and Chromium they
// drive, a `serve` started on a workspace and its address, and the line printed when the
// renderer is not built or no Chromium is there.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from './benchmark';
import { newestChange, PROJECT_ROOT } from './paths';

export const CLI = join(PROJECT_ROOT, 'bin', 'crosscheck.js');
export const BROWSER = process.env.CROSSCHECK_CHROMIUM ?? '/usr/bin/chromium';

/** Why the benchmark cannot run here (no built renderer, an outdated one, no Chromium), or null. */
export function cannotMeasure(): Result | null {
  const built = join(PROJECT_ROOT, 'out', 'renderer', 'index.html');
  // An outdated build would measure the code as it was, under today's name.
  const reason = !existsSync(built)
    ? 'the renderer is not built (run "npm run build")'
    : newestChange(['renderer', 'shared']) > statSync(built).mtimeMs
      ? 'the renderer build is older than its sources (run "npm run build")'
      : !existsSync(BROWSER)
        ? `no Chromium at ${BROWSER} (set CROSSCHECK_CHROMIUM)`
        : null;
  return reason === null ? null : { lines: [{ label: 'not measured', value: reason }], failures: [] };
}

/** `crosscheck serve` on a workspace, once it says where it listens. */
export async function serveWorkspace(
  workspace: string,
  configDir: string,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--workspace', workspace], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CROSSCHECK_CONFIG_DIR: configDir },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running in browser mode: (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { child, url };
}
