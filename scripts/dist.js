#!/usr/bin/env node
// `npm run dist [-- --linux|--win|--mac ...]`: builds the app with electron-vite, then packs it
// into installers under release/ with electron-builder and electron-builder.yml. Extra
// arguments go to electron-builder unchanged.
// Packaging needs the Electron zip for every target platform and arch, which electron-builder
// downloads. Before spending a minute on the build, this script checks that the zip is in a
// cache or that the download host answers; when neither holds, or electron-builder still fails
// on a download, it says so in one sentence and exits 1 instead of leaving a network stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;

// electron-builder's platform and arch flags, mapped to the names Electron's zips use.
const PLATFORM_FLAGS = {
  darwin: ['--mac', '-m', '-o', '--macos'],
  win32: ['--win', '-w', '--windows'],
  linux: ['--linux', '-l'],
};
const ARCH_FLAGS = ['x64', 'ia32', 'armv7l', 'arm64'];
// Errors that mean "the network was not there", as Node, undici and @electron/get word them.
const OFFLINE_PATTERN =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo|fetch failed|socket hang up|Cannot download|unable to get local issuer/i;

function offlineMessage(zips) {
  return (
    `Packaging needs internet access to download Electron ${electronVersion} and electron-builder's packaging tools, ` +
    `or an ELECTRON_CACHE folder that already holds ${zips.join(' and ')}.`
  );
}

/** The Electron zips electron-builder will ask for, from the flags it was given. */
function requiredZips() {
  const platforms = Object.keys(PLATFORM_FLAGS).filter((p) =>
    PLATFORM_FLAGS[p].some((flag) => args.includes(flag)),
  );
  if (platforms.length === 0) platforms.push(process.platform);
  let archs = ARCH_FLAGS.filter((arch) => args.includes(`--${arch}`));
  if (args.includes('--universal')) archs = [...new Set([...archs, 'x64', 'arm64'])];
  if (archs.length === 0) archs = [process.arch];
  return platforms.flatMap((p) => archs.map((a) => `electron-v${electronVersion}-${p}-${a}.zip`));
}

/** Caches that may hold the zips: ELECTRON_CACHE (flat) and @electron/get's default (one hashed folder per URL). */
function findZipFolder(zips) {
  const candidates = [];
  if (process.env.ELECTRON_CACHE) candidates.push(process.env.ELECTRON_CACHE);
  const getCache =
    process.platform === 'darwin'
      ? join(homedir(), 'Library', 'Caches', 'electron')
      : process.platform === 'win32'
        ? join(process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'electron', 'Cache')
        : join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'electron');
  for (const cache of [...candidates, getCache]) {
    if (!existsSync(cache)) continue;
    const folders = [
      cache,
      ...readdirSync(cache, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => join(cache, d.name)),
    ];
    const found = folders.find((folder) => zips.every((zip) => existsSync(join(folder, zip))));
    if (found) return found;
  }
  return null;
}

/** True when the zip's download URL answers; a HEAD request, so nothing is downloaded here. */
async function downloadReachable(zip) {
  const mirror = process.env.ELECTRON_MIRROR ?? 'https://github.com/electron/electron/releases/download/';
  const url = `${mirror.endsWith('/') ? mirror : `${mirror}/`}v${electronVersion}/${zip}`;
  try {
    const response = await fetch(url, {
      method: 'HEAD',
      redirect: 'follow',
      signal: AbortSignal.timeout(10_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Runs electron-builder, passing its output through while keeping the tail to diagnose a failure. */
function runBuilder(builderArgs) {
  return new Promise((resolve) => {
    const env = { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) };
    const child = spawn(
      process.execPath,
      [join(root, 'node_modules', 'electron-builder', 'cli.js'), ...builderArgs],
      {
        cwd: root,
        env,
        stdio: ['inherit', 'pipe', 'pipe'],
      },
    );
    let tail = '';
    const keep = (chunk) => (tail = (tail + chunk.toString()).slice(-64 * 1024));
    child.stdout.on('data', (chunk) => (process.stdout.write(chunk), keep(chunk)));
    child.stderr.on('data', (chunk) => (process.stderr.write(chunk), keep(chunk)));
    child.on('close', (code) => resolve({ code: code ?? 1, tail }));
  });
}

const zips = requiredZips();
const cached = findZipFolder(zips);
if (!cached && !(await downloadReachable(zips[0]))) {
  console.error(offlineMessage(zips));
  process.exit(1);
}

run(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']);

const builderArgs = ['--config', 'electron-builder.yml'];
// Never upload from here (electron-builder publishes on its own when it detects a CI tag).
if (!args.some((a) => a === '--publish' || a === '-p' || a.startsWith('--publish=')))
  builderArgs.push('--publish', 'never');
// A cached zip is handed over as electronDist, which electron-builder unpacks without a checksum
// download, so a seeded cache really works offline.
if (cached && !args.some((a) => a.startsWith('-c.electronDist') || a.startsWith('--config.electronDist'))) {
  builderArgs.push(`-c.electronDist=${cached}`);
}
const { code, tail } = await runBuilder([...builderArgs, ...args]);
if (code !== 0 && OFFLINE_PATTERN.test(tail)) {
  console.error(offlineMessage(zips));
  process.exit(1);
}
process.exit(code);
