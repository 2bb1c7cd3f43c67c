// Words for a day, week, month or year counted from the day an article was written: "today",
// "last week", "earlier this month", "a year earlier", "by the end of the month" — in English,
// German, French and Spanish. Each phrase maps to one token ('last-week', 'end-of-month' …)
// that find-dates.ts turns into a date when the article date is known.
import { alternation } from './alternation';
import { L, pattern } from './letters';

const TOKENS = new Map<string, string>();
/** English phrases: every English sentence is tried against these. */
const ENGLISH: string[] = [];
/** Other languages' phrases, tried only when a word of theirs is in the sentence. */
const OTHER: string[] = [];
let english = true;
function phrases(token: string, list: string): void {
  for (const p of list.split('|')) {
    TOKENS.set(p, token);
    (english ? ENGLISH : OTHER).push(p);
  }
}
// English
phrases('today', 'today|tonight|this morning|this afternoon|this evening|earlier today|later today');
phrases('yesterday', 'yesterday|last night');
phrases('tomorrow', 'tomorrow');
phrases('day-before-yesterday', 'the day before yesterday');
phrases('day-after-tomorrow', 'the day after tomorrow');
for (const unit of ['week', 'month', 'year']) {
  phrases(`last-${unit}`, `last ${unit}|the past ${unit}`);
  phrases(`this-${unit}`, `this ${unit}|earlier this ${unit}|later this ${unit}`);
  phrases(`next-${unit}`, `next ${unit}|the coming ${unit}`);
  phrases(`previous-${unit}`, `the previous ${unit}|the prior ${unit}|the ${unit} before|a ${unit} earlier`);
  phrases(
    `end-of-${unit}`,
    `the end of the ${unit}|the end of this ${unit}|end of the ${unit}|end of this ${unit}`,
  );
}
phrases('previous-day', 'the previous day|the day before|a day earlier');
phrases('end-of-month', 'month-end|end-of-month');
phrases('end-of-year', 'year-end|end-of-year|the year’s end');
english = false;
// German ("morgen" only in lower case: "Morgen" is the morning)
phrases('today', 'heute');
phrases('yesterday', 'gestern');
phrases('tomorrow', 'morgen');
phrases('day-before-yesterday', 'vorgestern');
phrases('day-after-tomorrow', 'übermorgen');
phrases(
  'last-week',
  'letzte woche|letzten woche|vergangene woche|vergangenen woche|vorige woche|vorigen woche',
);
phrases('this-week', 'diese woche|dieser woche');
phrases('next-week', 'nächste woche|nächsten woche|kommende woche|kommenden woche');
phrases('last-month', 'letzten monat|vergangenen monat|vorigen monat');
phrases('this-month', 'diesen monat|dieses monats');
phrases('next-month', 'nächsten monat|kommenden monat');
phrases('last-year', 'letztes jahr|letzten jahr|vergangenes jahr|vergangenen jahr|voriges jahr|vorigen jahr');
phrases('this-year', 'dieses jahr|diesem jahr|dieses jahres|heuer');
phrases('next-year', 'nächstes jahr|nächsten jahr|kommendes jahr|kommenden jahr');
phrases('previous-year', 'vorjahr|vorjahres');
phrases('end-of-month', 'ende des monats|monatsende');
phrases('end-of-year', 'ende des jahres|jahresende');
// French
phrases('today', "aujourd'hui|ce soir|ce matin");
phrases('yesterday', 'hier');
phrases('tomorrow', 'demain');
phrases('day-before-yesterday', 'avant-hier');
phrases('day-after-tomorrow', 'après-demain');
phrases('last-week', 'la semaine dernière|la semaine passée');
phrases('this-week', 'cette semaine');
phrases('next-week', 'la semaine prochaine');
phrases('last-month', 'le mois dernier|le mois passé');
phrases('this-month', 'ce mois-ci');
phrases('next-month', 'le mois prochain');
phrases('last-year', "l'année dernière|l'an dernier|l'année passée|l'an passé");
phrases('this-year', 'cette année');
phrases('next-year', "l'année prochaine|l'an prochain");
phrases('previous-year', "l'année précédente");
phrases('end-of-month', 'la fin du mois|fin du mois');
phrases('end-of-year', "la fin de l'année|fin de l'année");
// Spanish ("mañana" alone is tomorrow; "esta mañana" is this morning)
phrases('today', 'hoy|esta mañana|esta tarde|esta noche');
phrases('yesterday', 'ayer|anoche');
phrases('tomorrow', 'mañana');
phrases('day-before-yesterday', 'anteayer');
phrases('day-after-tomorrow', 'pasado mañana');
phrases('last-week', 'la semana pasada');
phrases('this-week', 'esta semana');
phrases('next-week', 'la próxima semana|la semana próxima|la semana que viene');
phrases('last-month', 'el mes pasado');
phrases('this-month', 'este mes');
phrases('next-month', 'el próximo mes|el mes próximo|el mes que viene');
phrases('last-year', 'el año pasado');
phrases('this-year', 'este año');
phrases('next-year', 'el próximo año|el año próximo|el año que viene');
phrases('previous-year', 'el año anterior');
phrases('end-of-month', 'finales de mes|fin de mes');
phrases('end-of-year', 'finales de año|fin de año');

/** Any of the phrases, longest first, as a whole word, with an optional possessive "'s". */
const anyOf = (list: readonly string[]) =>
  new RegExp(`(?<![${L}])(${alternation(list)})(['’]s)?(?![${L}])`, 'gi');
export const RELATIVE_ENGLISH = anyOf(ENGLISH);
export const RELATIVE_OTHER = anyOf(OTHER);

/** Words only lower case makes relative: "Morgen" is the morning, "Mañana" a name. */
const LOWER_ONLY = new Set(['morgen', 'mañana']);
/** "esta mañana", "por la mañana": the morning, not tomorrow. */
const MORNING_BEFORE = /(?:^|\s)(?:la|esta|por\s+la|de\s+la|cada|am|jeden|den)\s+$/i;

/** The token of the phrase `written`, or null when it is not relative in this place. */
export function relativeToken(written: string, before: string): string | null {
  const key = written.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
  const token = TOKENS.get(key) ?? TOKENS.get(key.replace(/'/g, '’'));
  if (!token) return null;
  if (LOWER_ONLY.has(key) && (written[0] !== written[0]!.toLowerCase() || MORNING_BEFORE.test(before)))
    return null;
  if (token === 'today' && /\bUSA\s+$/.test(before)) return null;
  return token;
}

/** "two years ago", "a week ago", "3 months ago". */
export const AGO = pattern(
  'gi',
)`(?<![${L}\d])(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?\s+ago(?![${L}])`;
const SMALL: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
export function agoCount(word: string): number {
  return SMALL[word.toLowerCase()] ?? Number(word);
}
