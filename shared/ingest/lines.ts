// Line-level vocabulary shared by the cleaning rules: one normalised view of each line of
// the original, and the shape tests ("reads like a sentence", "reads like a headline") that
// the region rules are built from.
import { isSpacelessCode, isUnpunctuatedScript, segmentedWordCount } from './scripts';

export interface SourceLine {
  /** 1-based line number in the decoded original. */
  readonly no: number;
  /** The line as it was, for the reviewer's "removed lines" list. */
  readonly raw: string;
  /** Trimmed, non-breaking spaces and runs of white space folded to one space. */
  readonly text: string;
}

export function splitLines(text: string): SourceLine[] {
  const raw = text.replace(/\r\n?/g, '\n');
  // Folded in one pass over the whole text rather than line by line: neither replacement
  // touches a line break, so the folded text splits into the same lines.
  const folded = raw
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .split('\n');
  return raw.split('\n').map((line, i) => ({ no: i + 1, raw: line, text: folded[i]!.trim() }));
}

/**
 * Every run of white space (JavaScript's \s) as one space. Only runs that are not already a
 * single space are matched: a pattern matching every space between words rebuilt the whole
 * string for nothing, on every line and paragraph of every import.
 */
export function collapseSpace(text: string): string {
  return text.replace(SPACE_TO_FOLD, ' ');
}
const SPACE_TO_FOLD = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]\s*| \s+/g;

/**
 * Runs of non-space characters, counted up to `cap` (the count stops there: the rules only ask
 * whether a line has more or fewer words than a few, and a paragraph need not be read to its
 * end for that). A loop, because this runs on every line of every import. A text in a script
 * written without spaces (Japanese, Chinese, Thai…) is counted by the word segmenter instead:
 * by spaces a whole paragraph of it is one "word".
 *
 * The rules ask about the same lines many times with different limits, so each recent line's
 * scan is kept where it stopped and goes on from there when a larger limit is asked.
 */
export function wordCount(text: string, cap = Infinity): number {
  let state = scans.get(text);
  if (state === undefined) {
    state = { at: 0, words: 0, inWord: false, spaceless: false };
    // A whole text is counted once; kept, it would keep its article alive.
    if (text.length <= MAX_KEPT_LENGTH) {
      if (scans.size >= MAX_SCANS) scans.clear();
      scans.set(text, state);
    }
  }
  if (!state.spaceless && state.words < cap) scan(text, cap, state);
  if (state.spaceless && state.words < cap) return segmentedWordCount(text, cap);
  return Math.min(state.words, cap);
}

/** A text's scan: where it stopped, the words before that, and whether a spaceless script stopped it. */
interface Scan {
  at: number;
  words: number;
  inWord: boolean;
  spaceless: boolean;
}
/** Recent texts' scans: a page's lines are asked about by rule after rule. */
const scans = new Map<string, Scan>();
const MAX_SCANS = 1024;
const MAX_KEPT_LENGTH = 4000;

function scan(text: string, cap: number, state: Scan): void {
  let { at: i, words: count, inWord } = state;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Printable ASCII first: most characters, and never space.
    const space =
      c > 32 && c < 0xa0
        ? false
        : c === 32 ||
          (c >= 9 && c <= 13) ||
          c === 0xa0 ||
          c === 0x2028 ||
          c === 0x2029 ||
          c === 0x3000 ||
          (c >= 0x2000 && c <= 0x200a);
    if (space) inWord = false;
    else if (c >= 0x0e00 && isSpacelessCode(c)) {
      state.spaceless = true;
      break;
    } else if (!inWord) {
      inWord = true;
      if (++count >= cap) {
        i++;
        break;
      }
    }
  }
  state.at = i;
  state.words = count;
  state.inWord = inWord;
}

/** At most n words. */
export function atMostWords(text: string, n: number): boolean {
  return wordCount(text, n + 1) <= n;
}

/** At least n words. */
export function atLeastWords(text: string, n: number): boolean {
  return wordCount(text, n) >= n;
}

/**
 * Ends the way a sentence of prose ends (including a closing quote after the stop). The stops
 * of other scripts count too: CJK's 。！？ (full width), the Devanagari danda, the Arabic
 * question mark and full stop, Myanmar's and Khmer's — a Japanese paragraph ends in 。 and
 * nothing else.
 */
export function endsSentence(text: string): boolean {
  return sentenceEnd(text) || (/["”’']{1,2}$/.test(text) && /[.!?,]["'”’]{1,3}$/.test(text));
}
/**
 * A stop followed by closers only, read from the end: a loop, not a pattern ending in `$`, as
 * it runs several times on every line of every import and the pattern was tried from every
 * position of the line. The stops and the closers are single UTF-16 units and no stop is a closer.
 */
function sentenceEnd(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.includes(text[i]!)) i--;
  return i >= 0 && STOPS.includes(text[i]!);
}
const STOPS = '.!?…:;。！？．：；।॥؟۔။។';
const CLOSERS = `"'”’»)」』）】〉》`;

/**
 * A line long enough to be a paragraph in a script with no sentence stop (Thai, Khmer): its
 * last character cannot tell prose from a label, its length can.
 */
function longUnpunctuated(text: string): boolean {
  return atLeastWords(text, 20) && isUnpunctuatedScript(text);
}

/** A short line with no sentence punctuation: a menu item, a label, a section name. */
export function isShortLabel(text: string, maxWords = 3): boolean {
  return atMostWords(text, maxWords) && !endsSentence(text);
}

/** Could be a headline: a handful of words, starts like a title, does not end like prose. */
export function isHeadlineLike(text: string): boolean {
  const words = wordCount(text, 29);
  if (words < 4 || words > 28) return false;
  if (/[.;:,。、，；：]$/.test(text) || longUnpunctuated(text)) return false;
  // Scripts without letter case (CJK, Thai, Arabic…) start a headline with any letter.
  // A headline may open with a quotation in any language's marks („…“, «…», ‚…‘, 「…」).
  return /^["'“‘„‚«»‹›「『【¿¡]?\s?[\p{Lu}\p{N}\p{Lo}]/u.test(text);
}

/** A paragraph of prose: long enough and ends like a sentence. */
export function isProse(text: string): boolean {
  return atLeastWords(text, 8) && (endsSentence(text) || longUnpunctuated(text));
}
