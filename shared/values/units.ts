// What a number measures: units and currencies written after it ("15 km", "5 per cent",
// "2 billion euros"), currencies written before it ("$", "€", "USD"), scale words ("million",
// "bn", "Mio."), and the counted noun folded to its singular ("ferries" → "ferry") so two
// articles that count the same thing get the same unit. Tables are built once, at load.
import { L, isLetter, pattern } from './letters';

/** Surface form (lower case, single spaces) → canonical unit. */
const UNITS = new Map<string, string>();
function units(canonical: string, surfaces: string): void {
  for (const s of surfaces.split('|')) UNITS.set(s, canonical);
}
units('%', '%|percent|per cent|pct|pc|prozent|pour cent|por ciento|per cento');
units('pp', 'percentage points|percentage point|percentage-point|percentage-points|prozentpunkte');
units('bp', 'basis points|basis point|bps');
units('m', 'm|metres|meters|metre|meter|mètres|mètre|metros|metro');
units('km', 'km|kilometres|kilometers|kilometre|kilometer|kilomètres|kilómetros|kilometern');
units('cm', 'cm|centimetres|centimeters|centimetre|centimeter');
units('mm', 'mm|millimetres|millimeters|millimetre|millimeter');
units(
  'km2',
  'km2|km²|sq km|square kilometres|square kilometers|square kilometre|square kilometer|quadratkilometer',
);
units('m2', 'm2|m²|sq m|square metres|square meters|square metre|square meter|quadratmeter');
units('mi2', 'sq mi|square miles|square mile');
units('kg', 'kg|kilos|kilo|kilograms|kilogram|kilogrammes|kilogramme|kilogramm|kilogramos');
units('g', 'g|grams|gram|grammes|gramme|gramm|gramos');
units('t', 't|tonnes|tonne|tons|ton|metric tons|tonnen|toneladas');
units('lb', 'lb|lbs');
units('mi', 'mi|miles|mile|meilen|millas');
units('ft', 'ft|feet|foot');
units('in', 'inches|inch');
units('ha', 'ha|hectares|hectare|hektar|hectáreas');
units('acre', 'acres|acre');
units('l', 'l|litres|liters|litre|liter|litros');
units('°c', '°c|° c|ºc|degrees celsius|degrees centigrade|degree celsius|grad celsius|degrés celsius');
units('°f', '°f|° f|degrees fahrenheit|fahrenheit');
units('°', '°|degrees|degree|grad|degrés|grados');
units('km/h', 'km/h|kph|kmh|kilometres per hour|kilometers per hour');
units('mph', 'mph|miles per hour');
units('mw', 'mw|megawatts|megawatt');
units('gw', 'gw|gigawatts|gigawatt');
units('kw', 'kw|kilowatts|kilowatt');
units('mwh', 'mwh');
units('gwh', 'gwh');
units('kwh', 'kwh');
units('twh', 'twh');
// Currencies written after the number. A bare "$" is taken as US dollars.
units('usd', 'dollars|dollar|us dollars|usd|$|dólares|dolares');
units('eur', 'euros|euro|eur|€');
units('gbp', 'pounds sterling|pounds|pound|sterling|gbp|£|pfund|libras');
units('jpy', 'yen|jpy|¥');
units('cny', 'yuan|renminbi|rmb|cny');
units('inr', 'rupees|rupee|inr');
units('chf', 'swiss francs|francs|chf|franken');
units('rub', 'roubles|rubles|rub');

