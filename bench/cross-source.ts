// Benchmark: cross-source checking at scale.
// 1. Workspace-wide matching: 2,000 and 20,000 generated articles (bench/lib/story-corpus.ts:
//    planted versions and same-subject stories), every sentence filed in the statement index,
//    then every claim of one article in ten (a seeded sample, the same share at both sizes, so
//    the work asked still grows 10×) asked "who else says this?" (findSources). Median of
//    ROUNDS rounds, small and large alternating. Goal: t(20k)/t(2k) ≤ 12 — matching grows
//    near-linearly with the workspace. (Asking every claim takes minutes a round; a single
//    round's ratio moves by ±1 with the machine's load.)
// 2. A story of 1,000 near-identical copies (and one of 100), imported through the service:
//    its claims listed with identical wordings collapsed (the list must be as short as the
//    story's distinct claims), and `claims --jsonl` output linear in the claims: bytes at 1,000
//    copies over bytes at 100 ≤ 12 (copies² would be ≈ 100).
// 3. `crosscheck claims --jsonl` on 20,000 imported articles, run as its own process: its peak
//    memory (goal < 1 GB), lines written, time.
// Failures (wrong results): a collapsed list longer than the distinct claims, a planted
// cross-story restatement not found, a child process that failed.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractClaims } from '../shared/claims';
import { splitSentences } from '../shared/ingest';
import { findSources, indexedSentences, StatementIndex, FactsCache } from '../shared/sources';
import { openWorkbench } from '../electron/services/open-workbench';
import { printClaims } from '../electron/cli/print-claims';
import { PROJECT_ROOT } from './lib/paths';
import {
  benchScale,
  fmt,
  goal,
  MB,
  timed,
  withTempDir,
  type Benchmark,
  type Result,
  type ResultLine,
} from './lib/benchmark';
import { generateStoryCorpus, type PlantedArticle } from './lib/story-corpus';
import { seededRandom } from './lib/prng';
import { writeNewsCorpus } from './lib/news-corpus';
import { wireCopies } from './lib/wire-copies';
import { Writable } from 'node:stream';

const SMALL = 2_000;
const LARGE = 20_000;
const MAX_RATIO = 12;
const ROUNDS = 3;
/** The share of articles whose claims are asked, at both sizes. */
const ASKED = 0.1;
const COPIES = [100, 1_000];
const JSONL_ARTICLES = 20_000;
const MAX_RSS = 1024 * MB;

export const crossSource: Benchmark = { name: 'cross-source', run: () => withTempDir('sources', run) };

