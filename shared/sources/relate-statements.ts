// How a statement in another article relates to a claim: `agrees` (a value slot both fill with
// the same value, or the same thing said in other words), `differs` (the same slot — the same
// thing counted, the same event dated, the same quote attributed — with another value), or
// `related` (the same subject with nothing comparable, or values about another time or thing).
// A slot is "the same" when the clauses around the two values share their rare words; so
// "14 people died" and "14 people were injured" are not one slot, "the bridge is 2.4 km long"
// and "the tunnel is 3 km long" are not one slot, and last year's figure is not this year's.
import { compareDates, compareFigures, type DateValue, type FigureValue } from '../values';
import type { MatchRelation } from '../model';
import type { Slot, StatementFacts } from './statement-facts';
import { unitWord } from './statement-facts';
import { statementTerms } from './statement-terms';

export interface Relation {
  readonly relation: MatchRelation;
  readonly reasons: readonly string[];
}

/** How rare a subject word is among the workspace's statements (the index's idf). */
export type Weight = (term: string) => number;

/** Subject words shared, as a share of the smaller statement's: a restatement inside a longer sentence. */
const LINKED = 0.3;
/** The index's candidates below this share of either side's weight are not looked at closely. */
export const CANDIDATE_FLOOR = 0.1;
/** A value pair counts as one slot when the clauses around them share this much. */
const SAME_SLOT = 0.5;
/** Shared clause words that make two values of one kind worth naming side by side. */
const NEAR_SLOT = 0.25;
/** A negation counts between sentences sharing this much (one says "not inspected", the other "inspected"). */
const NEGATION_SHARE = 0.4;
/** Share of the shorter quote's words two quotes must share to be one quote. */
const SAME_QUOTE = 0.6;
/** Sentences sharing this much are one statement: extra words around a value do not make it another thing. */
const SAME_SENTENCE = 0.6;
/** Without a comparable value, statements this close say the same thing in other words. */
const RESTATED = 0.7;

/** What is known of the articles the two statements come from. */
export interface ArticleNames {
  /** Names written anywhere in the first statement's article. */
  readonly a?: ReadonlySet<string>;
  /** Names written anywhere in the second statement's article. */
  readonly b?: ReadonlySet<string>;
}

