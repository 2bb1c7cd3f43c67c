// Benchmark: importing a large scrape folder. Generates 10,000 synthetic news files (scaled by
// BENCH_SCALE), then measures in one run (a) a raw read of every file's bytes with the
// importer's concurrency, as the floor no importer can beat, and (b) the real import through
// importPaths into a fresh WorkspaceStore. Goals from the issue: import within 5× the raw
// read, peak RSS under 1 GB. Every generated file must be imported; anything else is a
// failure. To see where the time goes, profile: node --cpu-prof bin/run-ts.js bench/run.ts.
// Never changes the importer or the store: it only calls them.
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { importPaths } from '../electron/services/import-service';
import { largeImportInFlight } from '../electron/services/ingest-pool';
import { WorkspaceStore } from '../electron/store/workspace-store';
import {
  benchScale,
  fmt,
  goal,
  inPool,
  MB,
  timed,
  withPeakRss,
  withTempDir,
  type Benchmark,
  type Result,
  type ResultLine,
} from './lib/benchmark';
import { writeNewsCorpus } from './lib/news-corpus';

const FULL_CORPUS_FILES = 10_000;
/** The files a large import keeps in hand at once (ingest-pool.ts); the raw read uses the same. */
const CONCURRENCY = largeImportInFlight();
const MAX_RATIO = 5;
const MAX_RSS_MB = 1024;

export const importThroughput: Benchmark = {
  name: 'import-throughput',
  run: () => withTempDir('import', run),
};

async function run(tmp: string): Promise<Result> {
  const fileCount = Math.max(10, Math.round(FULL_CORPUS_FILES * benchScale()));
  const corpusDir = join(tmp, 'corpus');
  const corpus = await writeNewsCorpus(corpusDir, fileCount);
  const corpusMB = corpus.bytes / MB;

  // The corpus was just written, so both phases read from the page cache: the comparison is
  // the importer's own cost against plain reading, not disk speed.
  const raw = await timed(() => readEverything(corpusDir));
  // For comparison only: one synchronous read after another, no promises. On a VM where
  // every hop between threads costs a system call this is the faster way to read.
  const sequential = await timed(() => readOneByOne(corpusDir));
  const { store } = await WorkspaceStore.open(join(tmp, 'workspace'));
  const measured = await withPeakRss(() => timed(() => importPaths(store, [corpusDir])));
  const result = measured.value.value;
  const importSeconds = measured.value.seconds;
  const ratio = importSeconds / raw.seconds;
  const peakMB = measured.peakBytes / MB;

  const failures: string[] = [];
  const accounted = result.imported.length + result.duplicates.length + result.rejected.length;
  if (accounted !== fileCount) {
    failures.push(`${fileCount} files went in but ${accounted} came out (imported + duplicates + rejected).`);
  }
  if (result.imported.length !== fileCount) {
    failures.push(`only ${result.imported.length} of ${fileCount} generated articles were imported.`);
  }
  for (const r of result.rejected.slice(0, 5)) failures.push(`rejected ${r.path}: ${r.reason}`);
  for (const d of result.duplicates.slice(0, 5))
    failures.push(`reported as a duplicate: ${d.path} (same as ${d.sameAs})`);
  if (sequential.value.files !== fileCount || sequential.value.bytes !== corpus.bytes) {
    failures.push(
      `the sequential read saw ${sequential.value.files} files / ${sequential.value.bytes} bytes, not ${fileCount} / ${corpus.bytes}.`,
    );
  }
  if (raw.value.files !== fileCount || raw.value.bytes !== corpus.bytes) {
    failures.push(
      `the raw read saw ${raw.value.files} files / ${raw.value.bytes} bytes, not ${fileCount} / ${corpus.bytes}.`,
    );
  }
  // The index must be on disk, not only in memory: open the workspace again and count.
  const reopened = (await WorkspaceStore.open(join(tmp, 'workspace'))).store.listEntries().length;
  if (reopened !== fileCount) failures.push(`the saved index lists ${reopened} articles, not ${fileCount}.`);

  const byFormat = (f: string) => corpus.files.filter((x) => x.format === f).length;
  const words = corpus.files.reduce((sum, f) => sum + f.words, 0);
  const folders = new Set(corpus.files.map((f) => f.path.slice(0, f.path.lastIndexOf('/')))).size;
  const lines: ResultLine[] = [
    {
      label: 'corpus',
      value:
        `${fileCount} files (${byFormat('txt')} txt, ${byFormat('md')} md, ${byFormat('json')} json) in ${folders} folders, ` +
        `${result.imported.length} articles from ${corpus.stories} stories, ${fmt(corpusMB)} MB, ${Math.round(words / fileCount)} words/file`,
    },
    { label: 'raw read', value: `${fmt(raw.seconds)} s, ${fmt(corpusMB / raw.seconds, 1)} MB/s` },
    {
      label: 'import',
      value: `${fmt(importSeconds)} s, ${fmt(corpusMB / importSeconds, 1)} MB/s, ${Math.round(fileCount / importSeconds)} files/s`,
    },
    { label: 'import/raw', value: `${fmt(ratio, 1)}×`, goal: goal(`≤ ${MAX_RATIO}×`, ratio <= MAX_RATIO) },
    {
      label: 'raw read, one file at a time',
      value: `${fmt(sequential.seconds)} s with synchronous reads; import/this ${fmt(importSeconds / sequential.seconds, 1)}× (no goal)`,
    },
    {
      label: 'peak RSS during import',
      value: `${Math.round(peakMB)} MB`,
      goal: goal(`< ${MAX_RSS_MB} MB`, peakMB < MAX_RSS_MB),
    },
    {
      label: 'imported',
      value: `${result.imported.length} of ${fileCount} (${result.duplicates.length} duplicates, ${result.rejected.length} rejected)`,
    },
  ];
  return { lines, failures };
}

/** Walks the folder and reads every file's bytes, CONCURRENCY at a time. */
async function readEverything(root: string): Promise<{ files: number; bytes: number }> {
  const paths: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) paths.push(path);
    }
  };
  await walk(root);
  let bytes = 0;
  await inPool(paths, CONCURRENCY, async (path) => {
    const data = await readFile(path); // awaited first: `bytes += await …` would read a stale total
    bytes += data.length;
  });
  return { files: paths.length, bytes };
}

/** Walks the folder and reads every file's bytes, one synchronous read after another. */
async function readOneByOne(root: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        files++;
        bytes += readFileSync(path).length;
      }
    }
  };
  walk(root);
  return { files, bytes };
}
