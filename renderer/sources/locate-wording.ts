// Finds a wording again in another article's text: a copy of a wire sentence carries the same
// words, but its offsets are its own (another header, other line breaks, other quote marks).
// Pure, so it is tested without a browser.

export interface Span {
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `wording` is in `text`: exactly, else word for word whatever lies between the words. */
export function locateWording(text: string, wording: string): Span | null {
  const exact = text.indexOf(wording);
  if (exact >= 0) return { start: exact, end: exact + wording.length };
  const words = wording.match(WORD);
  if (!words || words.length === 0) return null;
  // Between two words only spaces, punctuation and quote marks, never another word.
  const pattern = new RegExp(words.map(escape).join('[^\\p{L}\\p{N}]{1,12}'), 'iu');
  const found = pattern.exec(text);
  return found ? { start: found.index, end: found.index + found[0].length } : null;
}