export function relateStatements(
  a: StatementFacts,
  b: StatementFacts,
  weight: Weight,
  articles: ArticleNames = {},
): Relation | null {
  const overlap = containment(a.subject, b.subject, weight);
  if (overlap.shared === 0) return null;

  const differs: string[] = [];
  const agrees: string[] = [];
  const aside: string[] = [];

  // Each sentence is about its own ship, person or place (named in its first clause) and
  // names nothing of the other's, or is about what the other's article never mentions:
  // values about two things ("the Aldis Marin is 118 m
  // long" / "the Holm Venture is 96 m long").
  const foreign = (names: ReadonlySet<string>, known: ReadonlySet<string> | undefined) =>
    known !== undefined && names.size > 0 && ![...names].some((n) => known.has(n));
  const otherThing =
    (a.subjectNames.size > 0 &&
      b.subjectNames.size > 0 &&
      ![...a.subjectNames].some((n) => b.names.has(n)) &&
      ![...b.subjectNames].some((n) => a.names.has(n))) ||
    (a.subjectNames.size > 0 && (foreign(b.subjectNames, articles.a) || foreign(a.subjectNames, articles.b)));
  // What each side knows of: its sentence's words and, when known, every name of its article.
  const knownA = articles.a ? new Set([...a.subject, ...articles.a]) : a.subject;
  const knownB = articles.b ? new Set([...b.subject, ...articles.b]) : b.subject;
  const figurePairs = pairSlots(
    a.figures,
    b.figures,
    weight,
    sameUnit,
    overlap.share,
    otherThing,
    knownA,
    knownB,
    tellingFigures,
  );
  const datePairs = pairSlots(
    a.dates,
    b.dates,
    weight,
    sameDateKind,
    overlap.share,
    otherThing,
    knownA,
    knownB,
  );
  // Linked: the sentences say much the same, or a value of each sits in the same slot (a long
  // sentence carries several facts; "14 people died" inside it is enough), or values of one
  // kind sit in clauses sharing two words (named side by side, as related).
  const pairs = [...figurePairs, ...datePairs];
  const linked =
    (overlap.shared >= 2 && overlap.share >= LINKED) ||
    pairs.some((p) => p.strength >= SAME_SLOT) ||
    pairs.some((p) => p.sharedWords >= 2);
  if (!linked) return null;
  // A figure without a year beside it speaks of its article's year: "14 died" in 2025 and
  // "in 1987, when 23 died" are two tolls, not one disputed.
  const frames = figurePairs.map(({ x, y }) => {
    const [fx, fy] = [x.frame ?? a.articleYear, y.frame ?? b.articleYear];
    if (fx === null || fy === null || fx === fy) return null;
    // An equal value with a year on one side only (a length, a founding date) is one fact.
    if (x.frame !== null && y.frame !== null) return [fx, fy];
    const equal = compareFigures(x.value, y.value).relation !== 'different';
    return (x.frame !== null || y.frame !== null) && !equal ? [fx, fy] : null;
  });
  const otherTime = frames.some((f) => f !== null);
  for (const [i, { x, y, strength }] of figurePairs.entries()) {
    const frame = frames[i];
    const cmp = compareFigures(x.value, y.value);
    const same =
      cmp.relation === 'same'
        ? `same figure ${x.value.text}`
        : cmp.relation === 'compatible'
          ? cmp.reason
          : null;
    if (frame) aside.push(`another time: ${frame[0]} vs ${frame[1]} (${same ?? cmp.reason})`);
    else if (strength < SAME_SLOT) aside.push(same ?? cmp.reason);
    else if (same) agrees.push(same);
    else differs.push(cmp.reason);
  }

  if (!otherTime) {
    for (const { x, y, strength } of datePairs) {
      const cmp = compareDates(x.value, y.value);
      if (cmp.relation === 'incomparable') continue;
      const same = cmp.relation === 'same' ? cmp.reason || `same date ${x.value.text}` : null;
      if (strength < SAME_SLOT) aside.push(same ?? cmp.reason);
      else if (same) agrees.push(same);
      else differs.push(cmp.reason);
    }
  }

  if (overlap.share >= NEGATION_SHARE && denies(a, b)) differs.push('negation');
  const source = sourceConflict(a, b, overlap.share) ?? speakerConflict(a, b);
  if (source) differs.push(source);
  // The same words quoted, and nobody else named as saying them: the quote agrees.
  else if (a.quotes.some((q) => b.quotes.some((r) => quoteOverlap(q, r) >= SAME_QUOTE)))
    agrees.push('same quote');

  if (differs.length) return { relation: 'differs', reasons: differs };
  if (agrees.length) return { relation: 'agrees', reasons: [...agrees, ...aside] };
  // In other words, the same thing: close enough, no value left unpaired on both sides, and
  // neither side naming something distinctive the other lacks ("died" / "were injured").
  const unpairedValues =
    (a.figures.length > 0 && b.figures.length > 0 && figurePairs.length === 0) ||
    (a.dates.length > 0 && b.dates.length > 0 && datePairs.length === 0);
  if (
    overlap.share >= RESTATED &&
    aside.length === 0 &&
    !unpairedValues &&
    !distinctThings(a.subject, b.subject, weight)
  )
    return { relation: 'agrees', reasons: ['restated in other words'] };
  return {
    relation: 'related',
    reasons: aside.length
      ? aside
      : [
          `about the same: ${writtenAs(
            a.text,
            [...overlap.words].sort((p, q) => weight(q) - weight(p)).slice(0, 3),
          ).join(', ')}`,
        ],
  };
}

