// Says whether one word-level change inside an aligned sentence pair changes the meaning
// (substantive) or only its form (cosmetic), with a short reason a reviewer reads. Cosmetic
// means equal once folded: case, punctuation, quote style, white space, digit grouping and
// British/American spelling — the same folding story grouping uses — and number style: the same
// values in digits, words, ordinals or ranks ("five" → "5", "nineteenth" → "19th",
// "third-seeded" → "No. 3"). Numbers count whether written in digits or in words ("two" → "three",
// "twentieth" → "21st" are figure changes).
import { shingleTokens } from '../stories';
import { readStyledValues, sameStyledValues, type StyledValue } from '../values';

export interface ClassifiedChange {
  readonly kind: 'substantive' | 'cosmetic';
  readonly before: string;
  readonly after: string;
  readonly reason: string;
}

const NEGATION = /\b(not|no|never|none|nor|without|cannot|nobody|nothing|neither|nowhere)\b|n't\b/i;
/** "No. 3", "Nr. 7": a rank, not a negation. */
const RANK_MARK = /\b(?:No|Nr)\.\s*(?=\d)/gi;
/** Lower case only: "May" and "Will" at a capital are a month and a name. */
const MODAL = /\b(may|might|could|would|should|must|will|shall|can)\b/;
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
/** A month or weekday named with its capital ("in May", "on Tuesday"). */
const CALENDAR_NAME =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const SAYING =
  /\b(said|says|told|tells|according|spokes(?:person|man|woman)|statement|reported|claimed|announced|confirmed|denied|added)\b/i;
/** Characters that change what a figure means: a sign, a currency, a percent. */
const MEANINGFUL_MARKS = /[-−–+±£$€¥%]/g;

export function classifyChange(
  before: string,
  after: string,
  contextA = '',
  contextB = contextA,
): ClassifiedChange {
  const fold = (s: string) => shingleTokens(s).join(' ');
  if (fold(before) === fold(after) && sameMarks(before, after) && sameNumbers(before, after))
    return { kind: 'cosmetic', before, after, reason: cosmeticReason(before, after) };
  if (sameValuesRestyled(before, after)) return { kind: 'cosmetic', before, after, reason: 'number style' };
  return {
    kind: 'substantive',
    before,
    after,
    reason: substantiveReason(before, after, contextA, contextB),
  };
}

/** The same values written another way, every other word unchanged once folded. */
function sameValuesRestyled(before: string, after: string): boolean {
  const [a, b] = [readStyledValues(before), readStyledValues(after)];
  if (a.values.length === 0 || !sameStyledValues(a.values, b.values)) return false;
  const words = (w: readonly string[]) => shingleTokens(w.join(' ')).join(' ');
  return words(a.words) === words(b.words) && sameMarks(before, after);
}

/** Signs, currencies and percent marks (not hyphens inside words) must be the same. */
function sameMarks(before: string, after: string): boolean {
  const marks = (s: string) =>
    (s.replace(/(?<=\p{L})[-–](?=\p{L})/gu, '').match(MEANINGFUL_MARKS) ?? []).join('');
  return marks(before) === marks(after);
}

/**
 * Numbers must be equal once digit grouping by comma or space is dropped; a point stays a
 * decimal point, since "1.250" may be one and a quarter.
 */
function sameNumbers(before: string, after: string): boolean {
  const numbers = (s: string) =>
    (s.match(/\d[\d,.\u00a0\u202f ]*\d|\d/g) ?? [])
      .map((n) => n.replace(/[,\u00a0\u202f ](?=\d{3}\b)/g, ''))
      .join('|');
  return numbers(before) === numbers(after);
}

