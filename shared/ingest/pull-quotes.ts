// A pull quote: a short line set between the story's paragraphs that repeats a sentence (or
// most of one) of a paragraph, often with its speaker on the line below. It is the story
// printed twice; the paragraph stays and the copy goes. Only a line whose words all stand, in
// order, inside another kept paragraph longer than it is taken, so no paragraph is ever lost.
import { atLeastWords, atMostWords, endsSentence, type SourceLine } from './lines';

/** A pull quote is a sentence or two; a longer line is a paragraph of its own. */
const QUOTE_WORDS = 40;
/** A crosshead is a few words. */
const CROSSHEAD_WORDS = 8;
/** "Mira Castellanos, Transport Workers' Union", "— Ana Gil": a pull quote's speaker. */
const ATTRIBUTION = /^(?:[—–-]\s*)?[\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]+){0,3}(?:,\s*\S.{0,60})?$/u;

const BULLET = /^(?:[•·▪◦‣●■]|[*–—-]\s|\d+[.)]\s)/u;

export function markPullQuotes(
  lines: readonly SourceLine[],
  verdict: ReadonlyMap<number, string>,
  remove: (l: SourceLine, r: string) => void,
): void {
  const kept = lines.map((_, i) => i).filter((i) => !verdict.has(lines[i]!.no));
  // Folding is the costly step, so each line is folded once and only when asked; a line is
  // asked only when its lower-cased text holds the quote's longest word, which every holder's
  // does (a folded word is a run of letters and digits of the lower-cased text).
  const keys = new Map<number, string>();
  const keyOf = (i: number): string => {
    let key = keys.get(i);
    if (key === undefined) keys.set(i, (key = fold(lines[i]!.text)));
    return key;
  };
  const lowers = new Map<number, string>();
  const lowerOf = (i: number): string => {
    let lower = lowers.get(i);
    if (lower === undefined) lowers.set(i, (lower = lines[i]!.text.toLowerCase()));
    return lower;
  };
  for (const i of kept) {
    const text = lines[i]!.text;
    // A list's item that sums up the story ("• 7 new stations") is the story's own list.
    if (!atMostWords(text, QUOTE_WORDS) || !atLeastWords(text, 5) || BULLET.test(text)) continue;
    // A quote shortened with an ellipsis repeats each of its pieces, in order.
    const shortened = text.includes('…') || text.includes('...');
    const pieces = (shortened ? text.split(/…|\.\.\./).map(fold) : [keyOf(i)]).filter((k) => k.trim() !== '');
    const longest = longestWord(pieces);
    const holders = kept.filter(
      (p) =>
        p !== i &&
        lowerOf(p).includes(longest) &&
        keyOf(p).length > keyOf(i).length + 10 &&
        inOrder(keyOf(p), pieces),
    );
    if (holders.length === 0) continue;
    // A crosshead that quotes the section it opens (« Un choix politique assumé » over the
    // paragraphs where the mayor says it): a few words that end no sentence, found only in
    // paragraphs below it. A pull quote repeats what the reader has already passed.
    if (atMostWords(text, CROSSHEAD_WORDS) && !endsSentence(text) && holders.every((p) => p > i)) continue;
    remove(lines[i]!, 'pull quote');
    const next = lines[i + 1];
    if (
      next &&
      !verdict.has(next.no) &&
      atMostWords(next.text, 10) &&
      !endsSentence(next.text) &&
      ATTRIBUTION.test(next.text)
    )
      remove(next, 'pull quote');
  }
}

/** The longest word of folded pieces ("" when they hold none: every line then qualifies). */
function longestWord(pieces: readonly string[]): string {
  let longest = '';
  for (const piece of pieces)
    for (const word of piece.split(' ')) if (word.length > longest.length) longest = word;
  return longest;
}

function inOrder(paragraph: string, pieces: readonly string[]): boolean {
  let from = 0;
  for (const piece of pieces) {
    const at = paragraph.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length - 1;
  }
  return true;
}

/** Letters and digits only, lower case, one space between words: quotes and commas differ. */
function fold(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}
