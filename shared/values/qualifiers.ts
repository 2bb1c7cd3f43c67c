// Hedges and bounds around a number: "about 500", "more than 400", "up to 30", "500 or so".
// They decide whether two figures conflict ("more than 400" and "450" do not), so they are read
// from the words right before the number (after it for "or so", "or more", "-odd").
import { alternation } from './alternation';
import { L, isLetter, pattern, wordBefore } from './letters';
import type { Qualifier } from './types';

interface QualifierInfo {
  readonly qualifier: Qualifier;
  readonly approximate: boolean;
}
const PHRASES = new Map<string, QualifierInfo>();
function phrases(qualifier: Qualifier, approximate: boolean, list: string): void {
  for (const p of list.split('|')) PHRASES.set(p, { qualifier, approximate });
}
phrases(
  'about',
  true,
  'about|around|roughly|approximately|approx.|approx|some|an estimated|estimated|circa|ca.|c.|in the region of|' +
    'on the order of|something like|etwa|rund|ungefähr|zirka|environ|quelque|unos|unas|alrededor de|' +
    'aproximadamente|en torno a',
);
phrases(
  'nearly',
  true,
  'nearly|almost|close to|just under|just shy of|not quite|fast|beinahe|knapp|près de|presque|quasiment|casi|cerca de',
);
phrases(
  'more than',
  false,
  'more than|over|above|upwards of|in excess of|exceeding|well over|just over|a little over|mehr als|über|plus de|más de',
);
phrases(
  'at least',
  false,
  'at least|no fewer than|no less than|not less than|a minimum of|mindestens|wenigstens|au moins|al menos|por lo menos',
);
phrases('less than', false, 'less than|fewer than|under|below|weniger als|unter|moins de|menos de');
phrases(
  'at most',
  false,
  'at most|no more than|not more than|a maximum of|höchstens|maximal|au plus|au maximum|como máximo|a lo sumo',
);
phrases('up to', false, "up to|as many as|as much as|as high as|bis zu|jusqu’à|jusqu'à|hasta");

/** A qualifier phrase ending the text before a number (tested on a short slice). */
const BEFORE = new RegExp(`(?<![${L}])(${alternation(PHRASES.keys())})[^\\S\\n]*$`, 'i');
/** "500 or so", "500 or more", "500-odd", "500-plus", "500+". */
const AFTER = pattern(
  'iy',
)`(?:[^\S\n]+or[^\S\n]+(so|more|fewer|less)(?![${L}])|-(odd|plus)(?![${L}])|(\+)(?![\d]))`;

export interface QualifierMatch extends QualifierInfo {
  /** Where the qualifier starts (before) or ends (after). */
  readonly at: number;
}

/** The last word of every phrase: no other word before a number can end a qualifier. */
const LAST_WORDS = new Set(
  [...PHRASES.keys()].map((p) =>
    p
      .split(' ')
      .pop()!
      .replace(/^.*['’]/, ''),
  ),
);

export function qualifierBefore(text: string, pos: number): QualifierMatch | null {
  if (!LAST_WORDS.has(wordBefore(text, pos))) return null;
  const from = Math.max(0, pos - 24);
  const m = BEFORE.exec(text.slice(from, pos));
  // The slice may cut a word: "mover 5" must not read as "over 5".
  if (!m || (m.index === 0 && from > 0 && isLetter(text[from - 1]))) return null;
  const info = PHRASES.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
  return info ? { ...info, at: from + m.index } : null;
}

export function qualifierAfter(text: string, pos: number): QualifierMatch | null {
  AFTER.lastIndex = pos;
  const m = AFTER.exec(text);
  if (!m) return null;
  const word = (m[1] ?? m[2] ?? m[3]!).toLowerCase();
  const info: QualifierInfo =
    word === 'so' || word === 'odd'
      ? { qualifier: 'about', approximate: true }
      : word === 'more'
        ? { qualifier: 'at least', approximate: false }
        : word === 'plus' || word === '+'
          ? { qualifier: 'more than', approximate: false }
          : { qualifier: 'at most', approximate: false };
  return { ...info, at: AFTER.lastIndex };
}

/** Whether the text right before `pos` is a qualifier (used to tell "about 2000 people" from a year). */
export function hasQualifierBefore(text: string, pos: number): boolean {
  return qualifierBefore(text, pos) !== null;
}
