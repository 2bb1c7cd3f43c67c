// The language guess counts words with a hand-written loop (it runs on every article of every
// import); checked here against the plain definition: words are /\p{L}+/gu matches.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../bench/lib/prng';
import { FUNCTION_WORDS, guessLanguage } from '../../../shared/ingest/language';

/** The guess as first written: every word matched by the regex, then counted. */
function reference(text: string): string | null {
  const languages = Object.keys(FUNCTION_WORDS);
  const words =
    text
      .slice(0, 800)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return null;
  const hits = languages.map((lang) => words.filter((w) => FUNCTION_WORDS[lang]!.includes(w)).length);
  const ranked = hits.map((h, i) => [i, h / words.length] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 0.08 || (second && best[1] < second[1] * 1.5)) return null;
  return languages[best[0]]!;
}

describe('guessLanguage', () => {
  it('names the language of plain copy', () => {
    expect(
      guessLanguage(
        'The council said on Monday that the plan for the harbour was approved and that work on the new berth would start in the spring, with the costs shared by the city and the port.',
      ),
    ).toBe('en');
    expect(
      guessLanguage(
        'Der Stadtrat hat am Montag den Plan für den Hafen gebilligt, und die Arbeiten an dem neuen Liegeplatz sollen im Frühjahr beginnen, sagte die Sprecherin, die nicht genannt werden wollte.',
      ),
    ).toBe('de');
  });

  it('agrees with counting every /\\p{L}+/u word, on text of any script and mark', () => {
    const pool = [
      'the',
      'and',
      'für',
      'según',
      'della',
      'koji',
      'и',
      'año',
      'naïve',
      '𝐀𝐁',
      'x\u0301y',
      '’',
      '“',
      '—',
      ' ',
      ' ',
      ' ',
      '. ',
      ', ',
      '1,240',
      'İstanbul',
      'ΣΟΦΙΑ',
      '\ud800',
      'said',
      'que',
      'la',
      'die',
      'je',
    ];
    const random = seededRandom(3);
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: random.int(10, 159) }, () => random.pick(pool)).join(
        random.chance(0.5) ? ' ' : '',
      );
      expect(guessLanguage(text), JSON.stringify(text.slice(0, 120))).toBe(reference(text));
    }
  });
});
