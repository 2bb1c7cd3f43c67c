// Reads the date forms news pages print ("2025-04-02", "27.10.2023", "Mar 11, 2025",
// "11 March 2025", "2025年2月14日", ISO timestamps in meta data) into ISO `YYYY-MM-DD`. Ambiguous forms
// such as 03/04/2025 are not guessed: an unknown date is null, never a guess shown as fact.

/** French, German, Spanish, Italian, Portuguese, Dutch and Polish month names (Polish in the genitive a date uses). */
const FOREIGN_MONTHS: Record<string, number> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
  januar: 1,
  februar: 2,
  märz: 3,
  maerz: 3,
  juni: 6,
  juli: 7,
  oktober: 10,
  dezember: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  gennaio: 1,
  febbraio: 2,
  aprile: 4,
  maggio: 5,
  giugno: 6,
  luglio: 7,
  settembre: 9,
  ottobre: 10,
  dicembre: 12,
  janeiro: 1,
  fevereiro: 2,
  março: 3,
  maio: 5,
  junho: 6,
  julho: 7,
  setembro: 9,
  outubro: 10,
  novembro: 11,
  dezembro: 12,
  januari: 1,
  februari: 2,
  maart: 3,
  mrt: 3,
  mei: 5,
  augustus: 8,
  stycznia: 1,
  lutego: 2,
  marca: 3,
  kwietnia: 4,
  maja: 5,
  czerwca: 6,
  lipca: 7,
  sierpnia: 8,
  września: 9,
  października: 10,
  listopada: 11,
  grudnia: 12,
};
const FOREIGN_NAME = `(${Object.keys(FOREIGN_MONTHS).join('|')})`;

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const PATTERNS: ReadonlyArray<{ re: RegExp; pick: (m: RegExpExecArray) => [string, string, string] }> = [
  { re: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/, pick: (m) => [m[1]!, m[2]!, m[3]!] },
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, pick: (m) => [m[3]!, m[2]!, m[1]!] },
  {
    re: new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    pick: (m) => [m[3]!, m[1]!, m[2]!],
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`, 'i'),
    pick: (m) => [m[3]!, m[2]!, m[1]!],
  },
  // "3 juin 2025", "3. Juni 2025", "3 de junio de 2025"
  {
    re: new RegExp(
      `(?<![\\p{L}\\d])(\\d{1,2})(?:er)?\\.?\\s+(?:de\\s+)?${FOREIGN_NAME}\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`,
      'iu',
    ),
    pick: (m) => [m[3]!, String(FOREIGN_MONTHS[m[2]!.toLowerCase()] ?? 0), m[1]!],
  },
  // "2025年2月14日" (Japanese, Chinese), "2025년 2월 14일" (Korean)
  {
    re: /(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/,
    pick: (m) => [m[1]!, m[2]!, m[3]!],
  },
];

const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * A metadata timestamp ("2025-11-20T07:30:00+01:00") as the minute it names: in UTC when it
 * gives a zone ("2025-11-20T06:30Z"), else as written ("2025-11-20T07:30"). Null when the value
 * is a date alone or not ISO 8601: a time is kept only where the file states one.
 */
export function publishedTime(value: string): string | null {
  const m = TIMESTAMP.exec(value.trim());
  if (!m) return null;
  const [, day, hours, minutes, seconds, zone] = m;
  if (Number(hours) > 23 || Number(minutes) > 59) return null;
  if (!zone) return `${day}T${hours}:${minutes}`;
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(
    `${day}T${hours}:${minutes}:${seconds ?? '00'}${offset.length === 3 ? `${offset}:00` : offset}`,
  );
  return Number.isNaN(ms) ? null : `${new Date(ms).toISOString().slice(0, 16)}Z`;
}

/** The first unambiguous calendar date in `text`, as `YYYY-MM-DD`, or null. */
/** A month's name or its short form in one of the languages above ("sierpnia", "mrt", "Sept"). */
export function isMonthName(word: string): boolean {
  const key = word.toLowerCase();
  return key in FOREIGN_MONTHS || key in MONTHS || ENGLISH_MONTH.test(key);
}
const ENGLISH_MONTH = new RegExp(`^${MONTH_NAME}$`, 'i');

export function findDate(text: string): string | null {
  let best: { index: number; iso: string } | null = null;
  for (const { re, pick } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const iso = toIso(...pick(m));
    if (iso && (!best || m.index < best.index)) best = { index: m.index, iso };
  }
  return best?.iso ?? null;
}

function toIso(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const mo = /^\d+$/.test(month)
    ? Number(month)
    : (MONTHS[month.toLowerCase().replace('.', '').slice(0, 4)] ?? MONTHS[month.toLowerCase().slice(0, 3)]);
  const d = Number(day);
  if (!mo || y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCMonth() !== mo - 1) return null; // 31 April and the like
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
