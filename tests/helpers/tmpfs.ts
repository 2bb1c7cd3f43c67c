// Full-disk tests mount a small tmpfs and fill it; only root on Linux may, and only where the
// system (a container) allows it, so the tests probe rather than assume.
import { spawnSync } from 'node:child_process';

/** Whether this process may mount a tmpfs (root on Linux, and a system that allows it). */
export function canMountTmpfs(folder: () => string): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = folder();
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status !== 0) return false;
  spawnSync('umount', [probe]);
  return true;
}
