// Where the story ends: what comes after its last paragraph is page furniture (share prompts,
// related headlines, tags, the outlet's blurb) unless it continues the story. Decided by
// structure, not by sentence punctuation alone: the last paragraph may be a short sentence
// ("The vote is due on Friday."), a paragraph wrapped by <br> into lines that do not end a
// sentence, or a list the story introduced (tour dates, products, features). A list of
// headlines that leads elsewhere (teasers) is not: it has no introduction and no structured
// items. Never looks above the last paragraph of prose.

import { ECHO } from './repeated-lines';
import {
  atLeastWords,
  atMostWords,
  endsSentence,
  isProse,
  isShortLabel,
  wordCount,
  type SourceLine,
} from './lines';
import { contentWords } from './scripts';
import { LEGAL_NOTICES } from './footer-words';
import { phrase } from './furniture-words';

/**
 * A footer's legal sentence: rights reserved, reproduction only with a link, the outlet's
 * registration, publisher or editorial address. Read only below the story's last paragraph,
 * where it is the footer's and never the story's last sentence.
 */
const LEGAL_NOTICE = new RegExp(phrase(LEGAL_NOTICES), 'iu');

/** What the line rules flag in footers: a sentence among these is a promo, not the story. */
const FOOTER_FURNITURE = new Set([
  'link list',
  'sign-in or share prompt',
  'copyright line',
  'page widget',
  'syndication notice',
  ECHO,
  'trailing page furniture',
  'legal notice',
]);

export interface TailHints {
  signOff: string | null;
}

/** Flagged lines (prompts, share buttons) a sign-off may sit below. */
const SIGN_OFF_AFTER = 2;

/** Everything after the story's end that is page furniture; a lone name there is a sign-off. */
export function markTail(
  lines: readonly SourceLine[],
  verdict: Map<number, string>,
  remove: (l: SourceLine, r: string) => void,
  hints: TailHints,
): void {
  let end = lines.length - 1;
  let furniture = 0;
  const candidates: { at: number; reason: string }[] = [];
  while (end >= 0) {
    const line = lines[end]!;
    if (!verdict.has(line.no)) {
      const prose = isProse(line.text) || (endsSentence(line.text) && atLeastWords(line.text, 8));
      // Scanning up from the page's end, a legal sentence is still the footer.
      const legal = atMostWords(line.text, 40) && LEGAL_NOTICE.test(line.text);
      // A promotional sentence inside a block of page furniture ("Read the latest news from…")
      // is furniture too; a paragraph after a crosshead is not, as no rule flagged what is above it.
      const above = end > 0 ? lines[end - 1] : undefined;
      const inFurniture =
        furniture >= 3 && above !== undefined && FOOTER_FURNITURE.has(verdict.get(above.no) ?? '');
      if (prose && !inFurniture && !legal) break;
      candidates.push({
        at: end,
        reason: legal
          ? 'legal notice'
          : prose
            ? 'promotional line in page furniture'
            : 'trailing page furniture',
      });
      if (legal) verdict.set(line.no, 'legal notice');
    }
    furniture++;
    end--;
  }
  // A page with no prose at all has no story end to continue from.
  const continued = end >= 0 ? storyContinuation(lines, verdict, end) : new Set<number>();
  let top: SourceLine | null = null;
  for (const { at, reason } of candidates) {
    if (continued.has(at)) continue;
    remove(lines[at]!, reason);
  }
  // The sign-off is the first trailing line after the story, a name; a prompt or two the line
  // rules flagged may stand between ("Follow the Valley Courier on Telegram", then the name).
  let skipped = 0;
  for (let i = end + 1; i < lines.length && skipped <= SIGN_OFF_AFTER; i++) {
    if (continued.has(i)) continue;
    const reason = verdict.get(lines[i]!.no);
    if (reason === 'trailing page furniture' || reason === undefined) {
      top = lines[i]!;
      break;
    }
    skipped++;
  }
  if (top && verdict.get(top.no) === 'trailing page furniture' && looksLikeName(top.text)) {
    verdict.set(top.no, 'sign-off');
    hints.signOff = top.text;
  }
}

/**
 * The lines right after the last paragraph of prose that still belong to the story, read in
 * order until the first line a rule flagged or the first block that is not a continuation.
 */
