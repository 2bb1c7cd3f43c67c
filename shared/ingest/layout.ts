// Splits a scraped page into its regions — header furniture, headline, body, trailing
// furniture — and decides line by line what is article text and what is cruft, keeping
// every dropped line with its reason. Works on lines only: format-specific readers
// (Markdown, JSON) turn their input into lines first.

import { classifyLine, type LineFinding } from './cruft-rules';
import { inlineDateline } from './inline-dateline';
import { atLeastWords, atMostWords, collapseSpace, endsSentence, type SourceLine } from './lines';
import type { RemovedLine } from '../model';
import { markCommentThreads, markEmptyThreads, markVoiceChange } from './comment-threads';
import { markConsentBanners } from './consent-banner';
import { markNewsletterBoxes } from './newsletter-box';
import { findHeadline, markStandfirst } from './headline';
import { markTail } from './page-tail';
import { markAuthorBoxes } from './author-box';
import { markEmbeddedPosts } from './embedded-posts';
import { markPullQuotes } from './pull-quotes';
import { markTeaserBlocks } from './teaser-blocks';
import { findLiveBlog } from './live-blog';
import { joinWrappedLines, type KeptLine } from './wrapped-lines';
import { markRepeatedLines } from './repeated-lines';

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

export function layoutLines(lines: readonly SourceLine[], options: LayoutOptions = {}): Layout {
  let kept = lines.filter((l) => l.text !== '');
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

  markConsentBanners(kept, remove);
  const masthead = mastheadOutlet(kept, findings, verdict);
  hints.outlet = masthead?.name ?? null;
  markNewsletterBoxes(kept, remove);
  // A live blog's entry times and titles are the story's: the teaser and comment rules skip them.
  const live = findLiveBlog(kept, findings, remove);
  markTeaserBlocks(kept, findings, remove, live?.entries);
  for (const line of kept) {
    const f = findings.get(line.no);
    if (f && !verdict.has(line.no)) {
      remove(line, f.reason);
      take(f);
    }
  }
  markEmbeddedPosts(kept, verdict, remove);
  markAuthorBoxes(kept, verdict, remove);
  markCommentThreads(kept, verdict, remove, live?.last ?? -1);
  markEmptyThreads(kept, verdict, remove);
  markVoiceChange(kept, verdict, remove);

  let title = options.knownTitle ?? null;
  if (!options.knownTitle) {
    const headline = findHeadline(kept, verdict, remove, masthead, stripMarkup);
    title = headline.title;
    const glued = headline.glued;
    // What followed a glued headline on its line is read on as a line of its own.
    if (glued?.rest) kept = kept.map((l) => (l.no === glued.no ? { ...l, text: glued.rest! } : l));
  }
  const titleKey = title ? normalizeKey(title) : null;
  const keys = kept.map((line) => normalizeKey(line.text));
  markRepeatedLines(kept, keys, verdict, remove, titleKey);
  markPullQuotes(kept, verdict, remove);

  markStandfirst(kept, verdict, remove);
  markTail(kept, verdict, remove, hints);
  hints.url = pageAddress(kept, verdict, findings);
  keepProseWhenNothingIsLeft(kept, verdict, findings);

  const parts: KeptLine[] = [];
  for (const [at, line] of kept.entries()) {
    if (verdict.has(line.no)) continue;
    let text = stripMarkup(line.text);
    if (parts.length === 0) {
      const dateline = inlineDateline(text);
      if (dateline) {
        hints.dateline ??= dateline.label;
        text = text.slice(dateline.length);
      }
    }
    if (text) parts.push({ text, line: line.no, at });
  }
  const paragraphs = joinWrappedLines(parts);
  const removed = kept
    .filter((l) => verdict.has(l.no))
    .map((l) => ({ line: l.no, text: l.raw.trim(), reason: verdict.get(l.no)! }));
  return { title: title ? stripMarkup(title) : null, paragraphs, removed, hints };
}

/**
 * A page whose every line the region rules took (a page of one long paragraph under a long
 * headline-like line, a script whose lines the shape tests misread) would be refused as having
 * no article text. A line no line rule flagged and long enough to be prose is never cruft by
 * position alone: when nothing else is left, those lines are the article.
 */
function keepProseWhenNothingIsLeft(
  lines: readonly SourceLine[],
  verdict: Map<number, string>,
  findings: ReadonlyMap<number, LineFinding>,
): void {
  if (lines.some((l) => !verdict.has(l.no) && stripMarkup(l.text) !== '')) return;
  for (const line of lines) {
    const reason = verdict.get(line.no);
    if (findings.has(line.no) || reason === 'headline' || reason === 'repeated headline') continue;
    if (atLeastWords(line.text, 8)) verdict.delete(line.no);
  }
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

/**
 * A site name alone on the first line (under a consent banner, if one was saved) that the
 * copyright line names too is the outlet.
 */
function mastheadOutlet(
  lines: readonly SourceLine[],
  findings: ReadonlyMap<number, LineFinding>,
  verdict: ReadonlyMap<number, string>,
): { name: string; at: number } | null {
  const at = lines.findIndex((l) => !verdict.has(l.no));
  const first = lines[at];
  if (!first || !atLeastWords(first.text, 2) || !atMostWords(first.text, 5) || endsSentence(first.text))
    return null;
  for (const line of lines) {
    if (findings.get(line.no)?.reason === 'copyright line' && line.text.includes(first.text))
      return { name: first.text, at };
  }
  return null;
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
