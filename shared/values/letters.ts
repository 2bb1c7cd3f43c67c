// Letter classes and small text helpers for the scanners. `\p{L}` needs the `u` flag, which
// made the patterns here two to ten times slower in V8; Latin letters (ASCII, Latin-1, Latin
// Extended-A and -B) cover English, German, French and Spanish, and patterns without `u` run on
// them alone. Letters of other scripts count as punctuation here.

/** Any Latin letter, for use inside a character class: `[${L}]`. */
export const L = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
/** Upper-case Latin letters (ASCII and Latin-1), inside a character class. */
export const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE';
/** Lower-case Latin letters (ASCII and Latin-1), inside a character class. */
export const LOWER = 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF';

/**
 * A pattern written like a regex literal (backslashes as they are) that can name the classes
 * above: pattern('g')`(?<![${L}])\d+`.
 */
export function pattern(flags: string) {
  return (strings: TemplateStringsArray, ...values: readonly string[]): RegExp =>
    new RegExp(String.raw({ raw: strings.raw }, ...values), flags);
}

/** One Latin letter (for single-character tests). */
const LETTER = pattern('')`[${L}]`;
export const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);

/**
 * The word (lower case, with a trailing point: "approx.") that ends right before `pos`, spaces
 * between allowed; '' when a non-letter comes first. A cheap look before trying a pattern.
 */
export function wordBefore(text: string, pos: number): string {
  let end = pos;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
  let start = end;
  if (text[start - 1] === '.') start--;
  while (start > 0 && isLetter(text[start - 1])) start--;
  return start < end ? text.slice(start, end).toLowerCase() : '';
}

/** Before a sentence's first word: start of text, end punctuation, an opening quote or bracket. */
const SENTENCE_OPENER = /[.!?:;"“”'‘’([\n•—–-]/;

/** Whether the word at `i` starts a sentence (or the text). */
export function atSentenceStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u00a0')) j--;
  return j < 0 || SENTENCE_OPENER.test(text[j]!);
}

/**
 * The first match of a global pattern, from the start of `text`; loop on with `re.exec(text)`.
 * Hot loops use this rather than matchAll, which clones the pattern on every call.
 */
export function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(text);
}
