// End-to-end tests in a real browser: Debian's Chromium (never a downloaded browser), driving
// browser mode; the Electron spec drives the real window where an Electron binary exists.
import { defineConfig } from '@playwright/test';
// Offline and quiet: no sandbox (root in containers), no GPU, no background traffic. Shared with
// scripts/render-icons.mjs.
import CHROMIUM_ARGS from './scripts/chromium-args.json' with { type: 'json' };

export const CHROMIUM = process.env.CROSSCHECK_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    headless: true,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
