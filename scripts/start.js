#!/usr/bin/env node
// `npm start`: builds the app, then opens the Electron window. Electron's binary is not
// downloaded at install time (see .npmrc), so the first start runs Electron's own installer.
// Where that is impossible (no internet) or there is no display, Crosscheck says so in one
// sentence and starts browser mode instead, printing its URL.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');

function electronBinary() {
  try {
    const exe = readFileSync(join(electronDir, 'path.txt'), 'utf8');
    const full = join(electronDir, 'dist', exe);
    return existsSync(full) ? full : null;
  } catch {
    return null;
  }
}

function installElectron() {
  console.error('Fetching the Electron binary (first start only)…');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'ignore',
    timeout: 300_000,
  });
  return result.status === 0 ? electronBinary() : null;
}

function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']);

let reason = null;
let binary = null;
if (process.env.CROSSCHECK_BROWSER_MODE === '1') reason = 'CROSSCHECK_BROWSER_MODE=1 is set';
else if (!hasDisplay())
  reason = 'there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set)';
else {
  binary = electronBinary() ?? installElectron();
  if (!binary)
    reason = "Electron's binary is not installed and could not be downloaded (no internet access?)";
}

if (binary) {
  const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.error(`Crosscheck is starting in browser mode because ${reason}.`);
  const child = spawn(
    process.execPath,
    [join(root, 'bin', 'crosscheck.js'), 'serve', ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      cwd: root,
    },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
