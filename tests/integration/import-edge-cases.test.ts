// Import edge cases found in review: a file that breaks the parser, a JSON array whose first
// item is rejected, copies of a rejected file — each accounted for with a true answer.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPaths } from '../../electron/services/import-service';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
const BODY = 'The harbour board voted on Monday to extend the quay by 120 metres at a cost of 4 million.';

describe('import edge cases', () => {
  it('rejects a file whose author list holds odd values instead of failing the import', async () => {
    const folder = temp();
    writeFileSync(
      join(folder, 'odd.json'),
      JSON.stringify({ title: 'Harbour quay', text: BODY, author: [{ name: { toString: 1 } }] }),
    );
    writeFileSync(join(folder, 'good.txt'), `Harbour quay extended by board\n\n${BODY}\n`);
    const { store } = await WorkspaceStore.open(temp());
    const result = await importPaths(store, [folder]);
    expect(result.imported.map((a) => a.title).sort()).toEqual([
      'Harbour quay',
      'Harbour quay extended by board',
    ]);
    expect(store.listEntries()).toHaveLength(2);
  });

  it('knows a JSON array whose first item was rejected when it is imported again', async () => {
    const folder = temp();
    writeFileSync(
      join(folder, 'arr.json'),
      JSON.stringify([{ title: 'no body' }, { title: 'Harbour quay', body: BODY }]),
    );
    const { store } = await WorkspaceStore.open(temp());
    const first = await importPaths(store, [folder]);
    expect(first.imported).toHaveLength(1);
    const second = await importPaths(store, [folder]);
    expect(second.imported).toEqual([]);
    expect(second.duplicates).toEqual([{ path: join(folder, 'arr.json'), sameAs: first.imported[0]!.id }]);
  });

  it('rejects a copy of a rejected file for the same reason rather than naming an article that does not exist', async () => {
    const folder = temp();
    writeFileSync(join(folder, 'a.txt'), '   \n');
    writeFileSync(join(folder, 'b.txt'), '   \n');
    const { store } = await WorkspaceStore.open(temp());
    const result = await importPaths(store, [folder]);
    expect(result.duplicates).toEqual([]);
    expect(result.rejected).toEqual([
      { path: join(folder, 'a.txt'), reason: 'the file holds only white space' },
      { path: join(folder, 'b.txt'), reason: 'the file holds only white space' },
    ]);
  });
});
