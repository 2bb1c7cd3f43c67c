// The `crosscheck` command runs from a bundle of the CLI's sources, built on first use and again
// after a change (bin/bundle-cache.js); from the TypeScript itself when asked. Both must give
// the same answers, and the bundle must be where the command says it is.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
const SAMPLE = join(PROJECT_ROOT, 'data', 'sample');
const CACHE = join(PROJECT_ROOT, 'node_modules', '.cache', 'crosscheck');

describe('the crosscheck command', () => {
  it('answers the same from its bundle as from its TypeScript sources', async () => {
    const dir = temp();
    const imported = await runCli(['import', SAMPLE, '--workspace', dir, '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    // The bundle the command ran from, vouched for by the list of sources it was built from.
    const record = JSON.parse(readFileSync(join(CACHE, 'main.inputs.json'), 'utf8')) as {
      entry: string;
      inputs: Record<string, unknown>;
    };
    expect(record.entry).toBe(join(PROJECT_ROOT, 'electron', 'cli', 'main.ts'));
    expect(Object.keys(record.inputs)).toContain(
      join(PROJECT_ROOT, 'electron', 'services', 'sources-service.ts'),
    );
    expect(existsSync(join(CACHE, 'main.mjs'))).toBe(true);

    for (const args of [
      ['stories', '--workspace', dir, '--json'],
      ['sources', 'talks', '--workspace', dir, '--json'],
    ]) {
      const bundled = await runCli(args);
      const fromSource = await runCli(args, { env: { CROSSCHECK_CLI_FROM_SOURCE: '1' } });
      expect(bundled.code, bundled.stderr).toBe(0);
      expect(fromSource.code, fromSource.stderr).toBe(0);
      expect(bundled.stdout).toBe(fromSource.stdout);
    }
  }, 120_000);
});
