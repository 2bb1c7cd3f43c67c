// Of two byte-identical files, the one listed first is always the one imported — however the
// parallel reads happen to finish. Large files placed before some pairs make the reads finish
// out of order, which is what made the choice random before files were judged in order. The
// same folder imported again adds nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importPaths } from '../../electron/services/import-service';
import { WorkspaceStore } from '../../electron/store/workspace-store';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
const PAIRS = 40;

function buildFolder(): string {
  const folder = temp();
  for (let i = 0; i < PAIRS; i++) {
    const n = String(i).padStart(3, '0');
    if (i % 2 === 0) {
      const filler = `Paragraph ${i} of a long council report on the river works, with figures ${i * 7} and ${i * 11}.`;
      writeFileSync(
        join(folder, `${n}-0-long.txt`),
        `Long council report number ${i}\n\n${`${filler}\n\n`.repeat(15_000)}`,
      );
    }
    const text = `Ferry fares rise in district ${i}\n\nThe ferry company said on Monday that fares in district ${i} would rise by ${i + 3} per cent.\n`;
    writeFileSync(join(folder, `${n}-1-a.txt`), text);
    writeFileSync(join(folder, `${n}-2-b.txt`), text);
  }
  return folder;
}

describe('byte-identical files in one import', () => {
  const saved = process.env.CROSSCHECK_WORKERS;
  afterEach(() => {
    if (saved === undefined) delete process.env.CROSSCHECK_WORKERS;
    else process.env.CROSSCHECK_WORKERS = saved;
  });

  for (const workers of [true, false]) {
    it(`imports the first listed copy and reports the second as its duplicate (${workers ? 'worker threads' : 'one thread'})`, async () => {
      process.env.CROSSCHECK_WORKERS = workers ? 'on' : 'off';
      const folder = buildFolder();
      const { store } = await WorkspaceStore.open(temp());
      const result = await importPaths(store, [folder]);
      const firsts = result.imported.filter((a) => a.sourcePath.endsWith('-a.txt'));
      expect(firsts).toHaveLength(PAIRS);
      expect(result.imported.filter((a) => a.sourcePath.endsWith('-b.txt'))).toEqual([]);
      expect(result.duplicates.map((d) => d.path)).toEqual(
        firsts.map((a) => a.sourcePath.replace('-1-a.txt', '-2-b.txt')),
      );
      expect(result.duplicates.map((d) => d.sameAs)).toEqual(firsts.map((a) => a.id));
      // The article file is the first copy's, though with workers the second was parsed too.
      for (const first of firsts)
        expect((await store.readArticle(first.id)).sourcePath).toBe(first.sourcePath);

      // Imported again: every file is one the workspace holds, and nothing is added.
      const again = await importPaths(store, [folder]);
      expect(again.imported).toEqual([]);
      expect(again.rejected).toEqual(result.rejected); // the long files: all repetition, both times
      expect(again.duplicates).toHaveLength(result.imported.length + result.duplicates.length);
      expect(store.listEntries()).toHaveLength(result.imported.length);
    }, 60_000);
  }
});