/**
 * Each side names something the other does not, rarer than anything they share: "the bridge
 * is 2.4 km long" / "the tunnel is 3 km long", "14 died" / "14 were injured". Two clauses that
 * share most of their weight anyway are one thing said with an extra word.
 */
function distinctThings(x: ReadonlySet<string>, y: ReadonlySet<string>, weight: Weight): boolean {
  const c = containment(x, y, weight);
  if (c.share >= DISTINCT_BELOW) return false;
  const sharedMax = Math.max(0, ...c.words.map(weight));
  const rarestOwn = (p: ReadonlySet<string>, q: ReadonlySet<string>) =>
    Math.max(0, ...[...p].filter((w) => !q.has(w)).map(weight));
  return rarestOwn(x, y) > sharedMax && rarestOwn(y, x) > sharedMax;
}

/**
 * The outcomes a news count is of — dead, injured, missing, rescued, evacuated, arrested,
 * in hospital — are different things even when everything else in the clause is shared.
 */
function contrastingPredicates(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  const own = (p: ReadonlySet<string>, q: ReadonlySet<string>) =>
    [...p].some((w) => OUTCOMES.has(w) && !q.has(w));
  return own(x, y) && own(y, x);
}

/** Both values count the same outcome (died, aboard, evacuated…) and neither another one. */
function sharedPredicate(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  return [...x].some((w) => OUTCOMES.has(w) && y.has(w)) && !contrastingPredicates(x, y);
}
const OUTCOMES = new Set([
  'aboard',
  'admit',
  'discharg',
  'die',
  'injur',
  'miss',
  'rescu',
  'evacu',
  'arrest',
  'displac',
  'treat',
  'save',
  'surviv',
  'infect',
  'recov',
]);
/** Clauses sharing this much of the smaller one's weight are one thing, whatever else they name. */
const DISTINCT_BELOW = 0.75;

interface Overlap {
  /** Weighted share of the smaller side's words found on the other side. */
  readonly share: number;
  readonly shared: number;
  /** Shared words (sort by weight to show the telling ones first). */
  readonly words: readonly string[];
}

export function containment(x: ReadonlySet<string>, y: ReadonlySet<string>, weight: Weight): Overlap {
  let wx = 0;
  let wy = 0;
  let ws = 0;
  const words: string[] = [];
  for (const t of x) {
    const w = weight(t);
    wx += w;
    if (y.has(t)) {
      ws += w;
      words.push(t);
    }
  }
  for (const t of y) wy += weight(t);
  const smaller = Math.min(wx, wy);
  return { share: smaller > 0 ? ws / smaller : 0, shared: words.length, words };
}

interface SlotPair<V> {
  readonly x: Slot<V>;
  readonly y: Slot<V>;
  readonly strength: number;
  readonly sharedWords: number;
}

/**
 * Pairs the values of `a` and `b` of a comparable kind, most alike clauses first, each value
 * at most once, keeping pairs whose clauses share a good part of their weight.
 */