/** Every canonical unit of measure or money: a figure with one of these is not a counted noun. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  ...UNITS.values(),
  'aud',
  'cad',
  'hkd',
  'nzd',
  'sgd',
  'brl',
]);
export const CURRENCIES = new Set([
  'usd',
  'eur',
  'gbp',
  'jpy',
  'cny',
  'inr',
  'chf',
  'rub',
  'aud',
  'cad',
  'hkd',
]);
/** Single letters are units only in lower case ("15 m"), never "5 M" or "Plan B". */
const LOWER_ONLY = new Set(['m', 't', 'g', 'l', 'mi', 'ft', 'pc', 'ha']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
const UNIT_ALTERNATION = [...UNITS.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
/** A unit at the position: an optional space or hyphen, then the unit, then no letter. */
const UNIT_AT = new RegExp(`([^\\S\\n]?-?[^\\S\\n]?)(${UNIT_ALTERNATION})(?![${L}\\d])`, 'iy');

const UNIT_SIGNS = '%°º€$£¥';

export interface UnitMatch {
  readonly unit: string;
  readonly end: number;
  /** Written straight after the digits ("15km"), not after a space. */
  readonly attached: boolean;
}

export function unitAt(text: string, pos: number): UnitMatch | null {
  // The unit's first character, after at most a space and a hyphen, must be a letter or a sign.
  let at = pos;
  while (at < pos + 3 && (text[at] === ' ' || text[at] === '-' || text[at] === '\u00a0')) at++;
  if (!isLetter(text[at]) && !UNIT_SIGNS.includes(text[at] ?? 'x')) return null;
  UNIT_AT.lastIndex = pos;
  const m = UNIT_AT.exec(text);
  if (!m) return null;
  const written = m[2]!;
  const folded = written.toLowerCase().replace(/\s+/g, ' ');
  if (LOWER_ONLY.has(folded) && written !== folded) return null;
  // "5 pounds of beef" weighs; "5 pounds" alone is money.
  let unit = UNITS.get(folded)!;
  if (
    unit === 'gbp' &&
    /^pounds?$/.test(folded) &&
    /^\s+of\b/.test(text.slice(UNIT_AT.lastIndex, UNIT_AT.lastIndex + 4))
  )
    unit = 'lb';
  return { unit, end: UNIT_AT.lastIndex, attached: m[1] === '' };
}

/** Scale words after digits: "1.2 million", "3bn", "2,5 Mio.", "dos mil millones". */
const SCALES: Record<string, number> = {
  thousand: 1e3,
  thousands: 1e3,
  tausend: 1e3,
  k: 1e3,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  million: 1e6,
  millions: 1e6,
  millionen: 1e6,
  mio: 1e6,
  'mio.': 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  millón: 1e6,
  millon: 1e6,
  millones: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  milliarde: 1e9,
  milliarden: 1e9,
  mrd: 1e9,
  'mrd.': 1e9,
  'mil millones': 1e9,
  mil: 1e3,
  trillion: 1e12,
  trillions: 1e12,
  tn: 1e12,
  trn: 1e12,
};
const SCALE_AT = pattern(
  'iy',
)`([^\S\n]?)(mil\s+millones|mil|thousands?|millions?|millionen|mill[oó]n(?:es)?|milliards?|milliarden?|billions?|trillions?|tausend|mio\.?|mrd\.?|mn|mln|bn|bln|tn|trn|lakhs?|crores?|[mbk])(?![${L}])`;

export interface ScaleMatch {
  readonly factor: number;
  readonly end: number;
  readonly letter: string;
}

export function scaleAt(text: string, pos: number): ScaleMatch | null {
  SCALE_AT.lastIndex = pos;
  const m = SCALE_AT.exec(text);
  if (!m) return null;
  const word = m[2]!.toLowerCase().replace(/\s+/g, ' ');
  // One letter ("3bn" is two) counts only written straight after the digits.
  if (word.length === 1 && m[1] !== '') return null;
  return { factor: SCALES[word]!, end: SCALE_AT.lastIndex, letter: word.length === 1 ? word : '' };
}

/** Currency signs and codes written before the number, at the end of `before`. */
const CURRENCY_BEFORE = pattern(
  '',
)`(?<![${L}])(US\$|A\$|AU\$|C\$|CA\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|₹|₽|CHF|USD|EUR|GBP|JPY|CNY|RMB|INR|AUD|CAD|HKD|Rs\.?)[^\S\n]?$`;
const CURRENCY_CODES: Record<string, string> = {
  $: 'usd',
  US$: 'usd',
  USD: 'usd',
  '€': 'eur',
  EUR: 'eur',
  '£': 'gbp',
  GBP: 'gbp',
  '¥': 'jpy',
  JPY: 'jpy',
  CNY: 'cny',
  RMB: 'cny',
  '₹': 'inr',
  INR: 'inr',
  Rs: 'inr',
  'Rs.': 'inr',
  '₽': 'rub',
  CHF: 'chf',
  A$: 'aud',
  AU$: 'aud',
  AUD: 'aud',
  C$: 'cad',
  CA$: 'cad',
  CAD: 'cad',
  HK$: 'hkd',
  HKD: 'hkd',
  NZ$: 'nzd',
  S$: 'sgd',
  R$: 'brl',
};

/** The currency written just before `pos`, and where it starts. */
export function currencyBefore(text: string, pos: number): { unit: string; start: number } | null {
  // A sign, a code's capital or the point of "Rs." must come first (a space between allowed).
  const last = text[pos - 1] === ' ' || text[pos - 1] === '\u00a0' ? text[pos - 2] : text[pos - 1];
  if (last === undefined || !/[$€£¥₹₽A-Z.]/.test(last)) return null;
  const before = text.slice(Math.max(0, pos - 5), pos);
  const m = CURRENCY_BEFORE.exec(before);
  if (!m) return null;
  return { unit: CURRENCY_CODES[m[1]!]!, start: pos - before.length + m.index };
}

/**
 * Words that are never the thing a number counts: function words, auxiliaries, common verbs.
 * "12 were killed" counts nothing named; "12 ferries" counts ferries.
 */
export const NOT_NOUNS = new Set(
  (
    'a an the and or but nor of to in on at by for from with as than that this these those which who whom ' +
    'whose when where while after before since until per into onto over under about around up down out off ' +
    'among between through during against within without across behind beyond toward towards upon via plus ' +
    'minus times ago later earlier it its they them their he she his her we our you your i my me us is are ' +
    'was were be been being has have had do does did will would could should may might can must shall not no ' +
    'so if also only just each every all some any both either such more most less least said says told added ' +
    'again too very there here then what how why yet still even instead according alone apiece altogether ' +
    'und oder der die das den dem des ein eine im am auf mit von zu für bei nach vor aus um ist sind war waren ' +
    'et ou le la les de du en à au aux dans pour par sur avec est sont était ' +
    'y o el los las del al con por para que sobre es son era fue'
  ).split(' '),
);

/** Irregular plurals, and words that look plural but are not. */
const IRREGULAR: Record<string, string> = {
  people: 'people',
  persons: 'people',
  person: 'people',
  children: 'child',
  men: 'man',
  women: 'woman',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  wolves: 'wolf',
  halves: 'half',
  shelves: 'shelf',
  leaves: 'leaf',
  thieves: 'thief',
  loaves: 'loaf',
  police: 'police',
  staff: 'staff',
  series: 'series',
  species: 'species',
  news: 'news',
  movies: 'movie',
  cookies: 'cookie',
  calories: 'calorie',
  zombies: 'zombie',
  heroes: 'hero',
  potatoes: 'potato',
  tomatoes: 'tomato',
  vetoes: 'veto',
  echoes: 'echo',
  bias: 'bias',
  atlas: 'atlas',
  canvas: 'canvas',
  alias: 'alias',
  data: 'data',
  criteria: 'criterion',
  media: 'media',
};
const PLURAL_ONLY = new Set([
  'people',
  'police',
  'children',
  'men',
  'women',
  'staff',
  'cattle',
  'personnel',
  'feet',
]);

/** Folds an English plural to its singular; other words come back lower-cased. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  const hyphen = w.lastIndexOf('-');
  // "year-olds" → "year-old": only the last part of a compound is plural.
  if (hyphen > 0) return w.slice(0, hyphen + 1) + singular(w.slice(hyphen + 1));
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= 3 || !w.endsWith('s')) return w;
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:sses|shes|ches|xes|zzes)$/.test(w)) return w.slice(0, -2);
  // "buses", "viruses" drop "es"; "houses", "causes", "focuses" keep the e.
  if (/[^aeiou]uses$/.test(w) && !/(?:cuses|fuses)$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** A word that reads as an English plural (or a German noun, which has a capital). */
export function looksPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (PLURAL_ONLY.has(w) || IRREGULAR[w] !== undefined) return true;
  return w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w) && !NOT_NOUNS.has(w);
}
