// What a number measures: units and currencies written after it ("15 km", "5 per cent",
// "2 billion euros"), currencies written before it ("$", "€", "USD") and scale words
// ("million", "bn", "Mio."), each folded to one canonical unit so "118 metres", "118-meter"
// and "118 m" compare equal. Counted nouns are nouns.ts. Tables are built once, at load.
import { alternation } from './alternation';
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
units('m3', 'm3|m³|cubic metres|cubic meters|cubic metre|cubic meter|kubikmeter|mètres cubes|metros cúbicos');
units('m3/s', 'm3/s|m³/s|cubic metres per second|cubic meters per second|kubikmeter pro sekunde');
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
units('°c', 'c|°c|° c|ºc|degrees celsius|degrees centigrade|degree celsius|grad celsius|degrés celsius');
units('°f', 'f|°f|° f|degrees fahrenheit|fahrenheit');
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

const CURRENCY_CODES = [
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
  'nzd',
  'sgd',
  'brl',
];
export const CURRENCIES: ReadonlySet<string> = new Set(CURRENCY_CODES);
/** Every canonical unit of measure or money: a figure with one of these is not a counted noun. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([...UNITS.values(), ...CURRENCY_CODES]);
/** Single letters are units only in lower case ("15 m"), never "5 M" or "Plan B". */
const LOWER_ONLY = new Set(['m', 't', 'g', 'l', 'mi', 'ft', 'pc', 'ha']);

const UNIT_ALTERNATION = alternation(UNITS.keys());
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
  // "40C" is Celsius only written so, capital and straight after the digits: not "5 c" or "3f".
  if ((folded === 'c' || folded === 'f') && (written === folded || m[1] !== '')) return null;
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
const SCALES = new Map<string, number>();
function scales(factor: number, words: string): void {
  for (const w of words.split(' ')) SCALES.set(w, factor);
}
scales(1e3, 'thousand thousands tausend k mil');
scales(1e5, 'lakh lakhs');
scales(1e6, 'million millions millionen mio mio. mn mln m millón millon millones');
scales(1e7, 'crore crores');
scales(1e9, 'billion billions bn bln b milliard milliards milliarde milliarden mrd mrd.');
SCALES.set('mil millones', 1e9);
scales(1e12, 'trillion trillions tn trn');
const SCALE_AT = pattern(
  'iy',
)`([^\S\n]?-?)(mil\s+millones|mil|thousands?|millions?|millionen|mill[oó]n(?:es)?|milliards?|milliarden?|billions?|trillions?|tausend|mio\.?|mrd\.?|mn|mln|bn|bln|tn|trn|lakhs?|crores?|[mbk])(?![${L}])`;

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
  // "20-million-daler", "a $5-billion deal": a hyphen before a scale word, not before "mil".
  if (m[1]!.includes('-') && (word === 'mil' || m[1] !== '-')) return null;
  return { factor: SCALES.get(word)!, end: SCALE_AT.lastIndex, letter: word.length === 1 ? word : '' };
}

/** Currency signs and codes written before the number, at the end of `before`. */
const CURRENCY_BEFORE = pattern(
  '',
)`(?<![${L}])(US\$|A\$|AU\$|C\$|CA\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|₹|₽|CHF|USD|EUR|GBP|JPY|CNY|RMB|INR|AUD|CAD|HKD|Rs\.?)[^\S\n]?$`;
/** Sign or code before the number → canonical currency. A bare "$" is taken as US dollars. */
const CURRENCY_SIGNS = new Map<string, string>();
function signs(currency: string, list: string): void {
  for (const sign of list.split(' ')) CURRENCY_SIGNS.set(sign, currency);
}
signs('usd', '$ US$ USD');
signs('eur', '€ EUR');
signs('gbp', '£ GBP');
signs('jpy', '¥ JPY');
signs('cny', 'CNY RMB');
signs('inr', '₹ INR Rs Rs.');
signs('rub', '₽');
signs('chf', 'CHF');
signs('aud', 'A$ AU$ AUD');
signs('cad', 'C$ CA$ CAD');
signs('hkd', 'HK$ HKD');
signs('nzd', 'NZ$');
signs('sgd', 'S$');
signs('brl', 'R$');

/** The currency written just before `pos`, and where it starts. */
export function currencyBefore(text: string, pos: number): { unit: string; start: number } | null {
  // A sign, a code's capital or the point of "Rs." must come first (a space between allowed).
  const last = text[pos - 1] === ' ' || text[pos - 1] === '\u00a0' ? text[pos - 2] : text[pos - 1];
  if (last === undefined || !/[$€£¥₹₽A-Z.]/.test(last)) return null;
  const before = text.slice(Math.max(0, pos - 5), pos);
  const m = CURRENCY_BEFORE.exec(before);
  if (!m) return null;
  return { unit: CURRENCY_SIGNS.get(m[1]!)!, start: pos - before.length + m.index };
}
