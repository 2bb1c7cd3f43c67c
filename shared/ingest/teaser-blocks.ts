// Blocks of links to other stories: a "Read More" box inside the story, a "Most read" or
// "More from Local" list after it, rows of headlines with comment counts, video teasers. Their
// lines are headlines or one-sentence summaries that read as prose, so the line rules keep them.
// Every rule here starts from a signal the block itself prints (its label, a count after each
// headline, a running time); none removes a paragraph of the story's length.
import type { LineFinding } from './cruft-rules';
import { commentSignal } from './comment-threads';
import { VIDEO_BUTTONS, phrase } from './furniture-words';
import {
  atLeastWords,
  atMostWords,
  endsSentence,
  isHeadlineLike,
  isProse,
  isShortLabel,
  type SourceLine,
} from './lines';

/** A teaser's summary is a sentence or two; a paragraph longer than this is the story again. */
const TEASER_WORDS = 30;

export function markTeaserBlocks(
  lines: readonly SourceLine[],
  findings: ReadonlyMap<number, LineFinding>,
  remove: (l: SourceLine, r: string) => void,
  liveEntries: ReadonlySet<number> = new Set(),
): void {
  markRelatedBlocks(lines, findings, remove);
  markCountedHeadlines(lines, findings, remove);
  markVideoTeasers(lines, findings, remove, liveEntries);
}

/**
 * "Read More" opens a block of related headlines: drop the links that follow it, up to the next
 * paragraph — it sits inside the story, which goes on below. A label of other stories ("Most
 * read", "More from Local", "À lire aussi") also takes the short summaries under its headlines,
 * as such a list is page furniture of its own, and stops at the first paragraph of story length.
 */
function markRelatedBlocks(
  lines: readonly SourceLine[],
  findings: ReadonlyMap<number, LineFinding>,
  remove: (l: SourceLine, r: string) => void,
) {
  // A list label above the story's first paragraph is a menu item ("Most read" in the site's
  // navigation): what follows it there is the page's header, the headline among it.
  const firstProse = lines.findIndex((l) => !findings.has(l.no) && isProse(l.text));
  for (let i = 0; i < lines.length; i++) {
    const label = findings.get(lines[i]!.no);
    if (!label?.opensRelated) continue;
    if (label.reason === 'advertisement label') {
      markSponsoredTeasers(lines, findings, i + 1, remove);
      continue;
    }
    if (label.reason === 'feedback poll') {
      // The poll's answers under its question: "Yes", "No", a thumb — a word or two each.
      for (let j = i + 1; j < lines.length && j <= i + 4; j++) {
        if (findings.has(lines[j]!.no) || !atMostWords(lines[j]!.text, 2)) break;
        remove(lines[j]!, 'feedback poll');
      }
      continue;
    }
    if (label.reason === 'news ticker') {
      // The ticker's headlines: lines of a headline's length that end no sentence, up to the
      // next label of a word or two (a market table, the menu) or the first sentence.
      // Two or more: the label may tag the story's own headline, over its standfirst.
      let j = i + 1;
      while (j < lines.length && j <= i + 8 && tickerHeadline(lines[j]!, findings)) j++;
      if (j - i > 2) for (let k = i + 1; k < j; k++) remove(lines[k]!, 'news ticker');
      continue;
    }
    if (label.reason === 'audio player') {
      markPlayerTitles(lines, findings, i + 1, remove);
      continue;
    }
    const list = label.reason === 'links to other stories';
    if (list && (firstProse < 0 || i < firstProse)) continue;
    let j = i + 1;
    while (j < lines.length && findings.get(lines[j]!.no)?.opensRelated) j++;
    const from = j;
    while (j < lines.length && !findings.has(lines[j]!.no)) {
      const text = lines[j]!.text;
      if (isProse(text) && !(list && atMostWords(text, TEASER_WORDS))) break;
      // A line that introduces what follows ("The main changes:"), or a readers' thread, is no
      // headline; nor is a crosshead of a few words after a box's links, inside the story.
      if (/[:：]$/.test(text) || commentSignal(text) !== null) break;
      if (!list && j > from && isShortLabel(text, 4)) break;
      remove(lines[j]!, 'related headline');
      j++;
    }
    i = j - 1;
  }
}

/**
 * Under an ad label, sponsored teasers: each a headline that ends no sentence and the
 * advertiser's name under it ("Smart Energy Deals"), up to the first line that breaks the
 * pattern. The label also stands between the story's paragraphs, over a crosshead perhaps; a
 * paragraph ends a sentence and a crosshead has no advertiser under it, so neither is taken.
 */
function markSponsoredTeasers(
  lines: readonly SourceLine[],
  findings: ReadonlyMap<number, LineFinding>,
  from: number,
  remove: (l: SourceLine, r: string) => void,
) {
  const free = (k: number) => k < lines.length && !findings.has(lines[k]!.no);
  let j = from;
  while (free(j) && free(j + 1) && teaserHeadline(lines[j]!.text) && ADVERTISER.test(lines[j + 1]!.text))
    j += 2;
  for (let k = from; k < j; k++) remove(lines[k]!, 'sponsored teaser');
}

