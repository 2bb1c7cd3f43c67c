// Reads the date forms news pages print ("2025-04-02", "27.10.2023", "Mar 11, 2025",
// "11 March 2025", ISO timestamps in meta data) into ISO `YYYY-MM-DD`. Ambiguous forms
// such as 03/04/2025 are not guessed: an unknown date is null, never a guess shown as fact.

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
];

/** The first unambiguous calendar date in `text`, as `YYYY-MM-DD`, or null. */
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
