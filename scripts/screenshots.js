#!/usr/bin/env node
// `npm run screenshots`: runs the screens spec and copies the README's pictures into
// docs/screenshots/. Needs a build first (`npm run build`).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shots = mkdtempSync(join(tmpdir(), 'crosscheck-shots-'));
const run = spawnSync(
  process.execPath,
  [join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', 'tests/e2e/screens.spec.ts'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CROSSCHECK_SCREENSHOT_DIR: shots } },
);
if (run.status !== 0) process.exit(run.status ?? 1);
const target = join(root, 'docs', 'screenshots');
mkdirSync(target, { recursive: true });
for (const name of [
  'library-1440-light',
  'library-1024-dark',
  'removed-lines-1440-light',
  'import-summary-1440-dark',
  'empty-1024-light',
  'story-1440-light',
  'compare-1440-light',
  'compare-unified-1024-dark',
  'review-1440-light',
  'sources-review-1440-light',
  'sources-who-else-1440-light',
  'sources-story-1024-dark',
  'matrix-1440-light',
  'matrix-1024-dark',
  'report-1440-light',
  'palette-1440-light',
  'settings-1024-dark',
]) {
  copyFileSync(join(shots, `${name}.png`), join(target, `${name}.png`));
}
rmSync(shots, { recursive: true, force: true });
console.log(`Screenshots written to ${target}`);
