// Says whether one word-level change inside an aligned sentence pair changes the meaning
// (substantive) or only its form (cosmetic), with a short reason a reviewer reads. Cosmetic
// means equal once folded: case, punctuation, quote style, white space, digit grouping and
// British/American spelling — the same folding story grouping uses.
import { shingleTokens } from '../stories';

export interface ClassifiedChange {
  readonly kind: 'substantive' | 'cosmetic';
  readonly before: string;
  readonly after: string;
  readonly reason: string;
}

const NEGATION = /\b(not|no|never|none|nor|without|cannot)\b|n't\b/i;
const MODAL = /\b(may|might|could|would|should|must|will|shall|can)\b/i;
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
/** A month name next to a day number: "14 March", "March 14" ("may" alone is a verb). */
const MONTH = new RegExp(
  `\\b\\d{1,2}(st|nd|rd|th)?\\s+(${MONTHS})\\b|\\b(${MONTHS})\\.?\\s+\\d{1,2}\\b`,
  'i',
);
const ATTRIBUTION =
  /\b(said|says|told|according|spokes(?:person|man|woman)|minister|mayor|official|statement|reported|claimed|announced)\b/i;

export function classifyChange(before: string, after: string, context = ''): ClassifiedChange {
  const fold = (s: string) => shingleTokens(s).join(' ');
  if (fold(before) === fold(after))
    return { kind: 'cosmetic', before, after, reason: cosmeticReason(before, after) };
  return { kind: 'substantive', before, after, reason: substantiveReason(before, after, context) };
}

function cosmeticReason(before: string, after: string): string {
  if (before.toLowerCase() === after.toLowerCase()) return 'case';
  const digits = (s: string) => s.replace(/[^\d]/g, '');
  if (/\d/.test(before + after) && digits(before) === digits(after)) return 'number formatting';
  const quotes = (s: string) => s.replace(/[“”"‘’'`´]/g, '"');
  if (quotes(before) === quotes(after)) return 'quote style';
  const bare = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  if (bare(before) === bare(after)) return /^\s*$/.test(before + after) ? 'white space' : 'punctuation';
  return 'spelling variant';
}

function substantiveReason(before: string, after: string, context: string): string {
  const has = (re: RegExp, s: string) => re.test(s);
  if (has(NEGATION, before) !== has(NEGATION, after))
    return has(NEGATION, before) ? 'negation removed' : 'negation added';
  const numbers = (s: string) => (s.match(/\d[\d,.]*/g) ?? []).map((n) => n.replace(/[,.](?=\d{3}\b)/g, ''));
  const [nb, na] = [numbers(before), numbers(after)];
  const dateLike =
    has(MONTH, before + after + context) || [...nb, ...na].some((n) => /^(19|20)\d\d$/.test(n));
  if (nb.join() !== na.join() && (nb.length || na.length))
    return dateLike ? 'date changed' : 'figure changed';
  if (has(MONTH, before) || has(MONTH, after)) return 'date changed';
  if (has(MODAL, before) !== has(MODAL, after) || (has(MODAL, before) && has(MODAL, after)))
    return 'modal verb changed';
  if (ATTRIBUTION.test(context) && (/\p{Lu}/u.test(before + after) || ATTRIBUTION.test(before + after))) {
    return 'attribution changed';
  }
  return 'wording changed';
}