function storyContinuation(
  lines: readonly SourceLine[],
  verdict: ReadonlyMap<number, string>,
  end: number,
): Set<number> {
  const kept = new Set<number>();
  // The story's subject words, read only when a bulleted list follows it.
  let words: Set<string> | null = null;
  const body = (): ReadonlySet<string> => {
    if (words) return words;
    words = new Set<string>();
    for (let k = 0; k <= end; k++)
      if (!verdict.has(lines[k]!.no) && isProse(lines[k]!.text))
        for (const w of contentWords(lines[k]!.text)) words.add(w);
    return words;
  };
  let i = end + 1;
  let introduced = /[:：]["'”’]?$/.test(lines[end]!.text);
  while (i < lines.length && !verdict.has(lines[i]!.no)) {
    const taken = continuationAt(lines, verdict, i, introduced, body);
    if (taken === 0) break;
    for (let k = i; k < i + taken; k++) kept.add(k);
    introduced = /[:：]["'”’]?$/.test(lines[i + taken - 1]!.text);
    i += taken;
  }
  return kept;
}

/** How many lines from `i` continue the story (0: none, the furniture starts here). */
function continuationAt(
  lines: readonly SourceLine[],
  verdict: ReadonlyMap<number, string>,
  i: number,
  introduced: boolean,
  body: () => ReadonlySet<string>,
): number {
  const run: SourceLine[] = [];
  for (let k = i; k < lines.length && !verdict.has(lines[k]!.no); k++) run.push(lines[k]!);
  const first = run[0]!.text;
  // A short last sentence ("The vote is due on Friday."): a sentence, not a label or a prompt.
  if (endsSentence(first) && !/[:：]["'”’]?$/.test(first) && atLeastWords(first, 3)) return 1;
  // A paragraph the paywall cut mid-sentence ("…nos horários de pico, quando"), right above the
  // paywall's prompt: the story's last words on the page, not a label.
  const next = lines[i + run.length];
  if (
    run.length === 1 &&
    atLeastWords(first, 12) &&
    next !== undefined &&
    verdict.get(next.no) === 'paywall prompt'
  )
    return 1;
  const wrapped = wrappedParagraph(run);
  if (wrapped > 0) return wrapped;
  // A list the story announced ("The band will play:") — every item up to the next flagged line.
  if (introduced) return listLength(run, 0, true);
  // A heading over a list of structured items ("Tour dates", then dates and places).
  const headed = isShortLabel(first, 4) && run.length >= 3 ? listLength(run, 1, false, true) : 0;
  if (headed >= 2) return 1 + headed;
  // Bullets right after the story that go on with its subject ("Key facts", then sentences
  // on the story's figures), under a short heading or none: the story's own summary.
  const label = !BULLET.test(first) && isShortLabel(first, 4) ? 1 : 0;
  const bullets = bulletList(run, label, body);
  if (bullets >= 2) return label + bullets;
  return listLength(run, 0, false);
}

/**
 * A paragraph broken by <br> into lines that end no sentence: the lines after the first go on
 * from it (they start in lower case, or the line before ends mid-clause) and the last one ends
 * the sentence. Returns how many lines it spans, 0 when the run does not start with one.
 */
function wrappedParagraph(run: readonly SourceLine[]): number {
  let words = 0;
  for (let k = 0; k < Math.min(run.length, 8); k++) {
    const text = run[k]!.text;
    if (k > 0 && !/^\p{Ll}/u.test(text) && !/[,;–—-]$/.test(run[k - 1]!.text)) return 0;
    words += wordCount(text, 20);
    if (endsSentence(text)) return k > 0 && words >= 8 ? k + 1 : 0;
  }
  return 0;
}

/**
 * The length of the list starting at `from`: lines that are not prose paragraphs. An
 * announced list takes any such line; one that was not announced needs short items with
 * structure — a figure (a date, a price, a size, an address) in at least two of three, and
 * three items or more unless a heading names them — which a list of teaser headlines leading
 * elsewhere, or a stray line of page code, seldom has.
 */
function listLength(run: readonly SourceLine[], from: number, introduced: boolean, headed = false): number {
  let n = 0;
  let structured = 0;
  for (let k = from; k < run.length; k++) {
    const text = run[k]!.text;
    if (isProse(text) && !atMostWords(text, 12)) break;
    if (!introduced && !atMostWords(text, 16)) break;
    n++;
    if (/\p{N}/u.test(text)) structured++;
  }
  if (introduced) return n;
  return n >= (headed ? 2 : 3) && structured * 3 >= n * 2 ? n : 0;
}

const BULLET = /^(?:[•·▪◦‣●■]|[*–—-]\s)/u;

/**
 * The bulleted items from `from` when they continue the story: two or more, each of a
 * sentence's length at most, most of them sharing a subject word with the story above — a list
 * of teaser headlines leading elsewhere seldom has bullets and names other subjects.
 */
function bulletList(run: readonly SourceLine[], from: number, body: () => ReadonlySet<string>): number {
  let n = 0;
  let shared = 0;
  for (let k = from; k < run.length; k++) {
    const text = run[k]!.text;
    if (!BULLET.test(text) || !atMostWords(text, 40)) break;
    n++;
    if (contentWords(text).some((w) => body().has(w))) shared++;
  }
  return n >= 2 && shared * 2 >= n ? n : 0;
}

function looksLikeName(text: string): boolean {
  // Every word capitalised or domain-like ("Lodmark Today", "News.Az"): not "Enter your email".
  return (
    atMostWords(text, 4) && text.split(' ').every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || /\.\p{L}/u.test(w))
  );
}
