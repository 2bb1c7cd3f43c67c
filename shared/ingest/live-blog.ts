// A live blog: the story is a run of entries, newest first (or oldest first), each opened by
// its clock time alone on a line ("23:48", "9.41am", "21h35"), then often a title, then the
// entry's paragraphs. Other rules misread both halves: a time over a title and a summary is a
// video teaser's shape (teaser-blocks.ts), and the blog's own "Refresh" over "1 min ago" is a
// user name over a comment's time (comment-threads.ts). What tells the entries apart, on any
// newsroom's live page: several entry times in clock order, and entries that carry the story's
// paragraphs (more than a teaser's one-line summary) — or, with two entries only, the page's
// live label ("LIVE", "Key events", "En direct", "Liveticker") above them. The entries are
// the story's: their times and titles stay, and the comment and teaser rules leave them alone.
// Around them the blog's own furniture goes: its label, its key-events summary (a time and a
// title per line under "Key events"), its controls ("Show key events only", "Refresh") and
// the stamp of its last refresh ("1 min ago").
import { commentSignal } from './comment-threads';
import type { LineFinding } from './cruft-rules';
import { LIVE_BLOG_CONTROLS, LIVE_BLOG_LABELS, KEY_EVENTS_LABELS, phrase } from './furniture-words';
import { atMostWords, endsSentence, isProse, wordCount, type SourceLine } from './lines';

/** An entry's clock time alone on its line: "23:48", "9.41am", "21h35", "10:42 BST". */
const ENTRY_TIME =
  /^(\d{1,2})[:.h](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*(?:[A-Z]{2,4}T?|GMT[+-]\d{1,2}|Uhr))?$/u;
/** "23:48 Greens win overall majority": a key event, its time and its entry's title. */
const KEY_EVENT = /^\d{1,2}[:.h]\d{2}\s*(?:am|pm)?\s+\S/iu;
const LIVE_LABEL = new RegExp(`^${phrase(LIVE_BLOG_LABELS)}\\s*[:：]?$`, 'iu');
const KEY_EVENTS = new RegExp(`^${phrase(KEY_EVENTS_LABELS)}\\s*[:：]?$`, 'iu');
const CONTROL = new RegExp(`^${phrase(LIVE_BLOG_CONTROLS)}\\s*[:：]?$`, 'iu');
/** A refresh stamp: "1 min ago", "Updated 2 minutes ago", "il y a 3 min", "vor 5 Min.". */
const REFRESH_STAMP =
  /^(?:updated\s+|mis à jour\s+|aktualisiert\s+)?(?:\d+\s*(?:s|sec|secs|seconds?|min|mins|minutes?)\s+ago|il y a \d+\s*(?:s|sec|secondes?|min|minutes?)|vor \d+\s*(?:sek\.?|sekunden|min\.?|minuten)|hace \d+\s*(?:s|seg|segundos?|min|minutos?)|\d+\s*(?:秒|分)前|\d+\s*(?:秒|分钟)前)$/iu;

/** A teaser's summary is a sentence or two; an entry carrying more is reporting. */
const TEASER_WORDS = 30;

export interface LiveBlog {
  /** Line numbers of the entries' times and titles: the story's, whatever their shape. */
  readonly entries: ReadonlySet<number>;
  /** Index (in the lines given) of the first and the last entry's time. */
  readonly first: number;
  readonly last: number;
}

function minutes(m: RegExpExecArray): number {
  let h = Number(m[1]) % 24;
  const pm = m[3] && /^p/i.test(m[3]);
  if (m[3] && h < 12 && pm) h += 12;
  if (m[3] && h === 12 && !pm) h = 0;
  return h * 60 + Number(m[2]);
}

/**
 * The live blog's entries, or null when the page is none. Also removes the blog's furniture
 * (label, key-events list, controls, refresh stamp) above the first entry.
 */
export function findLiveBlog(
  lines: readonly SourceLine[],
  findings: ReadonlyMap<number, LineFinding>,
  remove: (l: SourceLine, r: string) => void,
): LiveBlog | null {
  const times: { at: number; min: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = ENTRY_TIME.exec(lines[i]!.text.trim());
    if (m && Number(m[1]) <= 24 && Number(m[2]) < 60) times.push({ at: i, min: minutes(m) });
  }
  if (times.length < 2) return null;
  // Clock order: every step down (newest first) or every step up (oldest first).
  const steps = times.slice(1).map((t, k) => t.min - times[k]!.min);
  if (!steps.every((d) => d < 0) && !steps.every((d) => d > 0)) return null;
  // What each entry carries before the next time: prose words.
  let reporting = 0;
  for (const [k, t] of times.entries()) {
    const end = times[k + 1]?.at ?? Math.min(lines.length, t.at + 12);
    let words = 0;
    let paragraphs = 0;
    for (let j = t.at + 1; j < end; j++) {
      const text = lines[j]!.text;
      if (findings.has(lines[j]!.no) || !isProse(text)) continue;
      words += wordCount(text);
      paragraphs++;
    }
    if (paragraphs >= 2 || words > TEASER_WORDS) reporting++;
  }
  const labelled = lines
    .slice(0, times[0]!.at)
    .some((l) => LIVE_LABEL.test(l.text.trim()) || KEY_EVENTS.test(l.text.trim()));
  // Unlabelled, three entries at least, and no comment thread's heading above them: a thread
  // whose comments print clock times is no live blog.
  const threadAbove = lines
    .slice(0, times[0]!.at)
    .some((l) => commentSignal(l.text) === 'comment thread heading');
  if (reporting === 0 || (!labelled && (times.length < 3 || threadAbove))) return null;

  const entries = new Set<number>();
  for (const t of times) {
    entries.add(lines[t.at]!.no);
    // The entry's title: a short line under its time that ends no sentence.
    const title = lines[t.at + 1];
    if (title && !findings.has(title.no) && atMostWords(title.text, 20) && !endsSentence(title.text))
      entries.add(title.no);
  }
  // The blog's furniture above the first entry.
  for (let i = 0; i < times[0]!.at; i++) {
    const text = lines[i]!.text.trim();
    if (LIVE_LABEL.test(text)) remove(lines[i]!, 'live blog label');
    else if (CONTROL.test(text)) remove(lines[i]!, 'live blog control');
    else if (REFRESH_STAMP.test(text)) remove(lines[i]!, 'live blog refresh time');
    else if (KEY_EVENTS.test(text)) {
      remove(lines[i]!, 'live blog key events');
      for (
        let j = i + 1;
        j < times[0]!.at && KEY_EVENT.test(lines[j]!.text) && atMostWords(lines[j]!.text, 20);
        j++
      )
        remove(lines[j]!, 'live blog key events');
    }
  }
  return { entries, first: times[0]!.at, last: times[times.length - 1]!.at };
}
