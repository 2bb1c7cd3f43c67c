// Writing systems that do not put spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
// Myanmar): counting "runs of non-space characters" calls a whole Japanese paragraph one word,
// so no line of it reads as prose and the page was refused. Lines in these scripts are counted
// with Intl.Segmenter (ICU's dictionaries, in Node and Chromium alike); every other line keeps
// the fast character loops, since the segmenter is many times slower and most imports are not
// in these scripts. Must never be used for sentence splitting of spaced scripts: ICU's sentence
// rules do not know news abbreviations (see sentences.ts).

/** Is this character code in a script written without spaces between words? */
export function isSpacelessCode(c: number): boolean {
  return (
    (c >= 0x0e00 && c <= 0x0eff) || // Thai, Lao
    (c >= 0x1000 && c <= 0x109f) || // Myanmar
    (c >= 0x1780 && c <= 0x17ff) || // Khmer
    (c >= 0x3040 && c <= 0x30ff) || // Hiragana, Katakana
    (c >= 0x3400 && c <= 0x4dbf) || // CJK extension A
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0xf900 && c <= 0xfaff) || // CJK compatibility ideographs
    (c >= 0xd840 && c <= 0xd87f) // high surrogates of the supplementary ideographs
  );
}

/**
 * Scripts that have no sentence stop at all (Thai, Lao, Khmer prose ends a sentence with a
 * space): a line in them cannot be told from a label by its last character.
 */
export function isUnpunctuatedCode(c: number): boolean {
  return (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1780 && c <= 0x17ff);
}

export function hasSpacelessScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0e00 && isSpacelessCode(c)) return true;
  }
  return false;
}

/** Whether most letters of the line are in a script without sentence stops (Thai, Khmer). */
export function isUnpunctuatedScript(text: string): boolean {
  let unpunctuated = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x40) letters++;
    if (c >= 0x0e00 && isUnpunctuatedCode(c)) unpunctuated++;
  }
  return letters > 0 && unpunctuated * 2 > letters;
}

let wordSegmenter: Intl.Segmenter | null = null;

/** Words as the segmenter finds them (punctuation and spaces are not words), up to `cap`. */
export function segmentedWordCount(text: string, cap = Infinity): number {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let count = 0;
  for (const segment of wordSegmenter.segment(text)) {
    if (segment.isWordLike && ++count >= cap) return count;
  }
  return count;
}

/** The words of a text, lower-cased: by the segmenter where the script needs it, else by letters. */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  if (!hasSpacelessScript(lower)) return lower.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const words: string[] = [];
  for (const segment of wordSegmenter.segment(lower)) if (segment.isWordLike) words.push(segment.segment);
  return words;
}

/**
 * Words that carry a subject, cut to their first four letters (so "fail" meets "failed"): in
 * spaced scripts those of four letters or more, in Chinese, Japanese and Thai (whose words are
 * short) those of two or more.
 */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of wordsOf(text)) {
    // No letter of those scripts is below U+0E00 (Thai's block): most words are not tried.
    if (w.charCodeAt(0) >= 0x0e00 && SPACELESS_WORD.test(w)) {
      if (w.length >= 2) out.push(w);
    } else if (w.length >= 4) out.push(w.slice(0, 4));
  }
  return out;
}
const SPACELESS_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
