// Benchmark: finding stories among many articles. Generates 2,000 and 20,000 cleaned articles
// in memory (scaled by BENCH_SCALE) with planted versions and same-subject distractors
// (bench/lib/story-corpus.ts); one in twenty is a copy of one wire story (1,000 copies at 20k,
// more than fill an LSH bucket, spread through the import order: bench/lib/wire-copies.ts).
// Times groupVersions on each size in one run, and checks the groups pair by pair against the
// planted stories. Goals: t(20k)/t(2k) ≤ 12 (near-linear), pairwise precision and recall 1.0
// at 20k, the copies one story. Only precision or recall below 0.99 is a failure
// (a wrong result); timing goals are reported, never fatal. Then times relatedStories on the
// 20k groups (a crash there is a failure too: no result). Never changes shared/stories.
import {
  compareShingles,
  groupVersions,
  relatedStories,
  shingleSet,
  type VersionGroups,
} from '../shared/stories';
import { benchScale, fmt, goal, timed, type Benchmark, type Result, type ResultLine } from './lib/benchmark';
import { countWords, generateStoryCorpus, type PlantedArticle } from './lib/story-corpus';
import { wireCopyTexts } from './lib/wire-copies';

const SMALL = 2_000;
const LARGE = 20_000;
const MAX_RATIO = 12;
const FAIL_BELOW = 0.99;
/** Timing runs of the small corpus; the median is reported (the large one runs once). */
const SMALL_RUNS = 3;
/** One article in COPY_SHARE is a copy of one wire story. */
const COPY_SHARE = 20;
const WIRE_STORY = -1;
const OUTLETS = 40;

export const storyGrouping: Benchmark = { name: 'story-grouping', run };

async function run(): Promise<Result> {
  const scale = benchScale();
  const small = withWireCopies(Math.max(50, Math.round(SMALL * scale)));
  const large = withWireCopies(Math.max(500, Math.round(LARGE * scale)));
  // Outlets spread over the articles, so the first-version path (same outlet) runs at scale too.
  const input = (corpus: readonly PlantedArticle[]) =>
    corpus.map((a, i) => ({ id: a.id, text: a.text, outlet: `Outlet ${i % OUTLETS}` }));
  const [smallInput, largeInput] = [input(small), input(large)];

  groupVersions(input(generateStoryCorpus(300, 7))); // warm the JIT so t(2k) is not compile time
  const smallRuns: number[] = [];
  let smallGroups: VersionGroups | null = null;
  for (let i = 0; i < SMALL_RUNS; i++) {
    const t = await timed(async () => groupVersions(smallInput));
    smallRuns.push(t.seconds);
    smallGroups = t.value;
  }
  const tSmall = smallRuns.sort((a, b) => a - b)[Math.floor(SMALL_RUNS / 2)]!;
  const largeRun = await timed(async () => groupVersions(largeInput));
  const tLarge = largeRun.seconds;
  const ratio = tLarge / tSmall;

  const smallScore = score(small, smallGroups!);
  const largeScore = score(large, largeRun.value);

  const byId = new Map(large.map((a) => [a.id, a]));
  const stories = largeRun.value.groups.map((ids) => ({
    storyId: ids[0]!,
    text: ids.map((id) => byId.get(id)!.text).join('\n\n'),
  }));
  // A crash here is reported as a failure after the grouping numbers, not instead of them.
  const related = await timed(async () => relatedStories(stories)).catch((err: unknown) => err as Error);

  const failures: string[] = [];
  for (const [what, value] of [
    ['precision', largeScore.precision],
    ['recall', largeScore.recall],
  ] as const) {
    if (value < FAIL_BELOW)
      failures.push(`pairwise ${what} at ${large.length} articles is ${fmt(value, 4)}, below ${FAIL_BELOW}.`);
  }

  if (related instanceof Error) failures.push(`relatedStories on ${stories.length} stories threw ${related}`);
  const perfect = (x: number) => x === 1;
  const lines: ResultLine[] = [
    { label: 'corpus', value: `${describe(small)}; ${describe(large)}` },
    {
      label: `t(${label(small.length)})`,
      value: `${fmt(tSmall, 3)} s (median of ${SMALL_RUNS}), ${Math.round(small.length / tSmall)} articles/s`,
    },
    {
      label: `t(${label(large.length)})`,
      value: `${fmt(tLarge, 3)} s, ${Math.round(large.length / tLarge)} articles/s`,
    },
    {
      label: `t(${label(large.length)})/t(${label(small.length)})`,
      value: `${fmt(ratio, 1)}× for ${fmt(large.length / small.length, 0)}× the articles`,
      goal: goal(`≤ ${MAX_RATIO}×`, ratio <= MAX_RATIO),
    },
    {
      label: `precision at ${label(large.length)}`,
      value: `${fmt(largeScore.precision, 4)} (${largeScore.truePairs} of ${largeScore.foundPairs} grouped pairs)`,
      goal: goal('1.0', perfect(largeScore.precision)),
    },
    {
      label: `recall at ${label(large.length)}`,
      value: `${fmt(largeScore.recall, 4)} (${largeScore.truePairs} of ${largeScore.plantedPairs} planted pairs)`,
      goal: goal('1.0', perfect(largeScore.recall)),
    },
    {
      label: `wire copies at ${label(large.length)}`,
      value: wireStory(large, largeRun.value),
      goal: goal('one story', wireStory(large, largeRun.value).startsWith('one story')),
    },
    {
      label: `precision / recall at ${label(small.length)}`,
      value: `${fmt(smallScore.precision, 4)} / ${fmt(smallScore.recall, 4)}`,
    },
    ...largeScore.examples.map((value, i) => ({ label: `wrong pair ${i + 1}`, value })),
    {
      label: `relatedStories on ${stories.length} stories`,
      value:
        related instanceof Error
          ? `crashed: ${related.message}`
          : `${fmt(related.seconds, 3)} s, ${related.value.length} links`,
    },
  ];
  if (!(related instanceof Error))
    lines.push({ label: 'related links', value: relatedScore(large, related.value) });
  return { lines, failures };
}

