// A cached esbuild bundle (the CLI's and the workers' for runs from source): built once, used while its inputs are
// unchanged, built again when one changes (never older code than the sources), and null —
// the tsx fallback — when it cannot be built.
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { cachedBundle } from '../../bin/bundle-cache.js';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();

function sources(folder: string, greeting: string): string {
  writeFileSync(
    join(folder, 'greeting.ts'),
    `export const greeting: string = ${JSON.stringify(greeting)};\n`,
  );
  const entry = join(folder, 'entry.ts');
  writeFileSync(
    entry,
    "import { parentPort } from 'node:worker_threads';\nimport { greeting } from './greeting';\nparentPort!.postMessage(greeting);\n",
  );
  return entry;
}

async function run(bundle: string): Promise<unknown> {
  const worker = new Worker(bundle);
  try {
    return await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  } finally {
    await worker.terminate();
  }
}

describe('workerBundle', () => {
  it('builds a runnable bundle once and reuses it while its inputs are unchanged', async () => {
    const folder = temp();
    const cache = join(folder, 'cache');
    const entry = sources(folder, 'hello');
    const bundle = cachedBundle(entry, cache);
    expect(bundle).not.toBeNull();
    expect(await run(bundle!)).toBe('hello');
    const builtAt = statSync(bundle!).mtimeMs;
    const recorded = Object.keys(JSON.parse(readFileSync(join(cache, 'entry.inputs.json'), 'utf8')).inputs);
    expect(recorded.sort()).toEqual([entry, join(folder, 'greeting.ts')].sort());
    // Back-date the bundle: a rebuild would give it a new modification time.
    utimesSync(bundle!, new Date(builtAt - 60_000), new Date(builtAt - 60_000));
    expect(cachedBundle(entry, cache)).toBe(bundle);
    expect(statSync(bundle!).mtimeMs).toBeLessThan(builtAt - 30_000);
  });

  it('builds again when a file it was built from changed', async () => {
    const folder = temp();
    const cache = join(folder, 'cache');
    const entry = sources(folder, 'hello');
    expect(await run(cachedBundle(entry, cache)!)).toBe('hello');
    // Same size, new words: the modification time tells.
    writeFileSync(
      join(folder, 'greeting.ts'),
      `export const greeting: string = ${JSON.stringify('howdy')};\n`,
    );
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(folder, 'greeting.ts'), later, later);
    expect(await run(cachedBundle(entry, cache)!)).toBe('howdy');
  });

  it('gives null, for the tsx fallback, when the bundle cannot be built or kept', () => {
    const folder = temp();
    const entry = sources(folder, 'hello');
    writeFileSync(join(folder, 'broken.ts'), 'export const = ;\n');
    expect(cachedBundle(join(folder, 'broken.ts'), join(folder, 'cache'))).toBeNull();
    // The cache folder cannot be made: a file stands where it should be.
    writeFileSync(join(folder, 'not-a-folder'), '');
    expect(cachedBundle(entry, join(folder, 'not-a-folder', 'cache'))).toBeNull();
  });
});