function pairSlots<V>(
  a: readonly Slot<V>[],
  b: readonly Slot<V>[],
  weight: Weight,
  comparable: (x: Slot<V>, y: Slot<V>) => boolean,
  /** How much the two sentences share as a whole. */
  sentenceShare: number,
  /** The sentences are about different named things: no slot is shared unless a value names it. */
  otherThing: boolean,
  /** What each side mentions (its words, its article's names), to tell whether a name of one is known to the other. */
  aWords: ReadonlySet<string>,
  bWords: ReadonlySet<string>,
  /** Equal values so specific that they name one slot by themselves (118 m, 4,686 troops). */
  telling: (x: Slot<V>, y: Slot<V>) => boolean = () => false,
): SlotPair<V>[] {
  const all: SlotPair<V>[] = [];
  const only = (list: readonly Slot<V>[], other: Slot<V>) =>
    list.filter((s) => comparable(s, other)).length === 1;
  for (const x of a)
    for (const y of b) {
      if (!comparable(x, y)) continue;
      const c = containment(x.context, y.context, weight);
      // The nearest words weigh most: "Kosovo's 2008 declaration" / "declared independence in 2008".
      const n = containment(
        x.near,
        y.near,
        (t) => weight(t) * Math.max(x.closeness.get(t) ?? 0, y.closeness.get(t) ?? 0),
      );
      let strength = c.shared === 0 ? 0 : Math.max(c.share, n.shared ? n.share : 0);
      // The only value of its kind in two sentences that say much the same: one slot.
      if (sentenceShare >= SAME_SLOT && only(b, x) && only(a, y))
        strength = Math.max(strength, sentenceShare);
      // One outcome counted ("14 people died" / "17 were killed"), or one value so specific it
      // names its slot (118 m): the words around it are noise. Else, what each value is of may
      // differ ("bridge" / "tunnel"): then the two are named side by side, never one slot.
      const named = sharedPredicate(x.near, y.near) || (telling(x, y) && c.shared > 0);
      if (named) strength = Math.max(strength, SAME_SLOT);
      // Each value's clause names a place, person or thing the other side (its sentence, its
      // article) never mentions: "first proposed in 1991 … in Brask" / "… 2020 … in Orlavia".
      const elsewhere =
        x.names.size > 0 &&
        y.names.size > 0 &&
        ![...x.names].some((n) => bWords.has(n)) &&
        ![...y.names].some((n) => aWords.has(n));
      if (
        contrastingPredicates(x.near, y.near) ||
        (!(telling(x, y) && c.shared > 0) && (otherThing || elsewhere)) ||
        (!named &&
          sentenceShare < SAME_SENTENCE &&
          (!n.shared || n.share < SAME_SLOT) &&
          distinctThings(x.near, y.near, weight))
      )
        strength = Math.min(strength, NEAR_SLOT);
      if (strength >= NEAR_SLOT) all.push({ x, y, strength, sharedWords: c.shared });
    }
  all.sort((p, q) => q.strength - p.strength);
  const used = new Set<Slot<V>>();
  const out: SlotPair<V>[] = [];
  for (const p of all) {
    if (used.has(p.x) || used.has(p.y)) continue;
    used.add(p.x);
    used.add(p.y);
    out.push(p);
  }
  return out;
}

/** Two equal figures specific enough to be one fact: a measurement, or a count that is no round number. */
function tellingFigures(x: Slot<FigureValue>, y: Slot<FigureValue>): boolean {
  const [f, g] = [x.value, y.value];
  if (f.value !== g.value || f.unit !== g.unit || f.unit === '') return false;
  return MEASURES.has(f.unit) || (f.value >= 100 && f.value % 100 !== 0) || f.value >= 1000;
}

/**
 * Two figures count the same thing: one measurement unit, or one counted noun — also when one
 * side names it after the number and the other elsewhere in the clause ("14 dead" / "killed 14
 * people": the predicate "die" is in both clauses).
 */
function sameUnit(x: Slot<FigureValue>, y: Slot<FigureValue>): boolean {
  const [u, v] = [x.value.unit, y.value.unit];
  if (u === v) return true;
  if (MEASURES.has(u) || MEASURES.has(v)) return false;
  const [wu, wv] = [u ? unitWord(u) : '', v ? unitWord(v) : ''];
  return (wu !== '' && y.context.has(wu)) || (wv !== '' && x.context.has(wv));
}
const MEASURES = new Set([
  'm',
  'km',
  'kg',
  't',
  '%',
  'mi',
  'ha',
  'usd',
  'eur',
  'gbp',
  '°c',
  '°f',
  'cm',
  'mm',
]);

/**
 * Two dates that can date one event: both deadlines or neither, and of one precision — a year
 * against a year, a day (or a weekday, "yesterday") against a day. "Opened in 1962" and "on
 * Wednesday" in one sentence pair are two facts, not a disagreement.
 */