/** `size` articles: the planted corpus, with every COPY_SHARE-th place taken by a wire copy. */
function withWireCopies(size: number): PlantedArticle[] {
  const copies = Math.round(size / COPY_SHARE);
  const texts = wireCopyTexts(copies);
  const others = generateStoryCorpus(size - copies);
  const out: PlantedArticle[] = [];
  for (let i = 0, c = 0, o = 0; i < size; i++) {
    if (i % COPY_SHARE === COPY_SHARE - 1 && c < copies)
      out.push({
        id: `wire-${c}`,
        text: texts[c++]!,
        storyId: WIRE_STORY,
        subjectId: WIRE_STORY,
        edits: 'copy',
      });
    else out.push(others[o++]!);
  }
  return out;
}

/** How the wire copies were grouped: "one story of N copies", or how many pieces. */
function wireStory(corpus: readonly PlantedArticle[], result: VersionGroups): string {
  const wire = new Set(corpus.filter((a) => a.storyId === WIRE_STORY).map((a) => a.id));
  const pieces = result.groups.filter((ids) => ids.some((id) => wire.has(id)));
  return pieces.length === 1
    ? `one story of ${wire.size} copies`
    : `${pieces.length} stories (largest ${Math.max(...pieces.map((p) => p.length))}) of ${wire.size} copies`;
}

interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly truePairs: number;
  readonly foundPairs: number;
  readonly plantedPairs: number;
  /** A few missed and wrongly grouped pairs, with how they were made and their similarity. */
  readonly examples: string[];
}

