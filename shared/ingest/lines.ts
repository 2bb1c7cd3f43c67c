// Line-level vocabulary shared by the cleaning rules: one normalised view of each line of
// the original, and the shape tests ("reads like a sentence", "reads like a headline") that
// the region rules are built from.

export interface SourceLine {
  /** 1-based line number in the decoded original. */
  readonly no: number;
  /** The line as it was, for the reviewer's "removed lines" list. */
  readonly raw: string;
  /** Trimmed, non-breaking spaces and runs of white space folded to one space. */
  readonly text: string;
}

export function splitLines(text: string): SourceLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw, i) => ({
      no: i + 1,
      raw,
      text: raw
        .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim(),
    }));
}

/** Runs of non-space characters; a loop, because this runs on every line of every import. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space =
      c === 32 ||
      (c >= 9 && c <= 13) ||
      c === 0xa0 ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x3000 ||
      (c >= 0x2000 && c <= 0x200a);
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      count++;
    }
  }
  return count;
}

/** Ends the way a sentence of prose ends (including a closing quote after the stop). */
export function endsSentence(text: string): boolean {
  return /[.!?…:;]["'”’»)]*$/.test(text) || (/["”’']{1,2}$/.test(text) && /[.!?,]["'”’]{1,3}$/.test(text));
}

/** A short line with no sentence punctuation: a menu item, a label, a section name. */
export function isShortLabel(text: string, maxWords = 3): boolean {
  return wordCount(text) <= maxWords && !endsSentence(text);
}

/** Could be a headline: a handful of words, starts like a title, does not end like prose. */
export function isHeadlineLike(text: string): boolean {
  const words = wordCount(text);
  if (words < 4 || words > 28) return false;
  if (/[.;:,]$/.test(text)) return false;
  return /^["'“‘]?[\p{Lu}\p{N}]/u.test(text);
}

/** A paragraph of prose: long enough and ends like a sentence. */
export function isProse(text: string): boolean {
  return wordCount(text) >= 8 && endsSentence(text);
}
