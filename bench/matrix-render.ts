// Benchmark: the matrix screen of a story with 50 versions × 200 claims in Chromium (browser
// mode, the built renderer): the time from *Matrix* to the grid on screen (the server builds
// the matrix, the page lays it out), then a scripted scroll through the whole grid, 200 px a
// frame, timing every frame. A windowed grid mounts ~20 rows whatever the position, so frames
// should stay near the display's 16.7 ms. No goal is set by the issue; printed for comparison
// with matrix-build. Needs `npm run build` and Debian's Chromium; without them it says so.
// Failures: a frame showing a blank band (no mounted row under the header), or the whole grid
// mounted at once.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import CHROMIUM_ARGS from '../scripts/chromium-args.json' with { type: 'json' };
import { BROWSER, CLI, cannotMeasure, serveWorkspace } from './lib/browser-mode';
import { fmt, withTempDir, type Benchmark, type Result } from './lib/benchmark';
import { longStory, longStoryFile } from './lib/long-story';

export const matrixRender: Benchmark = {
  name: 'matrix-render',
  run: () => withTempDir('matrix-render', run),
};

const STEP = 200;

async function run(tmp: string): Promise<Result> {
  const missing = cannotMeasure();
  if (missing) return missing;

  const story = longStory(50, 200);
  const folder = join(tmp, 'story');
  mkdirSync(folder);
  story.versions.forEach((_, v) => writeFileSync(join(folder, `v${v + 1}.txt`), longStoryFile(story, v)));
  const workspace = join(tmp, 'workspace');
  const imported = spawnSync(process.execPath, [CLI, 'import', folder, '--workspace', workspace], {
    encoding: 'utf8',
  });
  if (imported.status !== 0) return { lines: [], failures: [`import failed: ${imported.stderr}`] };

  const served = serveWorkspace(workspace, join(tmp, 'config'));
  const browser = await chromium.launch({ executablePath: BROWSER, args: CHROMIUM_ARGS });
  try {
    const { url } = await served;
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url);
    await page.getByTestId('story-title').first().click();
    await page.getByTestId('open-matrix').waitFor();
    const t0 = performance.now();
    await page.getByTestId('open-matrix').click();
    await page.getByTestId('matrix-row').first().waitFor();
    const openMs = performance.now() - t0;
    const summary = await page.getByTestId('matrix-summary').innerText();

    // A string, not a function: tsx's compiler would wrap a function in helpers the page lacks.
    const scroll = (await page.evaluate(SCROLL_THROUGH.replace('STEP', String(STEP)))) as {
      frames: number[];
      blank: number;
      mounted: number;
      rows: number;
    };
    // The floor on this machine: the same scroll over a static page of plain text in a table
    // of the same size (nothing mounted or laid out while scrolling, only painted).
    // (A blank page of its own: the app's Content-Security-Policy would drop the inline styles.)
    const plain = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await plain.setContent(staticPage(scroll.rows, 50));
    const floor = (await plain.evaluate(SCROLL_THROUGH.replace('STEP', String(STEP)))) as {
      frames: number[];
    };
    const stats = (frames: number[]) => {
      const sorted = [...frames].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
      return `median ${fmt(at(0.5), 1)} ms, p95 ${fmt(at(0.95), 1)} ms, longest ${fmt(sorted.at(-1)!, 1)} ms`;
    };
    const failures: string[] = [];
    if (scroll.blank > 0) failures.push(`${scroll.blank} frames showed no row under the header`);
    if (scroll.mounted >= scroll.rows) failures.push(`all ${scroll.rows} rows were mounted at once`);
    return {
      lines: [
        { label: 'story', value: summary.replace(/\s+/g, ' ') },
        { label: 'open (request, build, first paint)', value: `${fmt(openMs)} ms` },
        {
          label: 'scroll through, frame time',
          value: `${stats(scroll.frames)} (${scroll.frames.length} frames of ${STEP} px; 60 fps = 16.7 ms)`,
        },
        { label: 'same scroll, static table', value: `${stats(floor.frames)} (all cells in the page)` },
        { label: 'rows mounted at most', value: `${scroll.mounted} of ${scroll.rows}` },
      ],
      failures,
    };
  } finally {
    await browser.close();
    (await served.catch(() => null))?.child.kill('SIGTERM');
  }
}

/** Scrolls the grid STEP px a frame to the end; per frame: its time, and whether a row shows. */
const SCROLL_THROUGH = `new Promise((done) => {
  const el = document.querySelector('.mx-scroll');
  const head = el.querySelector('thead th');
  const frames = [];
  let blank = 0;
  let mounted = 0;
  let last = performance.now();
  const tick = (now) => {
    frames.push(now - last);
    last = now;
    // What this frame shows: a row must sit right under the header.
    const rows = [...el.querySelectorAll('tr.mx-row')];
    mounted = Math.max(mounted, rows.length);
    const top = head.getBoundingClientRect().bottom;
    if (!rows.some((r) => r.getBoundingClientRect().top <= top + 1)) blank++;
    if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1)
      return done({ frames: frames.slice(1), blank, mounted, rows: Number(el.querySelector('table').dataset.rows) });
    el.scrollTop += STEP;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

/** A plain table as big as the matrix, every cell in the page, in the same scroller markup. */
function staticPage(rows: number, columns: number): string {
  const cell =
    '<td style="width:190px;height:127px;padding:10px;border:1px solid #ddd">8,114 households; 23<br>same wording</td>';
  const row = `<tr class="mx-row"><th style="width:380px">Officials in Keldra said on Tuesday that the plan would reach 8,114 households by the end of the year.</th>${cell.repeat(columns)}</tr>`;
  return `<div class="mx-scroll" style="height:780px;overflow:auto;font:13px system-ui"><table style="table-layout:fixed;width:${380 + columns * 190}px;border-spacing:0" data-rows="${rows}"><thead><tr><th style="position:sticky;top:0;background:#eee">Claim</th></tr></thead><tbody>${row.repeat(rows)}</tbody></table></div>`;
}