/**
 * An audio player's title lines ("Le Val en 10 minutes", "Episode 48: …") between its label
 * and its controls: up to three lines that end no sentence, closed by another player line.
 */
function markPlayerTitles(
  lines: readonly SourceLine[],
  findings: ReadonlyMap<number, LineFinding>,
  from: number,
  remove: (l: SourceLine, r: string) => void,
) {
  let j = from;
  while (j < lines.length && j < from + 3 && !findings.has(lines[j]!.no) && teaserHeadline(lines[j]!.text))
    j++;
  if (j > from && findings.get(lines[j]?.no ?? -1)?.reason === 'audio player')
    for (let k = from; k < j; k++) remove(lines[k]!, 'audio player');
}

function tickerHeadline(line: SourceLine, findings: ReadonlyMap<number, LineFinding>): boolean {
  return !findings.has(line.no) && atLeastWords(line.text, 3) && teaserHeadline(line.text);
}

function teaserHeadline(text: string): boolean {
  return !endsSentence(text) && !/[:：]$/.test(text) && atMostWords(text, 20);
}

/** An advertiser's name: up to four words, each capitalised ("HomeTech Review"). */
const ADVERTISER = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*\s?){1,4}$/u;

/** "Council approves budget (34)": a headline with its comment or share count. */
const COUNTED = /^(.{12,}?)\s*\(\d{1,6}\)$/u;

/**
 * A run of two or more headline-shaped lines each ending in a count in brackets is a most-read
 * or most-commented list; a story never writes its sentences that way.
 */
function markCountedHeadlines(
  lines: readonly SourceLine[],
  findings: ReadonlyMap<number, LineFinding>,
  remove: (l: SourceLine, r: string) => void,
) {
  const counted = (i: number) => {
    // The pattern ends in a bracket: other lines are not tried (it backtracks over the line).
    const m = lines[i]!.text.endsWith(')') ? COUNTED.exec(lines[i]!.text) : null;
    return m !== null && !findings.has(lines[i]!.no) && isHeadlineLike(m[1]!);
  };
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j < lines.length && counted(j)) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) remove(lines[k]!, 'most-read list');
    i = Math.max(i, j);
  }
}

/** "Watch: …", "VIDEO | …", "Now playing", "Play video". */
const VIDEO_LABEL = /^(?:watch|v[ií]d[eé]o|play video|now playing|up next|watch next|動画|视频)\s*[:|–—-]/iu;
/** "VIDÉO. …", "FOTOS. …": a teaser's label in capitals closed by a full stop. */
const VIDEO_CAPS =
  /^(?:VIDEO|VIDÉO|VÍDEO|WIDEO|FOTOS?|PHOTOS?|ZDJĘCIA|EN IMAGES|IN PICTURES|GALERIE)\.\s+\S/u;
const VIDEO_BUTTON = new RegExp(`^(?:▶\\s*)?${phrase(VIDEO_BUTTONS)}\\s*[▶›»]?$`, 'iu');
/** A running time alone on its line ("2:14", "Duration 01:02:10"): a video player's. */
const RUNNING_TIME = /^(?:duration\s*:?\s*)?\d{1,2}:\d{2}(?::\d{2})?$/i;

/**
 * A video teaser: a line that labels itself as one, or a running time with the teaser's title
 * or summary under it. The story's own paragraphs are never labelled so.
 */
function markVideoTeasers(
  lines: readonly SourceLine[],
  findings: ReadonlyMap<number, LineFinding>,
  remove: (l: SourceLine, r: string) => void,
  liveEntries: ReadonlySet<number>,
) {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A live blog's entry time over its title is the story's, not a running time.
    if (findings.has(line.no) || liveEntries.has(line.no)) continue;
    if (VIDEO_BUTTON.test(line.text)) remove(line, 'video teaser');
    else if (
      (VIDEO_LABEL.test(line.text) || VIDEO_CAPS.test(line.text)) &&
      atMostWords(line.text, TEASER_WORDS)
    ) {
      remove(line, 'video teaser');
      // Its running time on the line under it ("VÍDEO | …" over "01:42"): the player's.
      const next = lines[i + 1];
      if (next && !findings.has(next.no) && !liveEntries.has(next.no) && RUNNING_TIME.test(next.text)) {
        remove(next, 'video teaser');
        i++;
      }
    } else if (RUNNING_TIME.test(line.text) && teaserTitle(lines[i + 1], findings)) {
      remove(line, 'video teaser');
      // The teaser's title and summary under the running time.
      for (let j = i + 1; j < lines.length && j <= i + 2; j++) {
        const next = lines[j]!;
        if (findings.has(next.no) || !atMostWords(next.text, TEASER_WORDS)) break;
        remove(next, 'video teaser');
      }
    }
  }
}

/**
 * A running time is a video's when a title follows it (a headline, no sentence): "14:32" over
 * a paragraph of the story is the time the story was published.
 */
function teaserTitle(next: SourceLine | undefined, findings: ReadonlyMap<number, LineFinding>): boolean {
  return (
    next !== undefined && !findings.has(next.no) && isHeadlineLike(next.text) && !endsSentence(next.text)
  );
}
