#!/usr/bin/env node
// The `crosscheck` command. The CLI is TypeScript (electron/cli), run with no build step so
// `npx crosscheck` works right after `npm install`: from one esbuild bundle of it, built on
// first use and again whenever a source file changes (bundle-cache.js; 0.2 s and 80 MB to start
// instead of 1.3 s and 140 MB through tsx), or through tsx where no bundle can be made.
// CROSSCHECK_CLI_FROM_SOURCE=1 always uses tsx.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cachedBundle } from './bundle-cache.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle =
  process.env.CROSSCHECK_CLI_FROM_SOURCE === '1'
    ? null
    : cachedBundle(
        join(root, 'electron', 'cli', 'main.ts'),
        join(root, 'node_modules', '.cache', 'crosscheck'),
      );
let runCli;
if (bundle) ({ runCli } = await import(pathToFileURL(bundle).href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ runCli } = await import('../electron/cli/main.ts'));
}
process.exitCode = await runCli(process.argv.slice(2));
