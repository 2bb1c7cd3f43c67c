// Splits a scraped page into its regions — header furniture, headline, body, trailing
// furniture — and decides line by line what is article text and what is cruft, keeping
// every dropped line with its reason. Works on lines only: format-specific readers
// (Markdown, JSON) turn their input into lines first.

import { classifyLine, type LineFinding } from './cruft-rules';
import { inlineDateline } from './inline-dateline';
import {
  atLeastWords,
  atMostWords,
  collapseSpace,
  endsSentence,
  isHeadlineLike,
  isProse,
  isShortLabel,
  type SourceLine,
} from './lines';
import type { RemovedLine } from '../model';

export interface LayoutHints {
  outlet: string | null;
  signOff: string | null;
  date: string | null;
  byline: string | null;
  dateline: string | null;
  /** The page's address from a line of its own above or below the body ("Source: https://…"). */
  url: string | null;
}

export interface Layout {
  readonly title: string | null;
  /** Kept paragraphs in order, each with the line it came from. */
  readonly paragraphs: readonly { readonly text: string; readonly line: number }[];
  readonly removed: readonly RemovedLine[];
  readonly hints: LayoutHints;
}

export interface LayoutOptions {
  /** A title already known (JSON field, HTML meta): no line is taken as the headline then. */
  readonly knownTitle?: string | null;
}

/** What separates a deck from the body: captions, bylines, datelines. */
const HEADER_FURNITURE = new Set([
  'photo caption',
  'byline',
  'dateline',
  'date line',
  'repeated headline',
  'repeated line (caption or widget)',
]);
/** What the line rules flag in footers: a sentence among these is a promo, not the story. */
const FOOTER_FURNITURE = new Set([
  'link list',
  'sign-in or share prompt',
  'copyright line',
  'page widget',
  'syndication notice',
  'repeated line (caption or widget)',
  'trailing page furniture',
]);

export function layoutLines(lines: readonly SourceLine[], options: LayoutOptions = {}): Layout {
  const kept = lines.filter((l) => l.text !== '');
  const verdict = new Map<number, string>(); // line no → reason it was removed
  const hints: LayoutHints = {
    outlet: null,
    signOff: null,
    date: null,
    byline: null,
    dateline: null,
    url: null,
  };
  const findings = new Map<number, LineFinding>();
  for (const line of kept) {
    const f = classifyLine(line.text);
    if (f) findings.set(line.no, f);
  }
  const remove = (line: SourceLine, reason: string) => {
    if (!verdict.has(line.no)) verdict.set(line.no, reason);
  };
  const take = (f: LineFinding) => {
    hints.outlet ??= f.outlet ?? null;
    hints.date ??= f.date ?? null;
    hints.byline ??= f.byline ?? null;
    hints.dateline ??= f.dateline ?? null;
  };

  const masthead = mastheadOutlet(kept, findings);
  hints.outlet = masthead;
  markRelatedBlocks(kept, findings, remove);
  for (const line of kept) {
    const f = findings.get(line.no);
    if (f && !verdict.has(line.no)) {
      remove(line, f.reason);
      take(f);
    }
  }

  const title = options.knownTitle ?? findTitle(kept, verdict, remove, masthead);
  const titleKey = title ? normalizeKey(title) : null;
  const counts = new Map<string, number>();
  const keys = kept.map((line) => normalizeKey(line.text));
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const [i, line] of kept.entries()) {
    const key = keys[i]!;
    if (titleKey && key === titleKey) remove(line, 'repeated headline');
    else if ((counts.get(key) ?? 0) > 1 && atLeastWords(line.text, 3))
      remove(line, 'repeated line (caption or widget)');
  }

  markStandfirst(kept, verdict, remove);
  markTail(kept, verdict, remove, hints);
  hints.url = pageAddress(kept, verdict, findings);

  const paragraphs: { text: string; line: number }[] = [];
  for (const line of kept) {
    if (verdict.has(line.no)) continue;
    let text = stripMarkup(line.text);
    if (paragraphs.length === 0) {
      const dateline = inlineDateline(text);
      if (dateline) {
        hints.dateline ??= dateline.label;
        text = text.slice(dateline.length);
      }
    }
    if (text) paragraphs.push({ text, line: line.no });
  }
  const removed = kept
    .filter((l) => verdict.has(l.no))
    .map((l) => ({ line: l.no, text: l.raw.trim(), reason: verdict.get(l.no)! }));
  return { title: title ? stripMarkup(title) : null, paragraphs, removed, hints };
}

/**
 * An address line counts as the page's own where page furniture lives, above or below the body.
 * One between two paragraphs is a link the story cites: it goes back into the text, as before.
 */
function pageAddress(
  lines: readonly SourceLine[],
  verdict: Map<number, string>,
  findings: ReadonlyMap<number, LineFinding>,
): string | null {
  let first = Infinity;
  let last = -Infinity;
  for (const line of lines) {
    if (verdict.has(line.no)) continue;
    first = Math.min(first, line.no);
    last = line.no;
  }
  let url: string | null = null;
  for (const line of lines) {
    const address = findings.get(line.no)?.url;
    if (address === undefined || verdict.get(line.no) !== 'page address') continue;
    if (line.no > first && line.no < last) verdict.delete(line.no);
    else url ??= address;
  }
  return url;
}

