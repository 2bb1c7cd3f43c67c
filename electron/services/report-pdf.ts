// PDF reports outside Electron (the CLI, browser mode): the report's HTML printed by a headless
// Chromium or Chrome found on the machine (CROSSCHECK_CHROMIUM, else the usual install places),
// through its own --print-to-pdf switch, so no browser is downloaded and no library is needed.
// The desktop app prints the same HTML with Electron's printToPDF instead.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { freshScratchDir } from '../store/crashed-temps';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkbenchError } from '../../shared/model';
import { writeFileDurable } from '../store/durable-write';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CROSSCHECK_CHROMIUM) return existsSync(env.CROSSCHECK_CHROMIUM) ? env.CROSSCHECK_CHROMIUM : null;
  return CANDIDATES.find((c) => existsSync(c)) ?? null;
}

/** Prints `html` to a PDF at `out` (written whole or not at all). */
export async function htmlToPdf(html: string, out: string): Promise<void> {
  const chromium = findChromium();
  if (!chromium)
    throw new WorkbenchError(
      'failed',
      'A PDF report needs Chromium or Google Chrome on this machine; install one, or set CROSSCHECK_CHROMIUM to its program file.',
    );
  const dir = await freshScratchDir(tmpdir(), 'crosscheck-pdf-');
  try {
    const page = join(dir, 'report.html');
    const pdf = join(dir, 'report.pdf');
    await writeFile(page, html);
    await new Promise<void>((resolve, reject) =>
      execFile(
        chromium,
        [
          '--headless',
          // Chromium refuses to start as root with its sandbox on (CI containers); everyone
          // else keeps it. The page printed is our own escaped HTML without scripts.
          ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          '--no-pdf-header-footer',
          `--user-data-dir=${join(dir, 'profile')}`,
          `--print-to-pdf=${pdf}`,
          pathToFileURL(page).href,
        ],
        { timeout: 120_000 },
        (err) => (err ? reject(err) : resolve()),
      ),
    );
    const bytes = await readFile(pdf).catch(() => null);
    if (!bytes || bytes.subarray(0, 5).toString() !== '%PDF-')
      throw new WorkbenchError('failed', `${chromium} did not print the report to PDF.`);
    await writeFileDurable(out, bytes);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
