// The signature's one-pass loop must see exactly the words shingleTokens sees, or a respelled
// sentence would stop lining up with its original.
import { describe, expect, it } from 'vitest';
import {
  popcount,
  readSignature,
  sentenceSignature,
  sharedBound,
  sharedWordsBound,
  sortDistinct,
  wordPool,
} from '../../../shared/compare/sentence-signature';
import { seededRandom } from '../../../bench/lib/prng';
import { foldSpelling, shingleTokens } from '../../../shared/stories';

/** The signature built the slow way, from shingleTokens' words and their hashes. */
function fromTokens(text: string): number[] {
  return shingleTokens(text).map((w) => {
    let h = 0x811c9dc5;
    for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
    return h;
  });
}
const content = (text: string) =>
  [...new Set(shingleTokens(text).filter((w) => w.length >= 4 || /\d/.test(w)))].length;

const TEXTS = [
  'The council approved 1,240 new homes on Monday.',
  'It cost 1.240.000 euros, or 12,345.678 by another count; 1,2,345 is odd and 1,2345 too.',
  'About 2 000 people and 2024 300 more, page_1 234 and a1 234.',
  'The fibre programmes and the theatre.',
  'The organisation will analyse the programme at the centre, travelling in colour.',
  'They organised catalogues, modelling the theatre; the labour favourites were honoured.',
  'ORGANIZATION Analyze CENTER traveled color — “quoted” and ‘single’ marks.',
  'Brønnøy and Ærø: naïve café owners in Zürich said ß.',
  '?!',
  '',
  'Ends with a number 1,240',
];

describe('sentence signatures', () => {
  it('hash the same words in the same order as shingleTokens', () => {
    for (const text of TEXTS) {
      const a = sentenceSignature(text);
      // The folded words written out as a sentence of their own have the same signature.
      const folded = shingleTokens(text).join(' ');
      expect(sentenceSignature(folded).key, text).toBe(a.key);
      expect(sentenceSignature(text.toUpperCase()).key, text).toBe(a.key);
      const tokens = fromTokens(text);
      expect(a.key === -1, text).toBe(tokens.length === 0);
      expect(a.words.length, text).toBe(content(text));
    }
  });

  it('gives equal keys exactly when the folded words are equal', () => {
    const pairs: [string, string, boolean][] = [
      ['The programme cost 1,240 euros.', 'the program cost 1240 euros', true],
      ['We analysed the colour.', 'We analyzed the color!', true],
      ['Zürich café', 'Zurich cafe', true],
      ['The council had not approved it.', 'The council had approved it.', false],
      ['It cost 1,240 euros.', 'It cost 1,420 euros.', false],
      ['one two', 'two one', false],
    ];
    for (const [x, y, equal] of pairs) {
      expect(shingleTokens(x).join(' ') === shingleTokens(y).join(' '), `${x} / ${y}`).toBe(equal);
      expect(sentenceSignature(x).key === sentenceSignature(y).key, `${x} / ${y}`).toBe(equal);
    }
  });

  it('hashes each content word as shingleTokens spells it', () => {
    for (const text of TEXTS) {
      const expected = [
        ...new Set(
          shingleTokens(text)
            .filter((w) => w.length >= 4 || /\d/.test(w))
            .map((w) => fromTokens(w)[0]! >> 2), // kept to 30 bits
        ),
      ].sort((x, y) => x - y);
      expect([...sentenceSignature(text).words], text).toEqual(expected);
    }
  });

  it('folds every ending foldSpelling folds (the in-place ending check misses none)', () => {
    const stems = ['organ', 'real', 'anal', 'paral', 'col', 'lab', 'favo', 'theat', 'fib', 'cent'];
    const endings = [
      ...['is', 'ys'].flatMap((s) => ['e', 'ed', 'es', 'ing', 'ation', 'ations'].map((e) => s + e)),
      ...['', 's', 'ed', 'ing', 'ite', 'ites', 'able'].map((e) => `our${e}`),
      'tre',
      'tres',
      'bre',
      'bres',
      'ogue',
      'ogues',
      'ence',
      'amme',
      'ammes',
      ...['ed', 'ing', 'er', 'ers'].map((e) => `ll${e}`),
    ];
    const words = [
      ...stems.flatMap((stem) => endings.map((e) => stem + e)),
      'travelled',
      'modelling',
      'cancellers',
      'programmes',
      'catalogues',
      'licence',
      'honoured',
    ];
    let folded = 0;
    for (const word of words) {
      for (const form of [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)]) {
        expect(sentenceSignature(`The ${form} said.`).key, form).toBe(
          sentenceSignature(`The ${foldSpelling(word)} said.`).key,
        );
      }
      if (foldSpelling(word) !== word) folded++;
    }
    // The list really exercises the folding.
    expect(folded).toBeGreaterThan(150);
  });
});

describe('popcount', () => {
  it('counts the bits of a 32-bit number', () => {
    for (const [v, n] of [
      [0, 0],
      [1, 1],
      [0xff, 8],
      [0x80000000 | 0, 1],
      [-1, 32],
      [0x55555555, 16],
    ] as const)
      expect(popcount(v)).toBe(n);
  });
});

describe('sharedWordsBound', () => {
  it('is never below the number of content words two sentences really share', () => {
    const sentence = randomSentences(
      7,
      Array.from({ length: 90 }, (_, k) => `word${k}x${(k * 37) % 11}`),
      3,
      27,
    );
    let tight = 0;
    for (let k = 0; k < 3000; k++) {
      const a = sentenceSignature(sentence());
      const b = sentenceSignature(sentence());
      const inB = new Set(b.words);
      const shared = [...a.words].filter((w) => inB.has(w)).length;
      const bound = sharedWordsBound(a, b);
      expect(bound).toBeGreaterThanOrEqual(shared);
      if (bound === shared) tight++;
    }
    expect(tight).toBeGreaterThan(0);
  });
});

describe('words read unsorted, sorted when needed', () => {
  it('sortDistinct gives the signature words; the bound holds on the words as read, repeats and all', () => {
    const sentence = randomSentences(
      19,
      Array.from({ length: 40 }, (_, k) => `term${k}q${(k * 7) % 5}`),
      2,
      31,
    );
    for (let k = 0; k < 2000; k++) {
      const textA = sentence();
      const textB = sentence();
      const pool = wordPool(1);
      const out = { key: -1, maskLo: 0, maskHi: 0 };
      readSignature(textA, pool, out);
      const raw = pool.size;
      const a = sentenceSignature(textA);
      const b = sentenceSignature(textB);
      // Read: every content word, repeats kept; the same mask as the finished signature.
      expect(raw).toBe(textA.split(' ').length);
      expect([out.maskLo, out.maskHi]).toEqual([a.maskLo, a.maskHi]);
      expect([...pool.words.subarray(0, sortDistinct(pool.words, 0, raw))]).toEqual([...a.words]);
      const inB = new Set(b.words);
      const shared = a.words.filter((w) => inB.has(w)).length;
      expect(sharedBound(out.maskLo, out.maskHi, raw, b.maskLo, b.maskHi)).toBeGreaterThanOrEqual(shared);
    }
  });
});

/**
 * Sentences of min–max words drawn from a small vocabulary, so masks collide often; seeded, so
 * a failure can be run again.
 */
function randomSentences(
  seed: number,
  vocabulary: readonly string[],
  min: number,
  max: number,
): () => string {
  const random = seededRandom(seed);
  return () => Array.from({ length: random.int(min, max) }, () => random.pick(vocabulary)).join(' ');
}