function cosmeticReason(before: string, after: string): string {
  if (/^\s*$/.test(before + after)) return 'white space';
  if (before.toLowerCase() === after.toLowerCase()) return 'case';
  const digits = (s: string) => s.replace(/[^\d]/g, '');
  if (/\d/.test(before + after) && digits(before) === digits(after)) return 'number formatting';
  const quotes = (s: string) => s.replace(/[“”"‘’'`´]/g, '"');
  if (quotes(before) === quotes(after)) return 'quote style';
  const bare = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  if (bare(before) === bare(after)) return 'punctuation';
  return 'spelling variant';
}

function substantiveReason(before: string, after: string, contextA: string, contextB: string): string {
  const has = (re: RegExp, s: string) => re.test(s);
  const negated = (s: string) => NEGATION.test(s.replace(RANK_MARK, ''));
  if (negated(before) !== negated(after)) return negated(before) ? 'negation removed' : 'negation added';
  const numbers = (s: string) => (s.match(/\d[\d,.]*/g) ?? []).map((n) => n.replace(/[,.](?=\d{3}\b)/g, ''));
  const [nb, na] = [numbers(before), numbers(after)];
  if (nb.join() !== na.join() && (nb.length || na.length)) {
    const dateLike =
      [...nb, ...na].some((n) => /^(19|20)\d\d$/.test(n)) ||
      nb.some((n) => isDayOfMonth(n, contextA)) ||
      na.some((n) => isDayOfMonth(n, contextB));
    return dateLike ? 'date changed' : 'figure changed';
  }
  // Numbers in words, ordinals and ranks are figures too: "two ferries" → "three ferries",
  // "twentieth" → "21st".
  const [vb, va] = [readStyledValues(before).values, readStyledValues(after).values];
  // "the first ferry" → "the last ferry": an ordinal word facing no value is a word, not a figure.
  const lone = (vs: readonly StyledValue[], other: readonly StyledValue[]) =>
    other.length === 0 && vs.every((v) => v.wordOrdinal);
  if (!sameStyledValues(vb, va) && !lone(vb, va) && !lone(va, vb)) return 'figure changed';
  if (has(CALENDAR_NAME, before) || has(CALENDAR_NAME, after)) return 'date changed';
  if (has(MODAL, before) || has(MODAL, after)) return 'modal verb changed';
  if (has(SAYING, before + ' ' + after)) return 'attribution changed';
  if (
    (/\p{Lu}/u.test(before) && nearSaying(before, contextA)) ||
    (/\p{Lu}/u.test(after) && nearSaying(after, contextB)) ||
    inAccordingTo(before, contextA) ||
    inAccordingTo(after, contextB)
  )
    return 'attribution changed';
  return 'wording changed';
}

/**
 * The changed words name the source in an "according to …" phrase ("according to the
 * authority's schedule" → "the contractor's schedule"), lower case or not. The source is the
 * few words after "according to", up to a verb, a clause word or a preposition, and the
 * change must be a whole word of it (not "the", nor a word of the clause that follows).
 */
function inAccordingTo(text: string, context: string): boolean {
  const words =
    text
      .trim()
      .toLowerCase()
      .match(/[\p{L}\p{N}’']+/gu) ?? [];
  if (!words.some((w) => w.length >= 4 && !SOURCE_STOP.has(w))) return false;
  for (const m of context.matchAll(ACCORDING_TO)) {
    const source: string[] = [];
    for (const w of m[1]!.toLowerCase().match(/[\p{L}\p{N}’']+/gu) ?? []) {
      if (SOURCE_END.has(w) || source.length === 4) break;
      source.push(w);
    }
    const phrase = ` ${source.join(' ')} `;
    if (phrase.includes(` ${words.join(' ')} `)) return true;
  }
  return false;
}
const ACCORDING_TO = /\baccording to\s+([^,.;:!?"“”]{2,60})/gi;
/** Where a source's name ends: verbs, clause words, prepositions. */
const SOURCE_END = new Set(
  'will would is are was were has have had can could may might should must and or but that which who whom whose when where while if as at in on for to from with by after before over under near during since until than because'.split(
    ' ',
  ),
);
/** Words too slight to name a source on their own. */
const SOURCE_STOP = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'this',
  'that',
  'these',
  'those',
]);

/** "14" in "14 March" or "March 14". */
function isDayOfMonth(n: string, context: string): boolean {
  if (!/^\d{1,2}$/.test(n) || Number(n) > 31) return false;
  return new RegExp(`\\b${n}(st|nd|rd|th)?\\s+(${MONTHS})\\b|\\b(${MONTHS})\\.?\\s+${n}\\b`, 'i').test(
    context,
  );
}

/** The changed words sit right beside a verb of saying: who said it changed. */
function nearSaying(text: string, context: string): boolean {
  const at = text ? context.indexOf(text) : -1;
  if (at < 0) return false;
  const re = new RegExp(SAYING.source, 'gi');
  for (const m of context.matchAll(re)) {
    const gap = m.index < at ? at - (m.index + m[0].length) : m.index - (at + text.length);
    if (gap >= 0 && gap <= 4) return true;
  }
  return false;
}
