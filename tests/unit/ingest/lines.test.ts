// Line helpers the cleaning rules run on every line of every import: written for speed, so
// checked against the plain definitions they stand for.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../bench/lib/prng';
import {
  atLeastWords,
  atMostWords,
  collapseSpace,
  endsSentence,
  wordCount,
} from '../../../shared/ingest/lines';
import { isSpacelessCode, segmentedWordCount } from '../../../shared/ingest/scripts';

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

/** The count by its definition, every time from the start (what wordCount remembers must not change it). */
function freshCount(text: string, cap: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (/\s/.test(text[i]!) && c !== 0x1680 && c !== 0x202f && c !== 0x205f && c !== 0xfeff) inWord = false;
    else if (isSpacelessCode(c)) return segmentedWordCount(text, cap);
    else if (!inWord) {
      inWord = true;
      if (++count >= cap) return count;
    }
  }
  return count;
}

describe('wordCount asked about the same text again', () => {
  it('answers every limit, in any order, as a count from the start would', () => {
    const random = seededRandom(5);
    const pieces = ['word', 'a', ' ', '  ', '\u3000', '—', '東京', 'です。', 'ไทย', '\u00a0', 'x'];
    const texts = Array.from({ length: 400 }, () =>
      Array.from({ length: random.int(0, 120) }, () =>
        random.pick(random.int(0, 9) < 9 ? pieces.slice(0, 4) : pieces),
      ).join(''),
    );
    for (let n = 0; n < 6000; n++) {
      const text = random.pick(texts);
      // A run of questions about one text, as the rules ask them, then another text.
      for (let k = random.int(1, 6); k > 0; k--) {
        const cap = random.pick([1, 2, 5, 9, 20, 41, 64, 100, Infinity]);
        expect(wordCount(text, cap), `${JSON.stringify(text.slice(0, 40))} / ${cap}`).toBe(
          freshCount(text, cap),
        );
      }
    }
  });
});

describe('endsSentence', () => {
  it('agrees with its definition: a stop, then closing quotes or brackets only', () => {
    const stop = /[.!?…:;。！？．：；।॥؟۔။។]["'”’»)」』）】〉》]*$/;
    const byDefinition = (t: string) =>
      stop.test(t) || (/["”’']{1,2}$/.test(t) && /[.!?,]["'”’]{1,3}$/.test(t));
    const random = seededRandom(9);
    const alphabet = [
      'a',
      ' ',
      '.',
      '!',
      '?',
      ',',
      '"',
      '”',
      '’',
      "'",
      ')',
      '」',
      '》',
      '。',
      '؟',
      '…',
      ':',
      'x',
    ];
    for (let n = 0; n < 20000; n++) {
      const text = Array.from({ length: random.int(0, 7) }, () => random.pick(alphabet)).join('');
      expect(endsSentence(text), JSON.stringify(text)).toBe(byDefinition(text));
    }
  });
});