function sameDateKind(x: Slot<DateValue>, y: Slot<DateValue>): boolean {
  return x.value.deadline === y.value.deadline && precision(x.value) === precision(y.value);
}
function precision(d: DateValue): 'year' | 'month' | 'day' {
  return d.kind === 'year' ? 'year' : d.kind === 'month' ? 'month' : 'day';
}

/** A negation governing a word the other side states plainly ("not inspected" / "inspected"). */
function denies(a: StatementFacts, b: StatementFacts): boolean {
  const one = (p: StatementFacts, q: StatementFacts) =>
    [...p.negatedWords].some((w) => q.subject.has(w) && !q.negatedWords.has(w));
  return one(a, b) || one(b, a);
}

/**
 * The same quote or the same statement given to different people: "the Interior Minister"
 * vs "the Prime Minister". A source contained in the other ("the minister" / "the Interior
 * Minister", "Vucic" / "President Aleksandar Vucic") is the same source.
 */
function sourceConflict(a: StatementFacts, b: StatementFacts, share: number): string | null {
  if (!a.sources.length || !b.sources.length) return null;
  const sameQuote = a.quotes.some((q) => b.quotes.some((r) => quoteOverlap(q, r) >= SAME_QUOTE));
  if (!sameQuote && share < SAME_SLOT) return null;
  const words = (s: string) => s.split(' ').filter((w) => !SOURCE_FILLER.has(w));
  const contained = (s: string, t: string) => {
    const [ws, wt] = [words(s), words(t)];
    return ws.length > 0 && (ws.every((w) => wt.includes(w)) || wt.every((w) => ws.includes(w)));
  };
  if (a.sources.some((s) => b.sources.some((t) => contained(s, t)))) return null;
  return `attribution: ${a.sourcesWritten[0]} vs ${b.sourcesWritten[0]}`;
}

/**
 * One quote, and the people named outside it on each side are different people ("Interior
 * Minister Edvin Sallmark … called the fire “…”" / "“…,” Prime Minister Margit Olvenstad said").
 */
function speakerConflict(a: StatementFacts, b: StatementFacts): string | null {
  if (!a.quotes.some((q) => b.quotes.some((r) => quoteOverlap(q, r) >= SAME_QUOTE))) return null;
  const [x, y] = [speakers(a.text), speakers(b.text)];
  if (x.length === 0 || y.length === 0) return null;
  // People by surname: "Interior Minister Edvin Sallmark" and "Prime Minister Margit Olvenstad"
  // share a title, not a person; "Sallmark" and "Minister Edvin Sallmark" are one person.
  const surname = (name: string) => name.split(/\s+/).at(-1)!.toLowerCase();
  const shared = x.some((p) => y.some((q) => surname(p) === surname(q)));
  return shared ? null : `attribution: ${x[0]} vs ${y[0]}`;
}

/** Capitalised names written outside the quotes of a sentence. */
function speakers(text: string): string[] {
  const outside = text.replace(/["“„«][^"”“«»]*(?:["”»]|$)/g, ' ');
  return (outside.match(SPEAKER) ?? []).filter((n) => !NOT_SPEAKERS.has(n.split(' ')[0]!));
}
const SPEAKER = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/gu;
const NOT_SPEAKERS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'It', 'This', 'That', 'But', 'And']);
const SOURCE_FILLER = new Set(['the', 'a', 'an', 'of', 's', 'country', 'nation', 'local', 'state']);

function quoteOverlap(q: string, r: string): number {
  const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
  const [x, y] = [words(q), words(r)];
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

/** The words of a text as written whose stems are these (for reasons people read). */
function writtenAs(text: string, stems: readonly string[]): string[] {
  const wanted = new Set(stems);
  const out: string[] = [];
  for (const word of text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []) {
    const [s] = statementTerms(word).subject;
    if (s && wanted.delete(s)) out.push(word);
  }
  return out;
}
