// `npm run bench [-- name...]`: runs the benchmarks listed below one after another and prints
// a compact report. A benchmark is a module exporting { name, run() } (bench/lib/benchmark.ts);
// add new ones to BENCHMARKS. Exit code 1 only when a benchmark found a wrong result or
// crashed; missed performance goals are printed as "not met" and exit 0.
// Environment: BENCH_SCALE (e.g. 0.1) shrinks the corpora for a quick check; BENCH_TMPDIR picks
// the scratch disk.
import { cpus } from 'node:os';
import { benchScale, type Benchmark, type ResultLine } from './lib/benchmark';
import { compareVersions } from './compare-versions';
import { importThroughput } from './import-throughput';
import { storyGrouping } from './story-grouping';
import { verdictSave } from './verdict-save';
import { matrixBuild } from './matrix-build';
import { matrixRender } from './matrix-render';
import { crossSource } from './cross-source';
import { extractionQuality } from './extraction-quality';
import { libraryUi } from './library-ui';
import { reviewUi } from './review-ui';

const BENCHMARKS: readonly Benchmark[] = [
  importThroughput,
  storyGrouping,
  compareVersions,
  verdictSave,
  matrixBuild,
  matrixRender,
  libraryUi,
  reviewUi,
  crossSource,
  extractionQuality,
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !BENCHMARKS.some((b) => b.name === name));
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark ${unknown.join(', ')}; choose from ${BENCHMARKS.map((b) => b.name).join(', ')}.`,
  );
  process.exit(2);
}
const selected = wanted.length > 0 ? BENCHMARKS.filter((b) => wanted.includes(b.name)) : BENCHMARKS;

let scale: number;
try {
  scale = benchScale();
} catch (err) {
  console.error((err as Error).message);
  process.exit(2);
}

const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
console.log(
  `crosscheck bench · node ${process.version} · ${process.platform}-${process.arch} · ${cpus().length}× ${cpu} · scale ${scale}`,
);

let failed = false;
for (const bench of selected) {
  console.log(`\n${bench.name}`);
  const started = performance.now();
  try {
    const result = await bench.run();
    printLines(result.lines);
    for (const failure of result.failures) console.log(`  FAILED: ${failure}`);
    if (result.failures.length > 0) failed = true;
  } catch (err) {
    console.log(`  FAILED: the benchmark crashed: ${(err as Error).stack ?? String(err)}`);
    failed = true;
  }
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s including setup)`);
}
process.exit(failed ? 1 : 0);

function printLines(lines: readonly ResultLine[]): void {
  const width = Math.max(...lines.map((l) => l.label.length)) + 1;
  for (const line of lines) {
    const verdict = line.goal ? `   goal ${line.goal.target}: ${line.goal.met ? 'met' : 'NOT met'}` : '';
    console.log(`  ${`${line.label}:`.padEnd(width + 1)}${line.value}${verdict}`);
  }
}
