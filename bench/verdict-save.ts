// Benchmark: saving one verdict in a large workspace costs what it costs in a small one.
// Imports 100 and 10,000 generated articles (scaled by BENCH_SCALE) into two workspaces, then
// times the same number of verdict saves in each through the service (setVerdict: checks the
// claim exists, appends to the review journal, fsyncs), alternating between the two so the
// disk's mood is shared. Goal: median save time at 10,000 over the one at 100 ≤ 1.5.
// Failure (a wrong result): a saved verdict that does not read back.
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractClaims } from '../shared/claims';
import type { WorkspaceApi } from '../shared/api';
import { openWorkbench } from '../electron/services/open-workbench';
import { benchScale, fmt, goal, withTempDir, type Benchmark, type Result } from './lib/benchmark';
import { writeNewsCorpus } from './lib/news-corpus';

const SMALL = 100;
const LARGE = 10_000;
const SAVES = 200;
const HISTORY = 20_000;
const MAX_RATIO = 1.5;
const STATUSES = ['consistent', 'conflicting', 'unclear'] as const;

export const verdictSave: Benchmark = { name: 'verdict-save', run: () => withTempDir('verdicts', run) };

interface Workspace {
  readonly api: WorkspaceApi;
  readonly claimIds: readonly string[];
  readonly articles: number;
}

async function prepare(tmp: string, name: string, count: number): Promise<Workspace> {
  const corpus = join(tmp, `${name}-corpus`);
  await writeNewsCorpus(corpus, count, 7 + count);
  const { api } = await openWorkbench({ dir: join(tmp, name), isDefault: false }, { mode: 'browser' });
  const result = await api.importPaths({ paths: [corpus] });
  // Claims of the first few articles, found the way the service finds them.
  const claimIds: string[] = [];
  for (const summary of result.imported.slice(0, 20)) {
    const article = await api.getArticle({ ref: summary.id });
    claimIds.push(...extractClaims(article.id, article.sentences).map((c) => c.id));
  }
  if (claimIds.length === 0) throw new Error(`no claims found in the ${name} workspace`);
  return { api, claimIds, articles: result.imported.length };
}

async function run(tmp: string): Promise<Result> {
  const large = Math.max(1000, Math.round(LARGE * benchScale()));
  const small = await prepare(tmp, 'small', SMALL);
  const big = await prepare(tmp, 'large', large);
  const times = { small: [] as number[], big: [] as number[] };
  const failures: string[] = [];
  for (let n = 0; n < SAVES; n++) {
    for (const [key, ws] of [
      ['small', small],
      ['big', big],
    ] as const) {
      const claimId = ws.claimIds[n % ws.claimIds.length]!;
      const start = performance.now();
      const saved = await ws.api.setVerdict({ claimId, status: STATUSES[n % 3]!, note: `save ${n}` });
      times[key].push(performance.now() - start);
      if (saved?.note !== `save ${n}`) failures.push(`save ${n} in the ${key} workspace came back wrong`);
    }
  }
  // Read back: the last verdict of each claim is there.
  for (const ws of [small, big]) {
    const history = await ws.api.getClaimHistory({ claimId: ws.claimIds[0]! });
    if (history.length === 0) failures.push(`no history for ${ws.claimIds[0]} after ${SAVES} saves`);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const [tSmall, tBig] = [median(times.small), median(times.big)];
  const ratio = tBig / tSmall;

  // A long history: 20,000 earlier verdict records in the small workspace's journal.
  const journal = join(tmp, 'small', 'review', 'journal.jsonl');
  const lines: string[] = [];
  for (let n = 0; n < HISTORY; n++) {
    const claimId = small.claimIds[n % small.claimIds.length]!;
    const verdict = {
      claimId,
      status: STATUSES[n % 3],
      note: `old ${n}`,
      evidence: [],
      reviewer: null,
      at: 'then',
    };
    lines.push(
      JSON.stringify({ type: 'verdict', id: `old${n}`, at: 'then', claimId, action: 'set', verdict }),
    );
  }
  await appendFile(journal, `\n${lines.join('\n')}\n`);
  const long: number[] = [];
  for (let n = 0; n < SAVES / 4; n++) {
    const start = performance.now();
    await small.api.setVerdict({ claimId: small.claimIds[n % small.claimIds.length]!, status: 'unclear' });
    long.push(performance.now() - start);
  }
  const tLong = median(long);
  return {
    lines: [
      {
        label: 'workspaces',
        value: `${small.articles} and ${big.articles} articles; ${SAVES} saves in each`,
      },
      { label: `save, ${small.articles} articles`, value: `${fmt(tSmall)} ms (median)` },
      { label: `save, ${big.articles} articles`, value: `${fmt(tBig)} ms (median)` },
      { label: 'large / small', value: `${fmt(ratio)}×`, goal: goal(`≤ ${MAX_RATIO}`, ratio <= MAX_RATIO) },
      {
        label: `save after ${HISTORY} earlier records`,
        value: `${fmt(tLong)} ms, ${fmt(tLong / tSmall)}× a fresh journal (no goal; the first read folds them once)`,
      },
    ],
    failures: failures.slice(0, 5),
  };
}
