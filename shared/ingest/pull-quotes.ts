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
  // Folding is the costly step, so a line is folded only when it may hold a quote or be one
  // that another line holds. A holder's lower-cased text holds every run of letters and digits
  // of the quote's (its folded words are such runs), so the page's lower-cased lines are first
  // searched for the quote's runs of ASCII letters and digits.
  const keys = new Map<number, string>();
  const keyOf = (i: number): string => {
    let key = keys.get(i);
    if (key === undefined) keys.set(i, (key = fold(lines[i]!.text)));
    return key;
  };
  const lowers = kept.map((i) => lines[i]!.text.toLowerCase());
  const page = new PageText(kept, lowers);
  for (const [k, i] of kept.entries()) {
    const text = lines[i]!.text;
    // A list's item that sums up the story ("• 7 new stations") is the story's own list.
    if (!atMostWords(text, QUOTE_WORDS) || !atLeastWords(text, 5) || BULLET.test(text)) continue;
    const runs = asciiRuns(lowers[k]!);
    const others =
      runs.length === 0
        ? kept
        : page
            .linesHolding(runs[0]!)
            .filter((p) => p !== i && runs.every((r) => page.lowerOf(p).includes(r)));
    if (!others.some((p) => p !== i)) continue;
    // A quote shortened with an ellipsis repeats each of its pieces, in order.
    const shortened = text.includes('…') || text.includes('...');
    const pieces = (shortened ? text.split(/…|\.\.\./).map(fold) : [keyOf(i)]).filter((k) => k.trim() !== '');
    const longest = longestWord(pieces);
    const holders = others.filter(
      (p) =>
        p !== i &&
        page.lowerOf(p).includes(longest) &&
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

/** The kept lines' lower-cased texts as one text, to find which lines hold a run of characters. */
class PageText {
  private readonly text: string;
  private readonly starts: number[] = [];
  private readonly byLine = new Map<number, string>();

  constructor(
    private readonly kept: readonly number[],
    lowers: readonly string[],
  ) {
    let at = 0;
    for (const [k, lower] of lowers.entries()) {
      this.starts.push(at);
      this.byLine.set(kept[k]!, lower);
      at += lower.length + 1;
    }
    // A line break is in no line and no run of letters: a run found is inside one line.
    this.text = lowers.join('\n');
  }

  lowerOf(line: number): string {
    return this.byLine.get(line)!;
  }

  /** The lines (in page order) whose text holds `run`, which has no line break. */
  linesHolding(run: string): number[] {
    const found: number[] = [];
    for (let at = this.text.indexOf(run); at >= 0; at = this.text.indexOf(run, at + 1)) {
      const line = this.kept[this.indexAt(at)]!;
      if (found[found.length - 1] !== line) found.push(line);
    }
    return found;
  }

  private indexAt(offset: number): number {
    let [lo, hi] = [0, this.starts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** The runs of ASCII letters and digits in a lower-cased text, longest first. */
function asciiRuns(lower: string): string[] {
  return [...new Set(lower.match(/[a-z0-9]+/g) ?? [])].sort((a, b) => b.length - a.length);
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
