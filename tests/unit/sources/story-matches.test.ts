// A claim against the other versions of its story (shared/sources/story-matches.ts) compares
// word sets as sorted numbers, for speed. It must answer exactly as the definition does: every
// wording ranked by the Jaccard of its content words with the claim (at least a quarter), the
// most similar first and equal ones in the story's order, each article matched once. The
// definition is written out here plainly and both are asked about every claim of generated
// live stories (figures edited version after version) and of a multilingual dossier.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jaccard, matchClaim, ValueCache } from '../../../shared/claims';
import type { ClaimMatch, Span } from '../../../shared/model';
import { storySentences, versionMatches, type StorySentences } from '../../../shared/sources';
import { longStory } from '../../../bench/lib/long-story';
import { seededRandom } from '../../../bench/lib/prng';
import { PROJECT_ROOT } from '../../helpers/run-cli';

function definition(claim: { articleId: string; text: string }, story: StorySentences, cache: ValueCache) {
  const mine = cache.get(claim.text).words;
  const ranked = [...story.byKey.values()]
    .map((entry) => ({ entry, sim: jaccard(mine, cache.get(entry.text).words) }))
    .filter((r) => r.sim >= 0.25)
    .sort((a, b) => b.sim - a.sim);
  const matched = new Set([claim.articleId]);
  const out: ClaimMatch[] = [];
  for (const { entry } of ranked) {
    const carriers = entry.carriers.filter((c) => !matched.has(c.articleId));
    if (!carriers.length) continue;
    for (const c of carriers) matched.add(c.articleId);
    const first = carriers[0]!;
    const [m] = matchClaim(
      claim,
      [{ articleId: first.articleId, sentences: [{ text: entry.text, start: first.start, end: first.end }] }],
      cache,
    );
    if (m) for (const c of carriers) out.push({ ...m, articleId: c.articleId, start: c.start, end: c.end });
  }
  return out;
}

/** Sentences of a text, cut after . ! ? (how they were cut does not matter here). */
function spans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]*/g)) {
    const t = m[0].trim();
    if (t.length > 10) out.push({ text: t, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Twenty content words no article has. */
const FOREIGN = `${Array.from({ length: 20 }, (_, i) => `Qorvath${String.fromCharCode(97 + i)}ward`).join(' ')}.`;

function agree(articles: { id: string; sentences: Span[] }[]): number {
  const story = storySentences(articles);
  const [fast, plain] = [new ValueCache(), new ValueCache()];
  let compared = 0;
  for (const a of articles)
    for (const [i, s] of a.sentences.entries()) {
      // Every third claim also holds words no version has (a reviewer's claim over two
      // sentences, say): they count in its size though nothing can share them.
      const text = i % 3 ? s.text : `${s.text} ${FOREIGN}`;
      const claim = { articleId: a.id, text };
      const got = versionMatches(claim, story, fast);
      expect(got).toEqual(definition(claim, story, plain));
      compared += got.length;
    }
  return compared;
}

describe('a claim against the other versions of its story', () => {
  it('answers as the definition on live stories whose figures change version after version', () => {
    for (const seed of [1, 2, 3]) {
      const story = longStory(12, 25, seed);
      const r = seededRandom(seed);
      const articles = story.versions.map((sentences, v) => {
        // Some versions reorder or drop a sentence, so the wordings are not in lockstep.
        const kept = sentences.filter(() => r.next() > 0.1);
        let at = 0;
        const spansOf = kept.map((text) => ({ text, start: at, end: (at += text.length + 1) - 1 }));
        return { id: `${String(seed)}${String(v).padStart(15, '0')}`, sentences: spansOf };
      });
      expect(agree(articles)).toBeGreaterThan(100);
    }
  });

  it('answers as the definition on a multilingual dossier taken as one story', () => {
    const dir = join(PROJECT_ROOT, 'tests', 'fixtures', 'dossier', 'articles');
    const articles = readdirSync(dir).map((file, i) => ({
      id: String(i).padStart(16, 'a'),
      sentences: spans(readFileSync(join(dir, file), 'utf8')),
    }));
    expect(agree(articles)).toBeGreaterThan(20);
  });
});
