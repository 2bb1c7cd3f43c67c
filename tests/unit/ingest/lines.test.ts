// Line helpers the cleaning rules run on every line of every import: written for speed, so
// checked against the plain definitions they stand for.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../bench/lib/prng';
import { atLeastWords, atMostWords, collapseSpace, wordCount } from '../../../shared/ingest/lines';

/** Random strings over letters, quotes and every kind of white space JavaScript's \s knows. */
function randomStrings(count: number): string[] {
  const alphabet = [
    'a',
    'B',
    'é',
    "'",
    '’',
    ' ',
    ' ',
    ' ',
    '\t',
    '\n',
    '\r',
    '\v',
    '\f',
    '\u00a0',
    '\u1680',
    '\u2003',
    '\u200a',
    '\u2028',
    '\u2029',
    '\u202f',
    '\u205f',
    '\u3000',
    '\ufeff',
    '\u200b',
  ];
  const random = seededRandom(11);
  return Array.from({ length: count }, () =>
    Array.from({ length: random.int(0, 23) }, () => random.pick(alphabet)).join(''),
  );
}

describe('collapseSpace', () => {
  it('turns every run of white space into one space, as /\\s+/g would', () => {
    for (const text of randomStrings(5000))
      expect(collapseSpace(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' '));
  });

  it('leaves text alone that already has single spaces only', () => {
    const text = 'The council said on Monday it would vote.';
    expect(collapseSpace(text)).toBe(text);
    expect(collapseSpace(' a  b\u00a0\u00a0c\t')).toBe(' a b c ');
  });
});

describe('wordCount', () => {
  it('counts runs of characters that are not space', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('  one\u00a0two\tthree  ')).toBe(3);
    expect(wordCount('Mr. O’Neill (D-Ohio) said 1,240.')).toBe(5);
  });
});

describe('wordCount with a cap, atMostWords, atLeastWords', () => {
  it('agree with the full count for every threshold', () => {
    const texts = [
      '',
      'one',
      'one two',
      ' a b c d e f g h i j k l ',
      'x\u00a0y\u2003z',
      'Mr.  Lind\tsaid: “yes”.',
    ];
    for (const text of texts) {
      const full = wordCount(text);
      for (let n = 0; n <= 14; n++) {
        expect(Math.min(wordCount(text, n), n), `${text} / ${n}`).toBe(Math.min(full, n));
        expect(atMostWords(text, n), `${text} ≤ ${n}`).toBe(full <= n);
        expect(atLeastWords(text, n), `${text} ≥ ${n}`).toBe(full >= n);
      }
    }
  });
});
