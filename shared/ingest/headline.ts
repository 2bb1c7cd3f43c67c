// The headline, and the deck between it and the story. A page copied from a browser carries
// headline-shaped chrome above the story ("Send us a tip", a section's name, the site's tagline),
// so the headline is not simply the first headline-shaped line: it is the one that best shares
// the body's subject, and of equals the one nearest the body. A headline glued to its summary
// when the page was copied ("…After 40 YearsThe family-run bakery…") is split at the glue.
// Never looks below the body's first paragraph.
import { ECHO } from './repeated-lines';
import { endsSentence, isHeadlineLike, isProse, isShortLabel, wordCount, type SourceLine } from './lines';
import { contentWords } from './scripts';

/** What separates a deck from the body: captions, bylines, datelines. */
const HEADER_FURNITURE = new Set([
  'photo caption',
  'byline',
  'dateline',
  'date line',
  'repeated headline',
  ECHO,
]);

export interface Headline {
  readonly title: string | null;
  /** A line that held the headline glued to more text: what is left of it, or null when it all goes. */
  readonly glued: { readonly no: number; readonly rest: string | null } | null;
}

/**
 * Subject words shared with the body: how well a candidate line names the story below it.
 * Words are compared by their first four letters, so "fail" meets "failed" and "normalization"
 * "normalizing": a headline and its story seldom use the same form of a word.
 */
function subjectScore(candidate: string, body: ReadonlySet<string>): number {
  const words = contentWords(candidate);
  if (words.length === 0) return 0;
  return words.filter((w) => body.has(w)).length / words.length;
}

/** The subject words of the body's first three paragraphs. */
function bodyWords(
  lines: readonly SourceLine[],
  verdict: ReadonlyMap<number, string>,
  from: number,
): Set<string> {
  const body = new Set<string>();
  for (const line of lines
    .slice(from)
    .filter((l) => !verdict.has(l.no))
    .slice(0, 3))
    for (const w of contentWords(line.text)) body.add(w);
  return body;
}

export function findHeadline(
  lines: readonly SourceLine[],
  verdict: Map<number, string>,
  remove: (l: SourceLine, r: string) => void,
  masthead: { readonly name: string; readonly at: number } | null,
  clean: (text: string) => string,
): Headline {
  const bodyStart = lines.findIndex((l) => !verdict.has(l.no) && isProse(clean(l.text)));
  const zoneEnd = bodyStart < 0 ? lines.length : bodyStart;
  const glued = findGlued(lines, verdict, Math.min(zoneEnd, lines.length - 1), clean);

  // The site's own block: a headline-shaped line under its masthead, before the first blank
  // line. A page copied with no blank lines down to its body has no such block to tell apart.
  const mastheadBlock = new Set<number>();
  const top = masthead?.at ?? 0;
  for (let i = top + 1; masthead !== null && i < lines.length && lines[i]!.no === lines[i - 1]!.no + 1; i++)
    mastheadBlock.add(i);
  if (mastheadBlock.has(zoneEnd - 1) || mastheadBlock.has(zoneEnd)) mastheadBlock.clear();
  const inList = listLines(lines, verdict, zoneEnd);

  let chosen: number;
  if (glued) chosen = glued.at;
  else {
    const candidates: number[] = [];
    for (let i = 0; i < zoneEnd; i++) {
      const text = clean(lines[i]!.text);
      // The masthead is the site's name, never the story's headline.
      if (verdict.has(lines[i]!.no) || inList.has(i) || (masthead !== null && i === top)) continue;
      if (isHeadlineLike(text) && !endsSentence(text)) candidates.push(i);
    }
    // The site's tagline only when nothing else is headline-shaped.
    const outside = candidates.filter((i) => !mastheadBlock.has(i));
    const pool = outside.length > 0 ? outside : candidates;
    // Scores tell candidates apart, and a tagline from a headline; a lone candidate elsewhere
    // is chosen whatever its score, so the body's words are not gathered for it.
    const needScores = pool.length > 1 || pool.some((i) => mastheadBlock.has(i));
    const body = needScores ? bodyWords(lines, verdict, zoneEnd) : new Set<string>();
    const scores = needScores
      ? pool.map((i) => subjectScore(clean(lines[i]!.text), body))
      : pool.map(() => 1);
    const best = Math.max(0, ...scores);
    // A Markdown title ("# …") says outright which line is the headline. Else the first line
    // that shares the body's subject, not far below the best (chrome such as "Send us a tip" or
    // a section's name shares none); not simply the best, as a deck under the headline often
    // repeats more of the body's words than the headline does, and a live blog's first entries
    // may be about anything.
    const marked = pool.find((i) => /^#\s/.test(lines[i]!.text));
    chosen = marked ?? pool[scores.findIndex((score) => score >= best / 3)] ?? -1;
    if (chosen >= 0 && best === 0 && mastheadBlock.has(chosen)) chosen = -1;
  }
  for (let i = 0; i < (chosen < 0 ? zoneEnd : chosen); i++) {
    const line = lines[i]!;
    if (verdict.has(line.no)) continue;
    const text = clean(line.text);
    if (isShortLabel(text)) remove(line, 'navigation or section label');
    else if (chosen < 0) {
      if (!mastheadBlock.has(i) || !isHeadlineLike(text)) break;
      remove(line, 'masthead tagline');
    } else remove(line, mastheadBlock.has(i) ? 'masthead tagline' : 'page furniture above the headline');
  }
  if (chosen < 0) return { title: null, glued: null };
  if (glued) {
    if (glued.rest === null) verdict.set(lines[chosen]!.no, 'headline glued to its standfirst');
    return { title: glued.title, glued: { no: lines[chosen]!.no, rest: glued.rest } };
  }
  verdict.set(lines[chosen]!.no, 'headline');
  return { title: clean(lines[chosen]!.text), glued: null };
}

/** A time of day alone on its line, maybe with its zone: a live blog entry's stamp. */
const ENTRY_TIME =
  /^\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.|uhr))?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?$/i;

