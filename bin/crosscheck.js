#!/usr/bin/env node
// The `crosscheck` command. The CLI is TypeScript (electron/cli); tsx runs it directly so
// `npx crosscheck` works right after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
