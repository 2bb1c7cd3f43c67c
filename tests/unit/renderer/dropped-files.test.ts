// A drop's files, with stand-ins for the browser's FileSystemEntry API: dropped folders are
// walked to the bottom (in the chunks readEntries answers with), each file keeps its path
// inside the dropped folder, plain dropped files are taken as they are, and items that are not
// files (a dragged link) are ignored rather than shifting which file is which.
import { describe, expect, it } from 'vitest';
import { droppedFiles, type DropItem } from '../../../renderer/library/dropped-files';
import { uploadPath } from '../../../renderer/state/import-upload';

type Tree = { [name: string]: string | Tree };

/** A FileSystemEntry stand-in for `tree` at `path`; readEntries answers `chunk` at a time. */
function entry(name: string, node: string | Tree, path: string, chunk: number): FileSystemEntry {
  const fullPath = `${path}/${name}`;
  if (typeof node === 'string') {
    return {
      isFile: true,
      isDirectory: false,
      name,
      fullPath,
      file: (ok: (f: File) => void) => ok(new File([node], name)),
    } as unknown as FileSystemEntry;
  }
  const children = Object.entries(node).map(([n, child]) => entry(n, child, fullPath, chunk));
  return {
    isFile: false,
    isDirectory: true,
    name,
    fullPath,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok: (e: FileSystemEntry[]) => void) => {
          const part = children.slice(at, at + chunk);
          at += part.length;
          ok(part);
        },
      };
    },
  } as unknown as FileSystemEntry;
}

const folderItem = (name: string, tree: Tree, chunk = 100): DropItem => ({
  kind: 'file',
  getAsFile: () => null,
  webkitGetAsEntry: () => entry(name, tree, '', chunk),
});
const fileItem = (file: File): DropItem => ({
  kind: 'file',
  getAsFile: () => file,
  webkitGetAsEntry: () => null,
});

describe('droppedFiles', () => {
  it('walks a dropped folder to the bottom, keeping each file’s path inside it', async () => {
    const files = await droppedFiles([
      folderItem('talks', { 'a1.txt': 'one', later: { 'b1.md': 'two', deeper: { 'c1.json': '{}' } } }),
    ]);
    expect(files.map(uploadPath).sort()).toEqual([
      'talks/a1.txt',
      'talks/later/b1.md',
      'talks/later/deeper/c1.json',
    ]);
    expect(await files.find((f) => f.name === 'b1.md')!.text()).toBe('two');
  });

  it('reads a folder of more entries than readEntries hands out at once', async () => {
    const big: Tree = Object.fromEntries(
      Array.from({ length: 250 }, (_, i) => [`article-${i}.txt`, `text ${i}`]),
    );
    const files = await droppedFiles([folderItem('big', big, 100)]);
    expect(files).toHaveLength(250);
    expect(new Set(files.map(uploadPath)).size).toBe(250);
  });

  it('takes plain files as they are, beside folders, and ignores items that are not files', async () => {
    const loose = new File(['loose'], 'loose.txt');
    const link: DropItem = { kind: 'string', getAsFile: () => null, webkitGetAsEntry: () => null };
    const files = await droppedFiles([link, fileItem(loose), folderItem('f', { 'x.txt': 'x' })]);
    expect(files.map(uploadPath)).toEqual(['loose.txt', 'f/x.txt']);
  });

  it('works where the browser has no entry API (files only)', async () => {
    const file = new File(['a'], 'a.txt');
    expect(await droppedFiles([{ kind: 'file', getAsFile: () => file }])).toEqual([file]);
  });
});
