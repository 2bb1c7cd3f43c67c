// Word shingles: the units two versions of one text share. Text is folded before shingling
// (case, accents, punctuation, quote styles, digit grouping) so that cosmetic edits — a
// respelled word aside — leave almost every shingle intact.

export const SHINGLE_WORDS = 5;

/** Letters NFKD does not take apart: "Brønnøy" and "Bronnoy" are one name on a wire feed. */
const FOLDED_LETTERS: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
};

/**
 * Lower-case words without accents or punctuation; "1,240" and "1240" both become "1240";
 * British and American spellings fold to one form (normalise/normalize, colour/color,
 * metre/meter, fibre/fiber, travelled/traveled, catalogue/catalog, analyse/analyze,
 * programme/program), because a respelled
 * copy is the same text. The folding is applied to every text alike, so a rare collision
 * ("four"/"for") costs nothing.
 */
export function shingleTokens(text: string): string[] {
  // Plain ASCII text (most English copy) skips the Unicode steps; the result is the same.
  const ascii = !NON_ASCII.test(text);
  const folded = (
    ascii
      ? text.toLowerCase()
      : text
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase()
          .replace(/[øłđðþæœßı]/g, (c) => FOLDED_LETTERS[c]!)
  ).replace(/(\d)[,.\u00a0\u202f ](?=\d{3}\b)/g, '$1');
  const words = (ascii ? folded.match(/[a-z0-9]+/g) : folded.match(/[\p{L}\p{N}]+/gu)) ?? [];
  for (let i = 0; i < words.length; i++) words[i] = foldSpelling(words[i]!);
  return words;
}

// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL
const NON_ASCII = /[^\x00-\x7f]/;
/** Any ending foldSpelling rewrites; most words have none, and one test is cheaper than seven. */
const SPELLING_ENDING =
  /(?:is|ys)(?:e|ed|es|ing|ation|ations)$|our(?:s|ed|ing|ite|ites|able)?$|[tb]res?$|ll(?:ed|ing|er|ers)$|ogues?$|ence$|ammes?$/;

/**
 * foldSpelling's rewrites. Their endings are distinct and no rewritten form ends like another
 * rule, so at most one applies to a word: the first that matches is the only one.
 */
const SPELLING_RULES: readonly (readonly [RegExp, string])[] = [
  [/is(e|ed|es|ing|ation|ations)$/, 'iz$1'],
  [/ys(e|ed|es|ing)$/, 'yz$1'],
  [/our(s|ed|ing|ite|ites|able)?$/, 'or$1'],
  [/([tb])re(s)?$/, '$1er$2'],
  // travelled/traveled, but not filled/filed: only stems of two syllables or more.
  [/^(.*[aeiouy][^aeiouy]+[aeiouy])ll(ed|ing|er|ers)$/, '$1l$2'],
  [/ogue(s)?$/, 'og$1'],
  [/ence$/, 'ense'],
  [/amme(s)?$/, 'am$1'],
];

export function foldSpelling(word: string): string {
  if (word.length < 5 || !SPELLING_ENDING.test(word)) return word;
  for (const [pattern, replacement] of SPELLING_RULES)
    if (pattern.test(word)) return word.replace(pattern, replacement);
  return word;
}

/** 32-bit hashes of every run of SHINGLE_WORDS words (a short text gives one shingle of all its words). */
export function shingleSet(text: string): Set<number> {
  const words = shingleTokens(text);
  const set = new Set<number>();
  if (words.length === 0) return set;
  const n = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < n; i++) set.add(hashWords(words, i, Math.min(words.length, i + SHINGLE_WORDS)));
  return set;
}

/** FNV-1a over the words with a separator, so "ab c" and "a bc" differ. */
function hashWords(words: readonly string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < to; w++) {
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) {
      h ^= word.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x20;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