/** Pairwise precision and recall of the found groups against the planted stories. */
function score(corpus: readonly PlantedArticle[], result: VersionGroups): Score {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const groupOf = new Map<string, number>();
  result.groups.forEach((ids, g) => ids.forEach((id) => groupOf.set(id, g)));
  const byStory = new Map<number, PlantedArticle[]>();
  for (const a of corpus) byStory.set(a.storyId, [...(byStory.get(a.storyId) ?? []), a]);
  const byId = new Map(corpus.map((a) => [a.id, a]));

  let foundPairs = 0;
  let truePairs = 0;
  const wrong: string[] = [];
  for (const ids of result.groups) {
    foundPairs += pairs(ids.length);
    const counts = new Map<number, PlantedArticle[]>();
    for (const id of ids) {
      const a = byId.get(id)!;
      counts.set(a.storyId, [...(counts.get(a.storyId) ?? []), a]);
    }
    for (const members of counts.values()) truePairs += pairs(members.length);
    if (counts.size > 1) {
      const [x, y] = [...counts.values()].map((m) => m[0]!);
      wrong.push(
        `grouped, different stories${x!.subjectId === y!.subjectId ? ' (same subject)' : ''}: ${explain(x!, y!)}`,
      );
    }
  }
  let plantedPairs = 0;
  for (const versions of byStory.values()) {
    plantedPairs += pairs(versions.length);
    for (let i = 0; i < versions.length; i++)
      for (let j = i + 1; j < versions.length; j++)
        if (groupOf.get(versions[i]!.id) !== groupOf.get(versions[j]!.id))
          wrong.push(`missed: ${explain(versions[i]!, versions[j]!)}`);
  }
  return {
    precision: foundPairs === 0 ? 1 : truePairs / foundPairs,
    recall: plantedPairs === 0 ? 1 : truePairs / plantedPairs,
    truePairs,
    foundPairs,
    plantedPairs,
    examples: wrong.slice(0, 8).concat(wrong.length > 8 ? [`… and ${wrong.length - 8} more`] : []),
  };
}

function explain(a: PlantedArticle, b: PlantedArticle): string {
  const s = compareShingles(shingleSet(a.text), shingleSet(b.text));
  return (
    `${a.id} [${a.edits}] + ${b.id} [${b.edits}]: jaccard ${fmt(s.jaccard, 3)}, ` +
    `containment ${fmt(s.containment, 3)}, size ratio ${fmt(s.sizeRatio, 3)}`
  );
}

/** Links between planted stories of one subject (wanted), pieces of one story, different subjects. */
function relatedScore(corpus: readonly PlantedArticle[], links: readonly { a: string; b: string }[]): string {
  const byId = new Map(corpus.map((a) => [a.id, a]));
  const storiesOfSubject = new Map<number, Set<number>>();
  for (const a of corpus)
    storiesOfSubject.set(a.subjectId, (storiesOfSubject.get(a.subjectId) ?? new Set()).add(a.storyId));
  let wanted = 0;
  for (const stories of storiesOfSubject.values()) wanted += (stories.size * (stories.size - 1)) / 2;
  const found = new Set<string>();
  let pieces = 0;
  let otherSubject = 0;
  for (const l of links) {
    const [a, b] = [byId.get(l.a)!, byId.get(l.b)!];
    if (a.storyId === b.storyId) pieces++;
    else if (a.subjectId !== b.subjectId) otherSubject++;
    else found.add(a.storyId < b.storyId ? `${a.storyId}-${b.storyId}` : `${b.storyId}-${a.storyId}`);
  }
  return (
    `${found.size} of ${wanted} planted same-subject story pairs linked; ` +
    `${otherSubject} links between different subjects, ${pieces} between pieces of one split story (no goal)`
  );
}

function describe(corpus: readonly PlantedArticle[]): string {
  const stories = new Set(corpus.map((a) => a.storyId)).size;
  const subjects = new Set(corpus.map((a) => a.subjectId)).size;
  const words = corpus.reduce((sum, a) => sum + countWords(a.text), 0);
  return `${corpus.length} articles in ${stories} stories on ${subjects} subjects, ${Math.round(words / corpus.length)} words/article`;
}

function label(n: number): string {
  return n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
}
