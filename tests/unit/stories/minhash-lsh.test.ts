// The building blocks of version finding: text folding (shingleTokens), MinHash signatures
// and LSH banding. Signatures must be stable and estimate Jaccard well enough that LSH finds
// real versions as candidates and leaves unrelated texts alone. Text pairs come from the
// story fixtures (cleaned by ingestFile) so the similarities are those of real articles.
import { describe, expect, it } from 'vitest';
import {
  compareShingles,
  lshCandidatePairs,
  minhashSignature,
  shingleSet,
  shingleTokens,
  SIGNATURE_SIZE,
} from '../../../shared/stories';
import { cleanedText } from './story-fixtures';

function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/** mulberry32, so the generated texts are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('shingleTokens folds cosmetic differences', () => {
  it('folds case', () => {
    expect(shingleTokens('Tessvik TESSVIK tessvik TeSsViK')).toEqual(Array(4).fill('tessvik'));
  });

  it('folds accents', () => {
    expect(shingleTokens('Sörenz Hadžić Brček Dostál café NAÏVE Sávek')).toEqual(
      shingleTokens('Sorenz Hadzic Brcek Dostal cafe naive Savek'),
    );
    expect(shingleTokens('Sörenz')).toEqual(['sorenz']);
    // Precomposed (NFC) and decomposed (NFD) spellings are the same word.
    expect(shingleTokens('Kro\u0308ger')).toEqual(shingleTokens('Kr\u00f6ger'));
  });

  it('folds letters with a stroke (ø, ł, đ) the way an ASCII feed writes them', () => {
    expect(shingleTokens('Brønnøy Łask Đurić')).toEqual(['bronnoy', 'lask', 'duric']);
  });

  it('drops punctuation and quote styles', () => {
    const curly = '“Don’t close the bridge,” she said — twice; (really!) ‘now’…';
    const straight = '"Don\'t close the bridge" she said - twice: really "now"...';
    expect(shingleTokens(curly)).toEqual(shingleTokens(straight));
    expect(shingleTokens(curly)).toEqual([
      'don',
      't',
      'close',
      'the',
      'bridge',
      'she',
      'said',
      'twice',
      'really',
      'now',
    ]);
  });

  it('folds digit grouping: "1,240" = "1240" = "1 240"', () => {
    const plain = shingleTokens('1240 farms and 1240000 crowns');
    expect(shingleTokens('1,240 farms and 1,240,000 crowns')).toEqual(plain);
    expect(shingleTokens('1\u00a0240 farms and 1\u00a0240\u00a0000 crowns')).toEqual(plain);
    expect(shingleTokens('1\u202f240 farms and 1\u202f240\u202f000 crowns')).toEqual(plain);
    expect(plain).toEqual(['1240', 'farms', 'and', '1240000', 'crowns']);
  });

  it('keeps different numbers apart', () => {
    expect(shingleTokens('4,500 flights')).not.toEqual(shingleTokens('5,400 flights'));
    expect(shingleTokens('€4.8 million')).not.toEqual(shingleTokens('€5.3 million'));
  });

  it('gives cosmetic variants of a text the same shingle set', () => {
    const a = 'The Kaldfoss gauge read 1,860 cubic metres — “the lowest since 1961,” Kröger said.';
    const b = 'the kaldfoss gauge read 1860 cubic metres - "the lowest since 1961" KROGER said';
    expect([...shingleSet(a)].sort()).toEqual([...shingleSet(b)].sort());
  });
});

describe('MinHash signatures', () => {
  const text = cleanedText('s1-ferry-agency.txt');

  it('are deterministic: same set, same signature, whatever the insertion order', () => {
    const set = shingleSet(text);
    const reversed = new Set([...set].reverse());
    const first = minhashSignature(set);
    expect(first).toHaveLength(SIGNATURE_SIZE);
    expect(minhashSignature(set)).toEqual(first);
    expect(minhashSignature(shingleSet(text))).toEqual(first);
    expect(minhashSignature(reversed)).toEqual(first);
  });

  it('are the same in every process and release (pinned values)', () => {
    // minhash.ts promises fixed seeds; a change here changes every stored grouping.
    const signature = minhashSignature(
      shingleSet('The quick brown fox jumps over the lazy dog near the river bank'),
    );
    expect(Array.from(signature.slice(0, 4))).toEqual([394074485, 1049647680, 153796211, 63599424]);
  });

  it('estimate Jaccard within 0.1 of the exact value on real article pairs', () => {
    const pairs: [string, string][] = [
      ['s1-ferry-agency.txt', 's1-ferry-portal.txt'],
      ['s6-library-page.md', 's6-library-update.md'],
      ['s8-airport-wire.txt', 's8-airport-brief.txt'],
      ['s3-tunnel-full.txt', 's3-tunnel-short.txt'],
      ['s4-schools-us.txt', 's4-schools-uk.md'],
      ['s7-quota-herald.txt', 's7-quota-report.json'],
      ['n-d1-budget-pensions.txt', 'n-d2-budget-rail.md'],
      ['n-c1-observatory-notice.txt', 'n-c2-observatory-column.json'],
      ['n-b1-template-bakery.txt', 'n-b2-template-choir.txt'],
      ['s2-clinic-wire.md', 's6-library-page.md'],
    ];
    const off: string[] = [];
    for (const [a, b] of pairs) {
      const [sa, sb] = [shingleSet(cleanedText(a)), shingleSet(cleanedText(b))];
      const exact = compareShingles(sa, sb).jaccard;
      const estimate = estimatedJaccard(minhashSignature(sa), minhashSignature(sb));
      if (Math.abs(estimate - exact) > 0.1)
        off.push(`${a} + ${b}: exact ${exact.toFixed(3)}, estimated ${estimate.toFixed(3)}`);
    }
    expect(off, `estimates off by more than 0.1:\n${off.join('\n')}`).toEqual([]);
  });

  it('give an empty text a signature that matches nothing real', () => {
    const empty = minhashSignature(shingleSet(''));
    expect(estimatedJaccard(empty, minhashSignature(shingleSet(text)))).toBe(0);
  });
});

describe('LSH candidate pairs', () => {
  const signatureOf = (file: string) => minhashSignature(shingleSet(cleanedText(file)));

  it('finds version pairs with Jaccard ≥ 0.7 and pairs none of the unrelated articles', () => {
    const files = [
      's1-ferry-agency.txt', // 0: 0.84 with 1
      's1-ferry-portal.txt', // 1
      's8-airport-wire.txt', // 2: 0.71 with 3
      's8-airport-brief.txt', // 3
      's2-clinic-wire.md',
      's4-schools-us.txt',
      's5-port-wire.md',
      's6-library-page.md',
      'n-a1-ferry-followup.txt', // same subject as 0 and 1, different text
      'n-d1-budget-pensions.txt',
    ];
    const exact = compareShingles(shingleSet(cleanedText(files[2]!)), shingleSet(cleanedText(files[3]!)));
    expect(exact.jaccard).toBeGreaterThanOrEqual(0.7);
    const pairs = lshCandidatePairs(files.map(signatureOf)).map(([i, j]) => `${files[i]} + ${files[j]}`);
    expect(pairs.sort()).toEqual([`${files[0]} + ${files[1]}`, `${files[2]} + ${files[3]}`]);
  });

  it('returns each pair once, lower index first', () => {
    const signature = signatureOf('s5-port-wire.md');
    const pairs = lshCandidatePairs([signature, signature, signature]);
    expect(pairs).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it('pairs none of 400 unrelated generated texts but finds the light edits planted among them', () => {
    const random = seeded(20251124);
    const vocabulary = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
    const pick = () => vocabulary[Math.floor(random() * vocabulary.length)]!;
    const texts = Array.from({ length: 400 }, () => Array.from({ length: 250 }, pick));
    // 20 light edits (one word in 60 replaced: Jaccard about 0.85) of the first 20 texts.
    const edits = texts.slice(0, 20).map((words) => words.map((w) => (random() < 1 / 60 ? pick() : w)));
    const all = [...texts, ...edits].map((words) => minhashSignature(shingleSet(words.join(' '))));
    const pairs = lshCandidatePairs(all).map(([i, j]) => `${i}-${j}`);
    expect(pairs.sort()).toEqual(Array.from({ length: 20 }, (_, k) => `${k}-${400 + k}`).sort());
  });
});
