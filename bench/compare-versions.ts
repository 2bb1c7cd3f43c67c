// Benchmark: comparing two versions of a long article. Builds a 20,000-word article (scaled by
// BENCH_SCALE), a second version with 2% of its sentences edited (a figure changed or a word
// replaced, the edits that matter to a fact-checker), and an unrelated article of the same
// length. Times the full compare the services run per request — compareSentences over the
// articles' stored sentences: alignment, word diffs, classification — against jsdiff's
// diffWords over the whole texts, in this process, taken in turns; each ratio is the median of
// the ratios within one round.
// Goals: compare ≥ 10× faster than diffWords; unrelated texts ≤ 3× the similar case. Also
// printed: how the unrelated case grows from half to full length (linear or not).
// Failures (wrong results): a word diffWords marks as changed that no change, added, removed or
// moved sentence of the compare covers; a planted edit not reported as a substantive change.
import { diffWords } from 'diff';
import { compareSentences, type CompareRow } from '../shared/compare';
import { splitSentences } from '../shared/ingest';
import type { Span } from '../shared/model';
import { benchScale, fmt, goal, median, type Benchmark, type Result } from './lib/benchmark';
import { seededRandom } from './lib/prng';
import { countWords, longArticle } from './lib/story-corpus';

const WORDS = 20_000;
const EDITED_SHARE = 0.02;
const RUNS = 21;
/** Calls per timed sample: a sample of a few milliseconds, not one call's fraction of one. */
const CALLS = 4;
const WARM_RUNS = 5;
const MIN_SPEEDUP = 10;
const MAX_UNRELATED = 3;
const REPLACEMENTS = ['independent', 'preliminary', 'disputed', 'confirmed', 'unnamed', 'regional'];

export const compareVersions: Benchmark = { name: 'compare-versions', run };

interface Version {
  readonly text: string;
  readonly sentences: Span[];
}

async function run(): Promise<Result> {
  const words = Math.max(1000, Math.round(WORDS * benchScale()));
  const a = version(longArticle(words, 20261129).join('\n\n'));
  const { text: editedText, edits } = editSentences(a, EDITED_SHARE, 7);
  const b = version(editedText);
  const unrelated = version(longArticle(words, 4242).join('\n\n'));
  // Half-length unrelated texts: how the cost grows with length (linear: 2×; quadratic: 4×).
  const halfA = version(longArticle(words / 2, 20261129).join('\n\n'));
  const halfB = version(longArticle(words / 2, 4242).join('\n\n'));

  // Warm the JIT on the same inputs so no timed run is compile time.
  for (let i = 0; i < WARM_RUNS; i++) {
    compareSentences(a.sentences, b.sentences);
    compareSentences(a.sentences, unrelated.sentences);
    diffWords(a.text, b.text);
  }

  // Taken in turns, so a stretch when the machine is slower (other work, a VM neighbour)
  // falls on every measurement alike and the ratios stay fair.
  const [similar, whole, apart, apartHalf] = timeInTurns([
    () => compareSentences(a.sentences, b.sentences),
    () => diffWords(a.text, b.text),
    () => compareSentences(a.sentences, unrelated.sentences),
    () => compareSentences(halfA.sentences, halfB.sentences),
  ] as const);

  const failures = [
    ...missedWords(a, b, similar.value.rows, whole.value),
    ...missedEdits(edits, similar.value.rows),
  ];
  const s = similar.value.summary;
  const speedup = medianRatio(whole, similar);
  const unrelatedRatio = medianRatio(apart, similar);
  return {
    lines: [
      {
        label: 'texts',
        value: `${countWords(a.text)} and ${countWords(b.text)} words, ${a.sentences.length} sentences, ${edits.length} edited (${fmt((100 * edits.length) / a.sentences.length, 1)}%)`,
      },
      {
        label: 'found',
        value: `${s.substantive} substantive, ${s.cosmetic} cosmetic, ${s.added} added, ${s.removed} removed, ${s.moved} moved`,
      },
      { label: 'compare (similar)', value: `${fmt(median(similar.ms))} ms (median of ${RUNS} rounds)` },
      { label: 'diffWords (whole texts)', value: `${fmt(median(whole.ms))} ms` },
      {
        label: 'diffWords / compare',
        value: `${fmt(speedup, 1)}×`,
        goal: goal(`≥ ${MIN_SPEEDUP}×`, speedup >= MIN_SPEEDUP),
      },
      { label: 'compare (unrelated)', value: `${fmt(median(apart.ms))} ms` },
      {
        label: 'unrelated / similar',
        value: `${fmt(unrelatedRatio, 2)}×`,
        goal: goal(`≤ ${MAX_UNRELATED}×`, unrelatedRatio <= MAX_UNRELATED),
      },
      {
        label: 'unrelated, full / half length',
        value: `${fmt(medianRatio(apart, apartHalf), 2)}× (2× is linear, 4× quadratic; no goal)`,
      },
      { label: 'words diffWords marks, all covered', value: failures.length === 0 ? 'yes' : 'no' },
    ],
    failures,
  };
}

function version(text: string): Version {
  return { text, sentences: splitSentences(text) };
}

interface PlantedEdit {
  /** Where the edit sits in the edited text (B). */
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly after: string;
}