/** "Read More" opens a block of related headlines: drop the links that follow it. */
function markRelatedBlocks(
  lines: readonly SourceLine[],
  findings: Map<number, LineFinding>,
  remove: (l: SourceLine, r: string) => void,
) {
  for (let i = 0; i < lines.length; i++) {
    if (!findings.get(lines[i]!.no)?.opensRelated) continue;
    let j = i + 1;
    while (j < lines.length && findings.get(lines[j]!.no)?.opensRelated) j++;
    // The related headlines: lines that do not read as prose, up to the next paragraph.
    while (j < lines.length && !isProse(lines[j]!.text) && !findings.has(lines[j]!.no)) {
      remove(lines[j]!, 'related headline');
      j++;
    }
    i = j - 1;
  }
}

/** The headline is the first line that reads like one, above the first paragraph of prose. */
function findTitle(
  lines: readonly SourceLine[],
  verdict: Map<number, string>,
  remove: (l: SourceLine, r: string) => void,
  masthead: string | null,
): string | null {
  // A headline-like line glued under the site's masthead, in the same block of lines
  // ("Local news you can trust since 1921"), is the site's tagline, not the headline.
  let inMastheadBlock = masthead !== null;
  let previous: SourceLine | null = null;
  for (const line of lines) {
    if (previous !== null && line.no > previous.no + 1) inMastheadBlock = false;
    previous = line;
    if (verdict.has(line.no)) continue;
    const text = stripMarkup(line.text);
    if (isHeadlineLike(text) && !endsSentence(text)) {
      if (inMastheadBlock) {
        remove(line, 'masthead tagline');
        continue;
      }
      verdict.set(line.no, 'headline');
      return text;
    }
    if (isShortLabel(text)) {
      remove(line, 'navigation or section label');
      continue;
    }
    return null; // prose before any headline: the page has none
  }
  return null;
}

/** A site name alone on the first line that the copyright line names too is the outlet. */
function mastheadOutlet(
  lines: readonly SourceLine[],
  findings: ReadonlyMap<number, LineFinding>,
): string | null {
  const first = lines[0];
  if (!first || !atLeastWords(first.text, 2) || !atMostWords(first.text, 5) || endsSentence(first.text))
    return null;
  for (const line of lines) {
    if (findings.get(line.no)?.reason === 'copyright line' && line.text.includes(first.text))
      return first.text;
  }
  return null;
}

/** Decks and sub-headlines between the headline and the first paragraph. */
function markStandfirst(
  lines: readonly SourceLine[],
  verdict: Map<number, string>,
  remove: (l: SourceLine, r: string) => void,
) {
  const titleAt = lines.findIndex((l) => verdict.get(l.no) === 'headline');
  if (titleAt < 0) return;
  let furnitureSinceTitle = false;
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
    remove(line, isShortLabel(line.text) ? 'navigation or section label' : 'standfirst');
  }
}

/** Everything after the last paragraph of prose that is page furniture; a lone name there is a sign-off. */
function markTail(
  lines: readonly SourceLine[],
  verdict: Map<number, string>,
  remove: (l: SourceLine, r: string) => void,
  hints: LayoutHints,
) {
  let end = lines.length - 1;
  let top: SourceLine | null = null;
  let furniture = 0;
  while (end >= 0) {
    const line = lines[end]!;
    if (!verdict.has(line.no)) {
      const prose = isProse(line.text) || (endsSentence(line.text) && atLeastWords(line.text, 8));
      // A promotional sentence inside a block of page furniture ("Read the latest news from…")
      // is furniture too; a paragraph after a crosshead is not, as no rule flagged what is above it.
      const above = end > 0 ? lines[end - 1] : undefined;
      const inFurniture =
        furniture >= 3 && above !== undefined && FOOTER_FURNITURE.has(verdict.get(above.no) ?? '');
      if (prose && !inFurniture) break;
      remove(line, prose ? 'promotional line in page furniture' : 'trailing page furniture');
    }
    furniture++;
    top = line;
    end--;
  }
  if (top && verdict.get(top.no) === 'trailing page furniture' && looksLikeName(top.text)) {
    verdict.set(top.no, 'sign-off');
    hints.signOff = top.text;
  }
}

function looksLikeName(text: string): boolean {
  // Every word capitalised or domain-like ("Lodmark Today", "News.Az"): not "Enter your email".
  return (
    atMostWords(text, 4) && text.split(' ').every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || /\.\p{L}/u.test(w))
  );
}

/** Markdown emphasis and heading marks around a line are layout, not text. */
export function stripMarkup(text: string): string {
  return text
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(\*\*|__)(.+)\1$/, '$2')
    .trim();
}

function normalizeKey(text: string): string {
  return collapseSpace(stripMarkup(text).toLowerCase());
}
