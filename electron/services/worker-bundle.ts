// A worker (ingest, sources) as one JavaScript file, for work run from the TypeScript sources (CLI,
// browser mode, benchmarks). Started through tsx, a worker loads hundreds of modules through
// tsx's hooks (linkedom's alone are most of them): about 1.2 s and 2 s of CPU for two workers,
// on this project's 2-core machine a fifth of a 10,000-file import. The same worker bundled
// with esbuild (which tsx itself runs on) starts in about 0.3 s. The bundle is built once and
// kept with the list of files it was built from (size and modification time of each); any
// change to one of them builds it again, so it never runs code older than the sources. The
// built app does not come here: electron-vite bundles its worker at build time.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';

/** What was built, from what. */
interface BundleRecord {
  readonly entry: string;
  readonly esbuild: string;
  /** Absolute input path → [size, mtimeMs]. */
  readonly inputs: Record<string, readonly [number, number]>;
}

/** The parts of esbuild's API used here; loaded only when needed (never in the built app). */
interface Esbuild {
  version: string;
  buildSync(options: object): {
    outputFiles?: { text: string }[];
    metafile?: { inputs: Record<string, unknown> };
  };
}

/**
 * Path of an up-to-date bundle of `entry` in `cacheDir`, building it if it is missing or any of
 * its inputs changed; null if that cannot be done (no esbuild, a build error, a read-only
 * folder), and the caller then starts the worker through tsx.
 */
export function workerBundle(entry: string, cacheDir: string): string | null {
  const name = basename(entry).replace(/\.[cm]?ts$/, '');
  const bundle = join(cacheDir, `${name}.mjs`);
  const recordFile = join(cacheDir, `${name}.inputs.json`);
  try {
    const esbuild = createRequire(import.meta.url)('esbuild') as Esbuild;
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
    const inputs: Record<string, readonly [number, number]> = {};
    for (const input of Object.keys(built.metafile.inputs)) {
      const path = resolve(input);
      const s = statSync(path);
      inputs[path] = [s.size, s.mtimeMs];
    }
    mkdirSync(cacheDir, { recursive: true });
    // Bundle first, then the record that vouches for it; each replaced whole (a temp file
    // renamed), so another process starting a worker meanwhile never loads half a file.
    writeWhole(bundle, code);
    writeWhole(
      recordFile,
      JSON.stringify({ entry, esbuild: esbuild.version, inputs } satisfies BundleRecord),
    );
    return bundle;
  } catch {
    return null;
  }
}

function readRecord(file: string): BundleRecord | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BundleRecord;
  } catch {
    return null;
  }
}

function isCurrent(record: BundleRecord | null, entry: string, esbuildVersion: string): boolean {
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

function writeWhole(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}
