// Story finding on real article files: every fixture in tests/fixtures/stories/ is cleaned by
// ingestFile, grouped by groupVersions, and the groups are compared pair by pair with
// expected.json (precision and recall must both be exactly 1.0). The groups then go through
// relatedStories, which must link the stories that share a subject and nothing in notRelated.
// A failure lists the wrong pairs with their exact shingle similarity, so the cause is visible.
import { backgroundRarity } from '../../../electron/services/background-rarity';
import { describe, expect, it } from 'vitest';
import {
  compareShingles,
  groupVersions,
  isVersionPair,
  relatedStories,
  shingleSet,
  type RelatedLink,
} from '../../../shared/stories';
import {
  cleanedText,
  fixtureFiles,
  loadArticles,
  loadExpected,
  pairKey,
  pairsWithin,
} from './story-fixtures';

const expected = loadExpected();
const articles = loadArticles();
const grouping = groupVersions(
  articles.map((a) => ({ id: a.file, text: a.text, page: a.page, outlet: a.outlet, date: a.date })),
);

function similarityOf(a: string, b: string): string {
  const s = compareShingles(shingleSet(cleanedText(a)), shingleSet(cleanedText(b)));
  return (
    `jaccard ${s.jaccard.toFixed(3)}, containment ${s.containment.toFixed(3)}, ` +
    `size ratio ${s.sizeRatio.toFixed(3)} (verifier says ${isVersionPair(s) ? 'version' : 'not a version'})`
  );
}

function describePairs(keys: readonly string[]): string {
  return keys
    .map((key) => {
      const [a, b] = key.split('|') as [string, string];
      return `  ${a} + ${b}: ${similarityOf(a, b)}`;
    })
    .join('\n');
}

describe('story fixtures', () => {
  it('put every fixture file in exactly one expected story', () => {
    const listed = expected.stories.flat();
    expect(listed.length, 'a file is listed in two stories').toBe(new Set(listed).size);
    expect([...listed].sort()).toEqual(fixtureFiles());
  });

  it('hold at least 8 stories of 2–4 versions', () => {
    const multi = expected.stories.filter((s) => s.length >= 2);
    expect(multi.length).toBeGreaterThanOrEqual(8);
    for (const story of multi) expect(story.length).toBeLessThanOrEqual(4);
  });

  it('name only fixture files, in different stories, in related and notRelated', () => {
    const storyOf = new Map(expected.stories.flatMap((s, i) => s.map((f) => [f, i] as const)));
    for (const [a, b] of [...expected.related, ...expected.notRelated]) {
      expect(storyOf.has(a) && storyOf.has(b), `${a} / ${b}`).toBe(true);
      expect(storyOf.get(a), `${a} and ${b} are one story`).not.toBe(storyOf.get(b));
    }
  });
});

