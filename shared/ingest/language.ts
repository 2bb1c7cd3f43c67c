// A cheap language guess from function words: enough to label an article and to warn
// when a folder mixes languages. Returns null rather than guess on short or mixed text.

export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'said', 'was'],
  de: ['der', 'die', 'und', 'das', 'nicht', 'ist', 'mit', 'sich', 'auf', 'für', 'dem', 'den'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'pour', 'dans', 'que', 'qui', 'du'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'por', 'una', 'para', 'con', 'según'],
  it: ['il', 'la', 'che', 'di', 'e', 'per', 'una', 'del', 'della', 'non', 'sono', 'con'],
  sr: ['je', 'i', 'da', 'u', 'na', 'se', 'su', 'za', 'od', 'koji', 'sa', 'nije'],
};
const LANGUAGES = Object.keys(FUNCTION_WORDS);
/** word → indexes of the languages it marks; built once. */
const MARKS = new Map<string, number[]>();
LANGUAGES.forEach((lang, index) => {
  for (const word of FUNCTION_WORDS[lang]!) MARKS.set(word, [...(MARKS.get(word) ?? []), index]);
});
/** The first few thousand characters decide; a news article does not change language midway. */
const SAMPLE_CHARS = 800;

export function guessLanguage(text: string): string | null {
  const byScript = languageOfScript(text.slice(0, SAMPLE_CHARS));
  if (byScript !== undefined) return byScript;
  const hits = new Array<number>(LANGUAGES.length).fill(0);
  const words = countMarks(text.slice(0, SAMPLE_CHARS).toLowerCase(), hits);
  if (words < 20) return null;
  const ranked = hits.map((h, i) => [i, h / words] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 0.08 || (second && best[1] < second[1] * 1.5)) return null;
  return LANGUAGES[best[0]]!;
}

/** The longest function word: longer words are counted but never looked up. */
const LONGEST_MARK = Math.max(...[...MARKS.keys()].map((w) => w.length));
const LETTER = /^\p{L}$/u;
/** Whether each character of the Basic Multilingual Plane is a letter (\p{L}): 0 not asked yet, 1 yes, 2 no. */
const IS_LETTER = new Uint8Array(0x10000);
for (let c = 97; c <= 122; c++) IS_LETTER[c] = 1;

/**
 * Counts the words of `sample` (runs of letters, as /\p{L}+/gu finds them) and, in `hits`, the
 * languages they mark. A loop that makes a string only of words short enough to be a function
 * word: this runs on every article of every import.
 */
function countMarks(sample: string, hits: number[]): number {
  let words = 0;
  let start = -1;
  let i = 0;
  while (i <= sample.length) {
    const cp = i < sample.length ? sample.codePointAt(i)! : 0;
    const width = cp > 0xffff ? 2 : 1;
    if (cp !== 0 && isLetter(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words++;
      if (i - start <= LONGEST_MARK) mark(sample.slice(start, i), hits);
      start = -1;
    }
    i += width;
  }
  return words;
}

function isLetter(cp: number): boolean {
  if (cp > 0xffff) return LETTER.test(String.fromCodePoint(cp));
  let known = IS_LETTER[cp]!;
  if (known === 0) known = IS_LETTER[cp] = LETTER.test(String.fromCharCode(cp)) ? 1 : 2;
  return known === 1;
}

function mark(word: string, hits: number[]): void {
  // Most words mark no language: no empty list made for each of them.
  const marks = MARKS.get(word);
  if (marks) for (const index of marks) hits[index]!++;
}

/**
 * Languages written without spaces have no function words to count, but their scripts name
 * them: kana is Japanese (Japanese mixes kana with kanji in every sentence), Han alone is
 * Chinese, Thai letters Thai. undefined when the sample is mostly in another script.
 */
function languageOfScript(sample: string): string | null | undefined {
  let kana = 0;
  let han = 0;
  let thai = 0;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x41) continue;
    letters++;
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if (c >= 0x0e00 && c <= 0x0e7f) thai++;
  }
  if (letters === 0 || (kana + han + thai) * 2 < letters) return undefined;
  if (kana * 20 > letters) return 'ja';
  if (han > thai) return 'zh';
  return thai > 0 ? 'th' : null;
}
