// A paragraph that the page broke into lines with <br> (or a clipper saved with hard line
// breaks) is one paragraph: kept as separate lines, its sentence is cut into fragments that the
// sentence splitter, the compare view and the claims all see as sentences of their own. Lines
// are joined only when they read as one sentence going on — the first starts a sentence and
// ends none, each next one starts in lower case (or the line before ends mid-clause), and the
// last ends the sentence — so a list of items, which ends no sentence, stays a list.
import { endsSentence } from './lines';

export interface KeptLine {
  readonly text: string;
  readonly line: number;
  /** Position among the page's non-empty lines: joined lines must be neighbours there. */
  readonly at: number;
}

const MAX_WRAPPED = 8;

export function joinWrappedLines(parts: readonly KeptLine[]): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  for (let i = 0; i < parts.length; i++) {
    const end = wrappedEnd(parts, i);
    const text = parts
      .slice(i, end + 1)
      .map((p) => p.text)
      .join(' ');
    out.push({ text, line: parts[i]!.line });
    i = end;
  }
  return out;
}

/** The index of the last line of the paragraph that starts at `i` (i itself when none is joined). */
function wrappedEnd(parts: readonly KeptLine[], i: number): number {
  const first = parts[i]!.text;
  if (endsSentence(first) || /^\p{Ll}/u.test(first)) return i;
  for (let j = i + 1; j < parts.length && j <= i + MAX_WRAPPED; j++) {
    const [previous, next] = [parts[j - 1]!, parts[j]!];
    if (next.at !== previous.at + 1) return i;
    if (!/^\p{Ll}/u.test(next.text) && !/[,;–—-]$/.test(previous.text)) return i;
    if (endsSentence(next.text)) return j;
  }
  return i;
}
