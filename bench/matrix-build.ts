// Benchmark: the consistency matrix of a story with 50 versions and 200 claims (a 200-sentence
// article, every sentence holding a figure; each later version edits a few figures and words
// of the one before), built as getMatrix builds it, against one compare of two versions of the
// same story. Prints the ratio (the issue sets no number; the matrix must stay interactive).
// Failures: a row count other than the claims of the first version, or a planted figure change
// not flagged in the version that made it.
import { buildMatrix, extractClaims } from '../shared/claims';
import { compareSentences } from '../shared/compare';
import { splitSentences } from '../shared/ingest';
import { benchScale, fmt, type Benchmark, type Result } from './lib/benchmark';
import { longStory } from './lib/long-story';

export const matrixBuild: Benchmark = { name: 'matrix-build', run };

const VERSIONS = 50;
const CLAIMS = 200;

async function run(): Promise<Result> {
  const versions = Math.max(5, Math.round(VERSIONS * Math.min(1, benchScale())));
  const claims = Math.max(20, Math.round(CLAIMS * Math.min(1, benchScale())));
  const { versions: texts, planted } = longStory(versions, claims);
  const story = texts.map((text, v) => ({
    id: `${v}`.padStart(16, '0'),
    text: text.join(' '),
    sentences: splitSentences(text.join(' ')),
  }));
  const claimsOf = (id: string) => extractClaims(id, story.find((s) => s.id === id)!.sentences);

  const t0 = performance.now();
  const matrix = buildMatrix(story, [], claimsOf);
  const matrixMs = performance.now() - t0;
  const compareMs = median(() => compareSentences(story[0]!.sentences, story[1]!.sentences));

  const failures: string[] = [];
  if (matrix.rows.length !== claimsOf(story[0]!.id).length)
    failures.push(
      `${matrix.rows.length} rows for ${claimsOf(story[0]!.id).length} claims of the first version`,
    );
  for (const p of planted) {
    const row = matrix.rows[p.sentence];
    if (!row?.cells[p.version]?.conflicting)
      failures.push(
        `the figure changed in version ${p.version + 1}, sentence ${p.sentence + 1}, is not flagged`,
      );
  }
  return {
    lines: [
      {
        label: 'story',
        value: `${versions} versions × ${matrix.rows.length} claims (${versions * matrix.rows.length} cells)`,
      },
      { label: 'matrix build', value: `${fmt(matrixMs)} ms` },
      { label: 'compare of two versions', value: `${fmt(compareMs, 2)} ms (median)` },
      {
        label: 'matrix / compare',
        value: `${fmt(matrixMs / compareMs, 1)}× (no goal set; ${versions - 1} alignments at least)`,
      },
      { label: 'planted figure changes flagged', value: failures.length ? 'no' : `all ${planted.length}` },
    ],
    failures,
  };
}

function median(f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[4]!;
}
