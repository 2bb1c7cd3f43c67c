// Lines printed more than once on one page. Repetition across the articles of one outlet is a
// strong cruft signal (outlet-boilerplate.ts); repetition inside one page is not: an interview
// puts the same question to several people, a page prints its lead sentence twice, a list
// repeats an item. So a repeated sentence keeps its first copy inside the body and only the
// later copies go; what still goes in every copy is a line that does not read as a sentence
// (a photo caption echoed by the image's alt text, a related headline shown twice) and the
// headline repeated under itself. Never decides anything about lines other than the copies.

import { atLeastWords, atMostWords, endsSentence, isHeadlineLike, isProse, type SourceLine } from './lines';

export const ECHO = 'repeated line (caption or widget)';
export const LATER_COPY = 'repeated line (a later copy of a kept line)';

export function markRepeatedLines(
  lines: readonly SourceLine[],
  keys: readonly string[],
  verdict: ReadonlyMap<number, string>,
  remove: (l: SourceLine, r: string) => void,
  titleKey: string | null,
): void {
  const copies = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const at = copies.get(key);
    if (at) at.push(i);
    else copies.set(key, [i]);
  });
  // The body starts at its first paragraph of prose: a copy above it is header furniture (a
  // teaser of the lead, a caption), the first copy from there on is the story's own.
  const bodyStart = lines.findIndex((l) => !verdict.has(l.no) && isProse(l.text));
  for (const [key, at] of copies) {
    const text = lines[at[0]!]!.text;
    if (titleKey !== null && key === titleKey) {
      for (const i of at) remove(lines[i]!, 'repeated headline');
      continue;
    }
    if (at.length < 2 || !atLeastWords(text, 3)) continue;
    // A headline-shaped line seen twice is an echo of page furniture: no copy is prose.
    if (isHeadlineLike(text) && !endsSentence(text)) {
      for (const i of at) remove(lines[i]!, ECHO);
      continue;
    }
    if (isRecurringItem(lines, keys, at, verdict)) continue;
    const first = at.find((i) => i >= bodyStart && bodyStart >= 0 && !verdict.has(lines[i]!.no));
    for (const i of at) {
      if (i === first) continue;
      remove(lines[i]!, first === undefined || i < first ? ECHO : LATER_COPY);
    }
  }
}

/**
 * A line that belongs to a repeating structure rather than being an echo: the same question put
 * to each of five residents ("What will you miss most?"), the same opening hours under each of
 * four pharmacies. Every copy is part of the story — the answers or items read wrong without
 * it. Told from an echo (a caption beside its photo, a pull quote) by what stands around each
 * copy: different lines every time, as the item it belongs to changes; and for a line that is
 * not a prompt ("?" or ":"), a short one under an item's heading (a line that is not prose),
 * where a pull quote stands between paragraphs.
 */
function isRecurringItem(
  lines: readonly SourceLine[],
  keys: readonly string[],
  at: readonly number[],
  verdict: ReadonlyMap<number, string>,
): boolean {
  const text = lines[at[0]!]!.text;
  const prompt = /[?:？：]["'”’]?$/.test(text);
  if (!prompt && !(endsSentence(text) && atMostWords(text, 12))) return false;
  const after = new Set<string>();
  const before = new Set<string>();
  for (const i of at) {
    const next = neighbour(lines, verdict, i, 1);
    const previous = neighbour(lines, verdict, i, -1);
    if (next < 0 || keys[next] === keys[i] || (previous >= 0 && keys[previous] === keys[i])) return false;
    if (!prompt && (previous < 0 || isProse(lines[previous]!.text))) return false;
    after.add(keys[next]!);
    before.add(previous < 0 ? '' : keys[previous]!);
  }
  return after.size === at.length && before.size === at.length;
}

/** The index of the nearest line above (step -1) or below (step 1) that no rule removed, or -1. */
function neighbour(
  lines: readonly SourceLine[],
  verdict: ReadonlyMap<number, string>,
  from: number,
  step: 1 | -1,
): number {
  let i = from + step;
  while (i >= 0 && i < lines.length && verdict.has(lines[i]!.no)) i += step;
  return i >= 0 && i < lines.length ? i : -1;
}
