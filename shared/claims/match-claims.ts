// For one claim, the corresponding statement in each other article in scope (its story's other
// versions and the related stories' articles), with how they relate and why. Two sentences that
// are nearly the same sentence (versions of one text) are diffed word by word, so every
// substantive change is a reason; a restatement in other words is compared by its values —
// the same figure counting the same thing, the year, the negation, who said it.
import { wordChanges } from '../compare';
import type { ClaimMatch, Span } from '../model';
import { contentWords, jaccard, sentenceValues, type SentenceValues } from './claim-values';

export interface MatchTarget {
  readonly articleId: string;
  readonly sentences: readonly Span[];
  /** From a related story (another text on the subject), not a version of the claim's own. */
  readonly related?: boolean;
}

/** A related story's sentence must share this much to be called conflicting, not just related. */
const RELATED_DIFFERS = 0.5;

/** Below this share of content words two sentences are not about the same statement. */
const MATCH_MIN = 0.25;
/** At or above it they are one sentence in two versions: diff them word by word. */
const SAME_SENTENCE = 0.6;
/** Share of the text a version pair keeps in place; below it the pair is a restatement. */
const IN_PLACE = 0.7;
/** A restatement without values to compare agrees only if it shares this much. */
const RESTATED = 0.4;

/** Sentence values, cached per text: matching reads every sentence of the scope per claim. */
export class ValueCache {
  private readonly map = new Map<string, SentenceValues>();
  get(text: string): SentenceValues {
    let v = this.map.get(text);
    if (!v) this.map.set(text, (v = sentenceValues(text)));
    return v;
  }
}

export function matchClaim(
  claim: { articleId: string; text: string },
  targets: readonly MatchTarget[],
  cache = new ValueCache(),
): ClaimMatch[] {
  const mine = cache.get(claim.text);
  const matches: ClaimMatch[] = [];
  for (const target of targets) {
    if (target.articleId === claim.articleId) continue;
    let best: { span: Span; sim: number } | null = null;
    for (const span of target.sentences) {
      const sim = jaccard(mine.words, cache.get(span.text).words);
      if (sim >= MATCH_MIN && (!best || sim > best.sim)) best = { span, sim };
    }
    if (!best) continue;
    let { relation, reasons } = relate(claim.text, mine, best.span.text, cache.get(best.span.text), best.sim);
    // Another story on the subject often gives other figures about other things: a difference
    // counts only when the two sentences plainly say the same thing.
    if (target.related && relation === 'differs' && best.sim < RELATED_DIFFERS) {
      relation = 'related';
      reasons = reasons.map((r) => `another story: ${r}`);
    }
    matches.push({
      articleId: target.articleId,
      text: best.span.text,
      start: best.span.start,
      end: best.span.end,
      relation,
      reasons,
    });
  }
  return matches;
}

