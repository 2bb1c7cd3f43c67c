// Benchmark: saving one verdict in a large workspace costs what it costs in a small one.
// Imports 100 and 10,000 generated articles (scaled by BENCH_SCALE) into two workspaces, then
// times the same number of verdict saves in each through the service (setVerdict: checks the
// claim exists, appends to the review journal, fsyncs), alternating between the two so the
// disk's mood is shared. Goal: median save time at 10,000 over the one at 100 ≤ 1.5.
// Then through the browser transport (a loopback server on a session over a copy of the small
// corpus, the renderer's HTTP client), a save as the review screen makes it: the requests it sends (goal:
// 1) and the time until the screen has everything it shows after it — one `setVerdict`, whose
// answer carries the history and counts, against the four calls a save used to cost
// (setVerdict, then getReviewInfo, then getClaimHistory and getClaimLineage).
// Failure (a wrong result): a saved verdict that does not read back.
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractClaims } from '../shared/claims';
import type { WorkspaceApi } from '../shared/api';
import { openWorkbench } from '../electron/services/open-workbench';
import { startBrowserServer } from '../electron/server/http-server';
import { WorkspaceSession } from '../electron/services/workspace-session';
import { createHttpApi } from '../renderer/api/http-transport';
import { verdictInput } from '../renderer/state/verdict-save';
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
      if (saved.change.verdict?.note !== `save ${n}`)
        failures.push(`save ${n} in the ${key} workspace came back wrong`);
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
  const http = await throughTransport(tmp);
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
      {
        label: 'requests per save (browser transport)',
        value: `${fmt(http.requests, 1)} (four calls before: ${fmt(http.requestsBefore, 1)})`,
        goal: goal('1', http.requests <= 1),
      },
      {
        label: 'save until the screen has it all',
        value: `${fmt(http.after)} ms (median; four calls before: ${fmt(http.before)} ms)`,
      },
    ],
    failures: failures.slice(0, 5),
  };
}

/**
 * Saves through the HTTP client the renderer uses, against a loopback server on `ws`: the
 * requests and median time of one save as the screen makes it now (one call), and of the four
 * calls a save used to make, alternating.
 */
async function throughTransport(
  tmp: string,
): Promise<{ requests: number; requestsBefore: number; after: number; before: number }> {
  // A session, as `crosscheck serve` opens one (the server needs its settings methods too).
  const session = await WorkspaceSession.start(join(tmp, 'http'), false, join(tmp, 'http-config'), {
    mode: 'browser',
  });
  const result = await session.api.importPaths({ paths: [join(tmp, 'small-corpus')] });
  const claimIds: string[] = [];
  for (const summary of result.imported.slice(0, 20)) {
    const article = await session.api.getArticle({ ref: summary.id });
    claimIds.push(...extractClaims(article.id, article.sentences).map((c) => c.id));
  }
  const server = await startBrowserServer({
    api: session.api,
    staticDir: join(tmp, 'no-ui'),
    log: () => {},
  });
  const realFetch = globalThis.fetch;
  let requests = 0;
  // The client asks for "/api/<method>" as a page would; the bench is not a page.
  globalThis.fetch = (input, init) => {
    requests++;
    return realFetch(new URL(String(input), server.url), init);
  };
  try {
    const api = createHttpApi(server.token);
    const times = { after: [] as number[], before: [] as number[] };
    const counts = { after: 0, before: 0 };
    const rounds = 50;
    for (let n = 0; n < rounds; n++) {
      const claimId = claimIds[n % claimIds.length]!;
      let start = performance.now();
      requests = 0;
      const saved = await api.setVerdict(verdictInput(claimId, null, { status: STATUSES[n % 3]! }, null));
      times.after.push(performance.now() - start);
      counts.after += requests;
      if (saved.history.at(-1)?.at !== saved.change.at) throw new Error('a save answered without its change');
      start = performance.now();
      requests = 0;
      await api.setVerdict(verdictInput(claimId, null, { status: STATUSES[(n + 1) % 3]! }, null));
      await api.getReviewInfo({});
      await Promise.all([
        api.getClaimHistory({ claimId }),
        api.getClaimLineage({ claimId }).catch(() => null),
      ]);
      times.before.push(performance.now() - start);
      counts.before += requests;
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    return {
      requests: counts.after / rounds,
      requestsBefore: counts.before / rounds,
      after: median(times.after),
      before: median(times.before),
    };
  } finally {
    globalThis.fetch = realFetch;
    await server.close();
  }
}