/**
 * A live blog: entries stamped with a time of day, more than one of them. One time alone under
 * the headline is the story's own publication time, page furniture.
 */
function liveEntries(
  lines: readonly SourceLine[],
  verdict: ReadonlyMap<number, string>,
  from: number,
): boolean {
  let stamps = 0;
  for (let i = from; i < lines.length && stamps < 2; i++)
    if (!verdict.has(lines[i]!.no) && ENTRY_TIME.test(lines[i]!.text)) stamps++;
  return stamps >= 2;
}

/** Decks and sub-headlines between the headline and the first paragraph. */
export function markStandfirst(
  lines: readonly SourceLine[],
  verdict: Map<number, string>,
  remove: (l: SourceLine, r: string) => void,
) {
  const titleAt = lines.findIndex((l) => verdict.get(l.no) === 'headline');
  if (titleAt < 0) return;
  let furnitureSinceTitle = false;
  const inList = listLines(lines, verdict, lines.length);
  for (let i = titleAt + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (verdict.has(line.no)) {
      furnitureSinceTitle = true;
      continue;
    }
    if (isProse(line.text)) {
      // One sentence right under the headline, set off from the body by a caption or byline,
      // is the deck. After a byline or dateline the first sentence is the story itself.
      const next = lines.slice(i + 1).find((l) => l.text !== '');
      if (!furnitureSinceTitle && next && HEADER_FURNITURE.has(verdict.get(next.no) ?? ''))
        remove(line, 'standfirst');
      return;
    }
    // A list under the headline (a race calendar, a table) is the story's, not a deck; so is a
    // live blog's first entry, which opens with its time ("16:05 GMT", "14h30").
    if (inList.has(i) || (ENTRY_TIME.test(line.text) && liveEntries(lines, verdict, i))) return;
    remove(line, isShortLabel(line.text) ? 'navigation or section label' : 'standfirst');
  }
}

/**
 * A headline run into the next text with no space when the page was copied: a lower-case
 * letter straight before a capital that starts a word ("YearsThe"), where the part before reads
 * as a headline and the part after as sentences. Names with an inner capital ("McDonald",
 * "iPhone", "LaGuardia") have at most two lower-case letters before it, so three are required.
 * The rest is the standfirst when it is one sentence of deck length, else the story's first
 * paragraph.
 */
function findGlued(
  lines: readonly SourceLine[],
  verdict: ReadonlyMap<number, string>,
  last: number,
  clean: (text: string) => string,
): { at: number; title: string; rest: string | null } | null {
  for (let i = 0; i <= last; i++) {
    if (verdict.has(lines[i]!.no)) continue;
    const text = clean(lines[i]!.text);
    for (const m of text.matchAll(/\p{Ll}{3}(?=\p{Lu}\p{Ll})/gu)) {
      const cut = m.index + 3;
      const [head, rest] = [text.slice(0, cut), text.slice(cut)];
      if (!isHeadlineLike(head) || wordCount(rest, 6) < 6 || !endsSentence(rest)) continue;
      const deck = wordCount(rest, 36) <= 35 && !/[.!?]\s+\p{Lu}/u.test(rest);
      return { at: i, title: head, rest: deck ? null : rest };
    }
  }
  return null;
}

/**
 * Lines of a list above the body — four or more lines in a row, each with a figure (a race
 * calendar, a table of results): items, not headline candidates.
 */
function listLines(
  lines: readonly SourceLine[],
  verdict: ReadonlyMap<number, string>,
  end: number,
): Set<number> {
  const inList = new Set<number>();
  let from = 0;
  for (let i = 0; i <= end; i++) {
    const text = i < end ? lines[i]!.text : '';
    const item = i < end && !verdict.has(lines[i]!.no) && /\p{N}/u.test(text) && !isProse(text);
    if (item) continue;
    if (i - from >= 4) for (let k = from; k < i; k++) inList.add(k);
    from = i + 1;
  }
  return inList;
}
