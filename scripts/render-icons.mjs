#!/usr/bin/env node
// Renders build/icon.svg into the PNGs electron-builder packages: build/icon.png (1024 px,
// from which it derives the macOS .icns and Windows .ico) and build/icons/<n>x<n>.png (the
// Linux icon set, named by size as electron-builder requires). Run it after editing the SVG:
//   node scripts/render-icons.mjs
// Each size is rendered from the vector source rather than scaled down from 1024 px, so the
// small sizes get the browser's own anti-aliasing at their real pixel grid instead of a blur.
// At 32 px and below the macOS grid's transparent margin would waste a fifth of the pixels,
// so those sizes are cropped to the rounded body (the usual practice for small Linux icons).
// Uses the system Chromium through Playwright; it never downloads a browser.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
// Offline and quiet: no sandbox (containers), no GPU, no background traffic to Google.
import CHROMIUM_ARGS from './chromium-args.json' with { type: 'json' };

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = join(root, 'build');
const LINUX_SIZES = [512, 256, 128, 64, 32, 16];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SMALL = 32;
const BODY_VIEWBOX = '88 88 848 848'; // the 824 px body of icon.svg plus a 12 px margin

if (!existsSync(CHROMIUM)) {
  console.error(
    `Rendering icons needs Chromium at ${CHROMIUM}; set CHROMIUM_PATH to another Chromium binary.`,
  );
  process.exit(1);
}

const svg = await readFile(join(buildDir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_ARGS,
});

try {
  const targets = [
    { size: 1024, file: join(buildDir, 'icon.png') },
    ...LINUX_SIZES.map((size) => ({ size, file: join(buildDir, 'icons', `${size}x${size}.png`) })),
  ];
  await mkdir(join(buildDir, 'icons'), { recursive: true });
  for (const { size, file } of targets) {
    await writeFile(file, await render(size));
    console.log(`wrote ${file.slice(root.length + 1)} (${size}×${size})`);
  }
} finally {
  await browser.close();
}

async function render(size) {
  // deviceScaleFactor 1: one CSS pixel is one PNG pixel, so the file is exactly size×size.
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  try {
    // The SVG is inlined (not loaded from a URL) and resized by its own width/height, which
    // keeps it vector all the way to the target size.
    let sized = svg.replace(/<svg([^>]*?)width="\d+" height="\d+"/, `<svg$1width="${size}" height="${size}"`);
    if (size <= SMALL) sized = sized.replace(/viewBox="[^"]*"/, `viewBox="${BODY_VIEWBOX}"`);
    await page.setContent(
      `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent}svg{display:block}</style></head><body>${sized}</body></html>`,
    );
    return await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  } finally {
    await page.close();
  }
}
