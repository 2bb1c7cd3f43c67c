// A TypeScript entry (the CLI, a worker) bundled into one JavaScript file with esbuild and kept
// in a cache folder with the list of files it was built from (size and modification time of
// each); any change to one of them builds it again, so it never runs code older than the
// sources. Run from source, tsx compiles every module as it is loaded: the CLI took 1.3 s and
// 140 MB to start that way, its bundle 0.2 s and 80 MB; a worker thread started through tsx
// costs about 1 s of CPU, its bundle 0.3 s. Plain JavaScript, so bin/crosscheck.js can use it
// before anything TypeScript is loaded; the built desktop app never comes here (electron-vite
// bundles it at build time).
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';

/**
 * Path of an up-to-date bundle of `entry` in `cacheDir`, building it if it is missing or any of
 * its inputs changed; null if that cannot be done (no esbuild, a build error, a read-only
 * folder), and the caller then runs the TypeScript through tsx.
 * @param {string} entry
 * @param {string} cacheDir
 * @returns {string | null}
 */
export function cachedBundle(entry, cacheDir) {
  const name = basename(entry).replace(/\.[cm]?ts$/, '');
  const bundle = join(cacheDir, `${name}.mjs`);
  const recordFile = join(cacheDir, `${name}.inputs.json`);
  try {
    const esbuild = createRequire(import.meta.url)('esbuild');
    if (isCurrent(readRecord(recordFile), entry, esbuild.version)) return bundle;
    const built = esbuild.buildSync({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      outfile: bundle,
      metafile: true,
      logLevel: 'silent',
      // Some bundled CommonJS packages call require(); an ES module has none of its own.
      banner: {
        js: "import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);",
      },
    });
    const code = built.outputFiles?.[0]?.text;
    if (code === undefined || !built.metafile) return null;
    // esbuild names inputs relative to the working folder.
    const inputs = {};
    for (const input of Object.keys(built.metafile.inputs)) {
      const path = resolve(input);
      const s = statSync(path);
      inputs[path] = [s.size, s.mtimeMs];
    }
    mkdirSync(cacheDir, { recursive: true });
    // Bundle first, then the record that vouches for it; each replaced whole (a temp file
    // renamed), so another process starting meanwhile never loads half a file.
    writeWhole(bundle, code);
    writeWhole(recordFile, JSON.stringify({ entry, esbuild: esbuild.version, inputs }));
    return bundle;
  } catch {
    return null;
  }
}

function readRecord(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function isCurrent(record, entry, esbuildVersion) {
  if (!record || record.entry !== entry || record.esbuild !== esbuildVersion) return false;
  for (const [path, [size, mtime]] of Object.entries(record.inputs)) {
    try {
      const s = statSync(path);
      if (s.size !== size || s.mtimeMs !== mtime) return false;
    } catch {
      return false;
    }
  }
  return true;
}

function writeWhole(file, text) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}
