#!/usr/bin/env node
// `npm test`: every level in one go — a build of the app, unit and integration (Vitest),
// then the end-to-end specs (Playwright in Debian's Chromium, Electron where present).
// Ends with one line "Tests: N passed, N failed, N skipped" summed over both runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const reports = mkdtempSync(join(tmpdir(), 'crosscheck-test-reports-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

function step(title, args, env = {}) {
  console.log(`\n== ${title} ==`);
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) ok = false;
  return result.status === 0;
}

// 1. Build first: the E2E specs and the bundled-worker test run against out/.
const built = step('build (electron-vite)', [bin('electron-vite', 'bin/electron-vite.js'), 'build']);

// 2. Unit + integration.
const vitestJson = join(reports, 'vitest.json');
step('unit and integration tests (vitest)', [
  bin('vitest', 'vitest.mjs'),
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  totals.passed += r.numPassedTests;
  // A suite whose set-up failed has no failed test of its own (its tests count as skipped):
  // it still counts as at least one failure.
  totals.failed += Math.max(r.numFailedTests, r.numFailedTestSuites ?? 0);
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
} else {
  totals.failed += 1;
}

// 3. End to end.
if (built) {
  const pwJson = join(reports, 'playwright.json');
  step('end-to-end tests (playwright)', [bin('@playwright/test', 'cli.js'), 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
  });
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats;
    totals.passed += s.expected + s.flaky;
    totals.failed += s.unexpected;
    totals.skipped += s.skipped;
  } else {
    totals.failed += 1;
  }
} else {
  totals.failed += 1;
}

rmSync(reports, { recursive: true, force: true });
console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