describe('groupVersions on cleaned fixture articles', () => {
  const truth = pairsWithin(expected.stories);
  const found = pairsWithin(grouping.groups);
  const falsePairs = [...found].filter((k) => !truth.has(k)).sort();
  const missedPairs = [...truth].filter((k) => !found.has(k)).sort();
  const truePositives = found.size - falsePairs.length;

  it('returns every article in exactly one group', () => {
    const grouped = grouping.groups.flat();
    expect(grouped.length).toBe(new Set(grouped).size);
    expect([...grouped].sort()).toEqual(fixtureFiles());
  });

  it('groups no two different stories together (pairwise precision 1.0)', () => {
    const precision = found.size === 0 ? 1 : truePositives / found.size;
    expect(
      precision,
      `precision ${truePositives}/${found.size}; grouped but different stories:\n${describePairs(falsePairs)}`,
    ).toBe(1);
  });

  it('finds every version of every story (pairwise recall 1.0)', () => {
    const recall = truth.size === 0 ? 1 : truePositives / truth.size;
    expect(
      recall,
      `recall ${truePositives}/${truth.size}; versions left apart:\n${describePairs(missedPairs)}`,
    ).toBe(1);
  });

  it("groups a page's history by what makes it one: the same page address, a first version that grew", () => {
    const basis = (a: string, b: string) =>
      grouping.pairs.find((p) => pairKey(p.a, p.b) === pairKey(a, b))?.basis;
    expect(basis('p1-council-budget-morning.html', 'p1-council-budget-evening.html')).toBe('same page');
    expect(basis('v1-quarry-breaking.json', 'v1-quarry-update.json')).toBe('first version');
    expect(basis('v2-lagerhalle-eilmeldung.json', 'v2-lagerhalle-update.json')).toBe('first version');
  });

  it('explains every grouping with verified pairs of articles in that group', () => {
    const groupOf = new Map(grouping.groups.flatMap((g, i) => g.map((id) => [id, i] as const)));
    const byFile = new Map(articles.map((a) => [a.file, a]));
    for (const pair of grouping.pairs) {
      const [a, b] = [byFile.get(pair.a)!, byFile.get(pair.b)!];
      expect(groupOf.get(pair.a)).toBe(groupOf.get(pair.b));
      if (pair.basis === 'similar text')
        expect(isVersionPair(pair.similarity), `${pair.a} + ${pair.b}`).toBe(true);
      else if (pair.basis === 'same page') expect(a.page, `${pair.a} + ${pair.b}`).toBe(b.page);
      else {
        expect(a.outlet, `${pair.a} + ${pair.b}`).toBe(b.outlet);
        expect(pair.similarity.containment, `${pair.a} + ${pair.b}`).toBeGreaterThanOrEqual(0.9);
      }
    }
  });
});

// Both weightings: within the folder (no table given), and against English at large (what the
// services use, so a dossier on one subject still links its stories).
for (const [weighting, rarity] of [
  ['folder TF-IDF', undefined],
  ['background rarity', backgroundRarity()],
] as const)
  describe(`relatedStories over the found groups (${weighting})`, () => {
    const text = new Map(articles.map((a) => [a.file, a.text]));
    const stories = grouping.groups.map((ids) => ({
      storyId: ids[0]!,
      text: ids.map((id) => text.get(id)!).join('\n\n'),
    }));
    const storyOf = new Map(grouping.groups.flatMap((ids) => ids.map((id) => [id, ids[0]!] as const)));
    const linkList = relatedStories(stories, undefined, rarity);
    const links = new Map(linkList.map((l) => [pairKey(l.a, l.b), l]));
    // Every compared pair with its score, whatever the threshold, to explain a miss.
    const scored = new Map(relatedStories(stories, 0, rarity).map((l) => [pairKey(l.a, l.b), l]));

    const show = (l: RelatedLink | undefined) =>
      l
        ? `score ${l.score.toFixed(3)}, shared terms ${l.terms.join(', ')}`
        : 'never compared (few shared top terms)';

    it('links the stories of every related pair', () => {
      const problems: string[] = [];
      for (const [a, b] of expected.related) {
        const [sa, sb] = [storyOf.get(a)!, storyOf.get(b)!];
        if (sa === sb) problems.push(`  ${a} + ${b}: merged into one story instead of linked`);
        else if (!links.has(pairKey(sa, sb)))
          problems.push(`  ${a} + ${b}: not linked; ${show(scored.get(pairKey(sa, sb)))}`);
      }
      expect(problems, `related pairs missed:\n${problems.join('\n')}`).toEqual([]);
    });

    it('links the stories of no notRelated pair', () => {
      const problems: string[] = [];
      for (const [a, b] of expected.notRelated) {
        const [sa, sb] = [storyOf.get(a)!, storyOf.get(b)!];
        if (sa === sb) problems.push(`  ${a} + ${b}: merged into one story`);
        else {
          const link = links.get(pairKey(sa, sb));
          if (link) problems.push(`  ${a} + ${b}: linked; ${show(link)}`);
        }
      }
      expect(problems, `unrelated stories linked:\n${problems.join('\n')}`).toEqual([]);
    });

    it('never links a story to itself or one pair twice', () => {
      const seen = new Set<string>();
      for (const l of linkList) {
        expect(l.a).not.toBe(l.b);
        expect(seen.has(pairKey(l.a, l.b))).toBe(false);
        seen.add(pairKey(l.a, l.b));
      }
    });
  });
