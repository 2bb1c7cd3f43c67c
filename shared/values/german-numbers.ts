// German writes numbers below a million as one word: "einundzwanzig", "dreihundertzwölf",
// "zweitausenddreihundert". This reads such a word into its value by its grammar (thousands,
// then hundreds, then unit-und-tens), so no list of every compound is needed.

const BASE: Record<string, number> = {
  ein: 1,
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  fuenf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  zwoelf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  fuenfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  fuenfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};

const UNIT = 'ein|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun';
const TEEN = 'zehn|elf|zwölf|zwoelf|dreizehn|vierzehn|fünfzehn|fuenfzehn|sechzehn|siebzehn|achtzehn|neunzehn';
const TENS = 'zwanzig|dreißig|dreissig|vierzig|fünfzig|fuenfzig|sechzig|siebzig|achtzig|neunzig';
const BELOW_100 = `(?:(?:${UNIT})und(?:${TENS})|${TENS}|${TEEN}|eins|${UNIT})`;
const BELOW_1000 = `(?:(?:${UNIT})?hundert${BELOW_100}?|${BELOW_100})`;
/** The whole word must follow the grammar: "einundzwanzig" yes, "einundzwanzigste" no. */
const WHOLE = new RegExp(`^(?:${BELOW_1000}?tausend${BELOW_1000}?|${BELOW_1000})$`);

/** The value of a German number word (lower case), or undefined when it is none. */
export function germanNumber(word: string): number | undefined {
  if (!WHOLE.test(word)) return undefined;
  const thousand = word.indexOf('tausend');
  if (thousand < 0) return below1000(word);
  return (thousand ? below1000(word.slice(0, thousand)) : 1) * 1000 + below1000(word.slice(thousand + 7));
}

function below1000(word: string): number {
  const hundred = word.indexOf('hundert');
  if (hundred < 0) return below100(word);
  return (hundred ? below100(word.slice(0, hundred)) : 1) * 100 + below100(word.slice(hundred + 7));
}

function below100(word: string): number {
  if (!word) return 0;
  // "hundert" was cut off above, so an "und" here always joins a unit to its tens.
  const und = word.indexOf('und');
  if (und > 0) return below100(word.slice(0, und)) + below100(word.slice(und + 3));
  return BASE[word] ?? 0;
}
