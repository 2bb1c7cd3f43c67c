// Walking hostile folders: links never lead outside the chosen folder or round in circles,
// deep nesting is fine, and every file passed over is reported with a reason.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkPaths } from '../../electron/services/folder-walk';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();

describe('walking an import folder', () => {
  it('finds a file 40 folders deep', async () => {
    const root = temp();
    const deep = join(root, ...Array.from({ length: 40 }, (_, i) => `d${i}`));
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'deep.txt'), 'x');
    expect(await walkPaths([root], '/')).toEqual([{ kind: 'file', path: join(deep, 'deep.txt') }]);
  });

  it('rejects link loops, dangling links and links leaving the folder, with reasons', async () => {
    const root = temp();
    const outside = temp();
    writeFileSync(join(outside, 'secret.txt'), 'x');
    mkdirSync(join(root, 'sub'));
    symlinkSync(root, join(root, 'sub', 'loop'));
    symlinkSync(join(root, 'nowhere.txt'), join(root, 'dangling.txt'));
    symlinkSync(join(outside, 'secret.txt'), join(root, 'escape.txt'));
    symlinkSync(join(root, 'self-a'), join(root, 'self-b'));
    symlinkSync(join(root, 'self-b'), join(root, 'self-a'));
    const items = await walkPaths([root], '/');
    const byName = Object.fromEntries(
      items.map((i) => [i.path.slice(root.length + 1), i.kind === 'rejected' ? i.reason : 'file']),
    );
    expect(byName).toEqual({
      'dangling.txt': 'the link is dangling (its target does not exist)',
      'escape.txt': `the link points outside the chosen folder (to ${join(outside, 'secret.txt')})`,
      'self-a': 'the link loops back on itself',
      'self-b': 'the link loops back on itself',
      'sub/loop': 'the link leads back into a folder already searched (a loop)',
    });
  });

  it('reports hidden files and folders instead of skipping them silently, and a missing path', async () => {
    const root = temp();
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, '.DS_Store'), 'x');
    const items = await walkPaths([root, join(root, 'missing')], '/');
    expect(items).toEqual([
      { kind: 'rejected', path: join(root, '.DS_Store'), reason: 'hidden file' },
      { kind: 'rejected', path: join(root, '.git'), reason: 'hidden folder, not searched' },
      { kind: 'rejected', path: join(root, 'missing'), reason: 'the path does not exist' },
    ]);
  });

  it('counts files as it lists them (an import starts its workers before the walk ends)', async () => {
    const root = temp();
    mkdirSync(join(root, 'a'));
    for (const name of ['a/1.txt', 'a/2.txt', 'b.txt']) writeFileSync(join(root, name), 'x');
    writeFileSync(join(root, '.hidden'), 'x');
    const heard: number[] = [];
    const items = await walkPaths([root, join(root, 'missing')], '/', (files) => heard.push(files));
    // Rejected entries are not counted, files are, one call per file.
    expect(heard).toEqual([1, 2, 3]);
    expect(items.filter((i) => i.kind === 'file')).toHaveLength(3);
  });
});