/** Edits a share of the sentences, evenly spread: a figure changed, else one word replaced. */
function editSentences(from: Version, share: number, seed: number): { text: string; edits: PlantedEdit[] } {
  const r = seededRandom(seed);
  const step = Math.max(1, Math.round(1 / share));
  let text = '';
  let at = 0;
  const edits: PlantedEdit[] = [];
  for (let index = r.int(0, step - 1); index < from.sentences.length; index += step) {
    const sentence = from.sentences[index]!;
    const target = /\d[\d,]*\d|\d/.exec(sentence.text) ?? /\b[a-z]{6,}\b/.exec(sentence.text);
    if (!target) continue;
    const before = target[0];
    const after = /\d/.test(before)
      ? String(Number(before.replace(/,/g, '')) + r.int(1, 9) * 7)
      : REPLACEMENTS.find((w) => w !== before && !sentence.text.includes(w))!;
    const start = sentence.start + target.index;
    text += from.text.slice(at, start);
    edits.push({ start: text.length, end: text.length + after.length, before, after });
    text += after;
    at = start + before.length;
  }
  return { text: text + from.text.slice(at), edits };
}

interface Timed<V> {
  /** Milliseconds per call, one entry per round. */
  readonly ms: number[];
  readonly value: V;
}

/**
 * Times each piece of work once per round, in turns, RUNS rounds. The machine's speed drifts
 * (other work, a VM neighbour) over seconds: the works of one round run within milliseconds of
 * each other, so a ratio taken within a round compares them at one speed.
 */
function timeInTurns<W extends readonly (() => unknown)[]>(
  works: W,
): { [K in keyof W]: Timed<ReturnType<W[K]>> } {
  const times = works.map(() => [] as number[]);
  const values: unknown[] = [];
  for (let run = 0; run < RUNS; run++) {
    works.forEach((work, k) => {
      // Run once untimed first: each is timed warm, as it would be run back to back.
      work();
      const start = performance.now();
      for (let call = 0; call < CALLS; call++) values[k] = work();
      times[k]!.push((performance.now() - start) / CALLS);
    });
  }
  return works.map((_, k) => ({ ms: times[k]!, value: values[k] })) as {
    [K in keyof W]: Timed<ReturnType<W[K]>>;
  };
}

/** The median over rounds of x's time over y's in the same round. */
function medianRatio(x: Timed<unknown>, y: Timed<unknown>): number {
  return median(x.ms.map((ms, round) => ms / y.ms[round]!));
}

type Range = readonly [number, number];

/** The character ranges of each text that the compare reports as changed in any way. */
function covered(rows: readonly CompareRow[]): { a: Range[]; b: Range[] } {
  const a: Range[] = [];
  const b: Range[] = [];
  for (const row of rows) {
    if (row.kind === 'removed' || row.kind === 'moved') a.push([row.a!.start, row.a!.end]);
    if (row.kind === 'added' || row.kind === 'moved') b.push([row.b!.start, row.b!.end]);
    if (row.kind !== 'changed') continue;
    let atA = row.a!.start;
    let atB = row.b!.start;
    for (const part of row.parts ?? []) {
      const n = part.text.length;
      if (part.op !== 'added' && part.change !== null) a.push([atA, atA + n]);
      if (part.op !== 'removed' && part.change !== null) b.push([atB, atB + n]);
      if (part.op !== 'added') atA += n;
      if (part.op !== 'removed') atB += n;
    }
  }
  return { a, b };
}

/** Every word diffWords marks as removed (in A) or added (in B) must fall in a covered range. */
function missedWords(
  a: Version,
  b: Version,
  rows: readonly CompareRow[],
  whole: ReturnType<typeof diffWords>,
): string[] {
  const cover = covered(rows);
  const missed: string[] = [];
  let atA = 0;
  let atB = 0;
  const check = (ranges: Range[], text: string, offset: number, side: string) => {
    for (const word of text.matchAll(/\S+/g)) {
      const start = offset + word.index;
      const end = start + word[0].length;
      if (!ranges.some(([s, e]) => s < end && start < e)) missed.push(`${side} "${word[0]}" at ${start}`);
    }
  };
  for (const part of whole) {
    if (part.removed) check(cover.a, part.value, atA, 'A');
    if (part.added) check(cover.b, part.value, atB, 'B');
    if (!part.added) atA += part.value.length;
    if (!part.removed) atB += part.value.length;
  }
  if (a.text.length !== atA || b.text.length !== atB)
    missed.push('diffWords parts do not add up to the texts');
  return missed.length === 0
    ? []
    : [
        `${missed.length} word(s) diffWords marks as changed are not covered: ${missed.slice(0, 5).join('; ')}`,
      ];
}

/** Each planted edit must be inside a substantive change of a changed sentence. */
function missedEdits(edits: readonly PlantedEdit[], rows: readonly CompareRow[]): string[] {
  const missed = edits.filter((edit) => {
    const row = rows.find((r) => r.b && r.b.start <= edit.start && edit.end <= r.b.end);
    return !row?.changes.some((c) => c.kind === 'substantive' && c.after.includes(edit.after));
  });
  return missed.length === 0
    ? []
    : [
        `${missed.length} planted edit(s) not reported as substantive: ${missed
          .slice(0, 3)
          .map((e) => `${e.before} → ${e.after}`)
          .join('; ')}`,
      ];
}