async function run(tmp: string): Promise<Result> {
  const scale = benchScale();
  const lines: ResultLine[] = [];
  const failures: string[] = [];
  // Each line is also shown on stderr as soon as it is measured: the whole run takes a while.
  const say = (...more: ResultLine[]) => {
    for (const l of more)
      console.error(`  … ${l.label}: ${l.value}${l.goal ? ` (goal ${l.goal.target})` : ''}`);
    lines.push(...more);
  };

  // 1. Matching at two sizes.
  const small = generateStoryCorpus(Math.max(100, Math.round(SMALL * scale)));
  const large = generateStoryCorpus(Math.max(1000, Math.round(LARGE * scale)));
  matchAll(generateStoryCorpus(200, 3)); // warm the JIT
  const rounds: { s: Timed; l: Timed }[] = [];
  for (let round = 0; round < ROUNDS; round++)
    rounds.push({ s: await timed(async () => matchAll(small)), l: await timed(async () => matchAll(large)) });
  const s = rounds.map((r) => r.s).sort((p, q) => p.seconds - q.seconds)[ROUNDS >> 1]!;
  const l = rounds.map((r) => r.l).sort((p, q) => p.seconds - q.seconds)[ROUNDS >> 1]!;
  const ratio = l.seconds / s.seconds;
  const asked = (t: Timed, articles: number) =>
    `${fmt(t.seconds)} s (median of ${ROUNDS}), index of ${articles} articles, ` +
    `${t.value.claims} claims of ${t.value.askedArticles} articles asked, ${t.value.found} sources found`;
  say(
    { label: `match ${small.length}`, value: asked(s, small.length) },
    { label: `match ${large.length}`, value: asked(l, large.length) },
    {
      label: `t(${large.length})/t(${small.length})`,
      value: `${fmt(ratio, 1)}× for ${fmt(large.length / small.length, 0)}× the articles`,
      goal: goal(`≤ ${MAX_RATIO}×`, ratio <= MAX_RATIO),
    },
  );
  if (l.value.found === 0) failures.push('no claim of the large corpus found any source');

  // 2. One story of many copies, through the service and the CLI's printer.
  const sizes: { copies: number; claims: number; distinct: number; bytes: number; seconds: number }[] = [];
  for (const copies of COPIES.map((c) => Math.max(20, Math.round(c * Math.min(1, scale * 2))))) {
    const folder = join(tmp, `wire-${copies}`);
    const story = wireCopies(copies);
    await mkdir(folder, { recursive: true });
    for (const [i, text] of story.files.entries()) await writeFile(join(folder, `copy-${i}.txt`), text);
    const { api } = await openWorkbench(
      { dir: join(tmp, `ws-${copies}`), isDefault: false },
      { mode: 'browser' },
    );
    await api.importPaths({ paths: [folder] });
    const out = counter();
    const t = await timed(async () => printClaims(api, {}, { jsonl: true }, out.stream));
    sizes.push({
      copies,
      claims: out.lines(),
      distinct: story.distinctClaims,
      bytes: out.bytes(),
      seconds: t.seconds,
    });
    if (out.lines() > story.distinctClaims)
      failures.push(
        `${copies} copies: ${out.lines()} claims listed for ${story.distinctClaims} distinct wordings`,
      );
  }
  const [few, many] = [sizes[0]!, sizes[1]!];
  const growth = many.bytes / few.bytes;
  const copyRatio = many.copies / few.copies;
  for (const x of sizes)
    say({
      label: `story of ${x.copies} copies`,
      value: `${x.claims} claims listed (${x.distinct} distinct wordings), claims --jsonl ${fmt(x.bytes / MB)} MB in ${fmt(x.seconds)} s`,
    });
  say({
    label: `jsonl bytes ${many.copies}/${few.copies} copies`,
    value: `${fmt(growth, 1)}× for ${fmt(copyRatio, 0)}× the copies (copies² would be ${fmt(copyRatio ** 2, 0)}×)`,
    goal: goal(`≤ ${fmt(copyRatio * 1.2, 0)}× (linear)`, growth <= copyRatio * 1.2),
  });

  // 3. claims --jsonl on a large imported workspace, in its own process.
  const articles = Math.max(500, Math.round(JSONL_ARTICLES * scale));
  const corpus = join(tmp, 'news');
  await writeNewsCorpus(corpus, articles);
  const ws = join(tmp, 'ws-news');
  const { api } = await openWorkbench({ dir: ws, isDefault: false }, { mode: 'browser' });
  const imported = await api.importPaths({ paths: [corpus] });
  const child = await claimsJsonlChild(ws);
  if (child.code !== 0) failures.push(`claims --jsonl exited ${child.code}: ${child.stderr.slice(0, 300)}`);
  say({
    label: `claims --jsonl, ${imported.imported.length} articles`,
    value: `${child.lines} claims, ${fmt(child.bytes / MB)} MB in ${fmt(child.seconds)} s; peak ${fmt(child.maxRss / MB, 0)} MB`,
    goal: goal('< 1 GB', child.maxRss > 0 && child.maxRss < MAX_RSS),
  });
  return { lines, failures };
}

type Timed = { seconds: number; value: Matched };
type Matched = { claims: number; found: number; askedArticles: number };

/**
 * Files every article, then asks for the sources of every claim of a seeded sample of the
 * articles (ASKED of them, spread over the whole corpus); counts what it found.
 */
function matchAll(corpus: readonly PlantedArticle[]): Matched {
  const index = new StatementIndex();
  const sentences = corpus.map((a) => ({ id: a.id, sentences: splitSentences(a.text) }));
  for (const a of sentences) index.add(a.id, indexedSentences(a.sentences));
  const facts = new FactsCache();
  const sample = seededRandom(20261206);
  const asked = sentences.filter(() => sample.chance(ASKED));
  let claims = 0;
  let found = 0;
  for (const a of asked)
    for (const claim of extractClaims(a.id, a.sentences)) {
      claims++;
      found += findSources(
        { text: claim.text, exclude: new Set([a.id]) },
        { index, dateOf: () => null, facts },
      ).length;
    }
  return { claims, found, askedArticles: asked.length };
}

function counter(): { stream: Writable; bytes: () => number; lines: () => number } {
  let bytes = 0;
  let lines = 0;
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      for (const b of chunk) if (b === 10) lines++;
      done();
    },
  });
  return { stream, bytes: () => bytes, lines: () => lines };
}

/** Runs the CLI's `claims --jsonl` in a child process; its stdout is counted, not kept. */
function claimsJsonlChild(
  workspace: string,
): Promise<{ code: number; lines: number; bytes: number; seconds: number; maxRss: number; stderr: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [
        join(PROJECT_ROOT, 'bin', 'run-ts.js'),
        join(PROJECT_ROOT, 'bench', 'lib', 'claims-jsonl-child.ts'),
        workspace,
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let bytes = 0;
    let lines = 0;
    let stderr = '';
    let tail = '';
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      for (const b of chunk) if (b === 10) lines++;
      tail = (tail + chunk.toString('utf8')).slice(-2000);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => {
      const report = /CHILD-REPORT (\{.*\})/.exec(stderr);
      const maxRss = report ? (JSON.parse(report[1]!) as { maxRss: number }).maxRss : 0;
      resolve({
        code: code ?? 1,
        lines,
        bytes,
        seconds: (performance.now() - started) / 1000,
        maxRss,
        stderr: stderr || tail,
      });
    });
  });
}
