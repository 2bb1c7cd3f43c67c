// Lists the files under the folders a reviewer chose, safely: links are followed only
// while they stay inside the chosen folder, each real folder is entered once (so link
// loops end), and everything passed over is reported with its reason, never dropped.
import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';

export type WalkItem =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'rejected'; readonly path: string; readonly reason: string };

export const MAX_FOLDER_DEPTH = 64;

/**
 * Lists every file under the given paths, and every entry not imported with its reason.
 * `onFile` hears the number of files listed so far, each time one is added.
 */
export async function walkPaths(
  paths: readonly string[],
  cwd: string,
  onFile?: (files: number) => void,
): Promise<WalkItem[]> {
  const items = new WalkList(onFile);
  for (const given of paths) {
    const root = resolve(cwd, given);
    let info;
    try {
      info = await stat(root);
    } catch (err) {
      items.push({ kind: 'rejected', path: root, reason: describeError(err, 'the path') });
      continue;
    }
    if (info.isFile()) items.push({ kind: 'file', path: root });
    else if (info.isDirectory()) await walkFolder(root, items);
    else items.push({ kind: 'rejected', path: root, reason: 'not a regular file or folder' });
  }
  return items.items;
}

/** The walk's findings, counting files as they come. */
class WalkList {
  readonly items: WalkItem[] = [];
  private files = 0;

  constructor(private readonly onFile?: (files: number) => void) {}

  push(item: WalkItem): void {
    this.items.push(item);
    if (item.kind === 'file') this.onFile?.(++this.files);
  }
}

async function walkFolder(root: string, items: WalkList): Promise<void> {
  const realRoot = await realpath(root);
  const visited = new Set<string>([realRoot]);
  // Folders are remembered by their real path (links resolved), whatever path reached them,
  // so a link back to an ancestor is caught even when the chosen folder's own path has a link.
  const stack: { dir: string; real: string; depth: number }[] = [{ dir: root, real: realRoot, depth: 0 }];
  while (stack.length > 0) {
    const { dir, real: realDir, depth } = stack.pop()!;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      items.push({ kind: 'rejected', path: dir, reason: describeError(err, 'the folder') });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subfolders: { dir: string; real: string }[] = [];
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.name.startsWith('.')) {
        items.push({
          kind: 'rejected',
          path,
          reason: entry.isDirectory() ? 'hidden folder, not searched' : 'hidden file',
        });
        continue;
      }
      const target = await resolveEntry(path, join(realDir, entry.name), entry, realRoot);
      if ('reason' in target) {
        items.push({ kind: 'rejected', path, reason: target.reason });
      } else if (target.isDir) {
        if (visited.has(target.real)) {
          items.push({
            kind: 'rejected',
            path,
            reason: 'the link leads back into a folder already searched (a loop)',
          });
        } else if (depth + 1 > MAX_FOLDER_DEPTH) {
          items.push({
            kind: 'rejected',
            path,
            reason: `folders nested more than ${MAX_FOLDER_DEPTH} deep are not searched`,
          });
        } else {
          visited.add(target.real);
          subfolders.push({ dir: path, real: target.real });
        }
      } else if (target.isFile) {
        items.push({ kind: 'file', path });
      } else {
        items.push({ kind: 'rejected', path, reason: 'not a regular file (a device, socket or pipe)' });
      }
    }
    // Depth-first in name order: push in reverse so the first name is walked first.
    for (const sub of subfolders.reverse()) stack.push({ ...sub, depth: depth + 1 });
  }
}

type Resolved = { real: string; isDir: boolean; isFile: boolean } | { reason: string };

/** `real`: the entry's real path when it is not a link (its folder's real path + its name). */
async function resolveEntry(path: string, real: string, entry: Dirent, realRoot: string): Promise<Resolved> {
  try {
    // The directory listing already says what most entries are; ask the disk only when it cannot.
    const link = entry.isSymbolicLink() || entry.isDirectory() || entry.isFile() ? entry : await lstat(path);
    if (!link.isSymbolicLink()) return { real, isDir: link.isDirectory(), isFile: link.isFile() };
    try {
      real = await realpath(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') return { reason: 'the link loops back on itself' };
      if (code === 'ENOENT') return { reason: 'the link is dangling (its target does not exist)' };
      return { reason: describeError(err, 'the link') };
    }
    const rel = relative(realRoot, real);
    if (rel.startsWith('..') || isAbsolute(rel))
      return { reason: `the link points outside the chosen folder (to ${real})` };
    const info = await stat(real);
    return { real, isDir: info.isDirectory(), isFile: info.isFile() };
  } catch (err) {
    return { reason: describeError(err, 'the entry') };
  }
}

export function describeError(err: unknown, what: string): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return `${what} does not exist`;
    case 'EACCES':
    case 'EPERM':
      return `${what} cannot be read (permission denied)`;
    case 'ELOOP':
      return `${what} is a link that loops back on itself`;
    case 'EISDIR':
      return `${what} is a folder`;
    default:
      return `${what} cannot be read (${code ?? (err as Error).message})`;
  }
}