function relate(
  text: string,
  mine: SentenceValues,
  otherText: string,
  other: SentenceValues,
  sim: number,
): { relation: ClaimMatch['relation']; reasons: string[] } {
  if (sim >= SAME_SENTENCE) {
    // One sentence in two versions (its words mostly in place): every substantive word change
    // is a reason, except words that only moved (present on both sides).
    const diff = wordChanges(text, otherText);
    const kept = diff.parts.reduce(
      (n, p) => (p.op === 'same' && p.change === null ? n + p.text.length : n),
      0,
    );
    if (kept / Math.max(text.length, otherText.length) >= IN_PLACE) {
      const reasons = diff.changes
        .filter((c) => c.kind === 'substantive' && !onlyMoved(c.before, c.after, mine.words, other.words))
        .map((c) => reasonOf(c.reason, c.before, c.after));
      return reasons.length
        ? { relation: 'differs', reasons }
        : { relation: 'agrees', reasons: ['same wording'] };
    }
  }
  const differs: string[] = [];
  const agrees: string[] = [];
  // A figure found on the other side agrees; else one counting the same thing (the word after
  // the number) must be equal.
  for (const f of mine.figures) {
    if (other.figures.some((x) => x.value === f.value)) {
      agrees.push(`same figure ${f.text}`);
      continue;
    }
    const g = other.figures.find((x) => x.unit !== '' && x.unit === f.unit);
    if (g) differs.push(`figure ${f.text} vs ${g.text}`);
  }
  if (mine.years.length === 1 && other.years.length === 1) {
    if (mine.years[0] === other.years[0]) agrees.push(`same year ${mine.years[0]}`);
    else differs.push(`year ${mine.years[0]} vs ${other.years[0]}`);
  }
  if (mine.dates.length === 1 && other.dates.length === 1) {
    if (mine.dates[0] === other.dates[0]) agrees.push(`same date ${mine.dates[0]}`);
    else differs.push(`date ${mine.dates[0]} vs ${other.dates[0]}`);
  }
  // A negation counts when it governs a word both sentences use ("not approved" / "approved").
  const denied = (a: SentenceValues, b: SentenceValues) =>
    [...a.negatedWords].some((w) => b.words.has(w) && !b.negatedWords.has(w));
  if (denied(mine, other) || denied(other, mine)) differs.push('negation');
  const sameSource = (x: string, y: string) => x.split(' ').some((w) => y.split(' ').includes(w));
  if (
    mine.sources.length &&
    other.sources.length &&
    !mine.sources.some((s) => other.sources.some((t) => sameSource(s, t)))
  )
    differs.push(`attribution: ${mine.sources[0]} vs ${other.sources[0]}`);
  if (differs.length) return { relation: 'differs', reasons: differs };
  if (agrees.length) return { relation: 'agrees', reasons: agrees };
  if (sim >= RESTATED) return { relation: 'agrees', reasons: ['restated in other words'] };
  return { relation: 'related', reasons: ['about the same thing'] };
}

/** A change whose content words all appear on the other side too: words moved, not changed. */
function onlyMoved(
  before: string,
  after: string,
  mine: ReadonlySet<string>,
  other: ReadonlySet<string>,
): boolean {
  const removed = [...contentWords(before)];
  const added = [...contentWords(after)];
  if (removed.length + added.length === 0) return false;
  return removed.every((w) => other.has(w)) && added.every((w) => mine.has(w));
}

function reasonOf(reason: string, before: string, after: string): string {
  const bare = (s: string) => s.replace(/^(the|a|an)\s+/i, '') || '—';
  const pair = `${bare(before)} vs ${bare(after)}`;
  if (reason.startsWith('negation')) return 'negation';
  if (reason === 'figure changed') return `figure ${pair}`;
  if (reason === 'date changed') return /^(19|20)\d\d$/.test(before) ? `year ${pair}` : `date ${pair}`;
  if (reason === 'attribution changed') return `attribution: ${pair}`;
  if (reason === 'modal verb changed') return `modal verb: ${pair}`;
  return `wording: ${pair}`;
}

/**
 * conflicting when a match differs; consistent when some match agrees and none differs (a
 * statement that only touches on the subject neither confirms nor contradicts); else none.
 * A match standing for several identical copies says how many.
 */
export function suggest(
  matches: readonly ClaimMatch[],
  outletOf: (articleId: string) => string,
): { suggestion: 'consistent' | 'conflicting' | null; reasons: string[] } {
  const who = (m: ClaimMatch) => {
    const carriers = [...new Set([m.articleId, ...(m.copyArticleIds ?? [])].map(outletOf))];
    return carriers.length <= 3
      ? carriers.join(', ')
      : `${carriers[0]} and ${(m.copies ?? carriers.length) - 1} copies`;
  };
  const differing = matches.filter((m) => m.relation === 'differs');
  if (differing.length)
    return {
      suggestion: 'conflicting',
      reasons: differing.flatMap((m) => m.reasons.map((r) => `${who(m)}: ${r}`)),
    };
  const agreeing = matches.filter((m) => m.relation === 'agrees');
  if (agreeing.length)
    return {
      suggestion: 'consistent',
      reasons: agreeing.map((m) => `${who(m)}: ${m.reasons.join(', ')}`),
    };
  if (matches.length === 0) return { suggestion: null, reasons: ['no other article states this'] };
  return {
    suggestion: null,
    reasons: matches.map((m) => `${who(m)} only touches on it (${m.reasons.join(', ')})`),
  };
}
