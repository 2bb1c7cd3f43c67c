// How article and story data is written for people: dates and date ranges, counts, outlets, languages,
// file names and paths. Pure helpers with their formatters built once; components call them.

const longDate = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});
const numbers = new Intl.NumberFormat();

/** `2024-03-12` → `March 12, 2024` in the reader's locale; the ISO form stays the data. */
export function formatLongDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  return longDate.format(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))));
}

/** A publication time's hour and minute ("07:30 UTC"; "07:30" when the file gave no zone). */
export function formatTime(publishedAt: string): string {
  const time = publishedAt.slice(11, 16);
  return publishedAt.endsWith('Z') ? `${time} UTC` : time;
}

export function formatCount(count: number): string {
  return numbers.format(count);
}

export function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

let languageNames: Intl.DisplayNames | null | undefined;

/** `en` → `English (en)`; unknown codes are shown as given. */
export function formatLanguage(code: string): string {
  if (languageNames === undefined) {
    try {
      languageNames = new Intl.DisplayNames(undefined, { type: 'language' });
    } catch {
      languageNames = null;
    }
  }
  try {
    const name = languageNames?.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** The last segment of a path, for either separator (browser uploads use `/`, Windows `\`). */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** How much of a file name's end stays whole when it is elided: its extension and a little more. */
const NAME_TAIL = 10;

/**
 * Splits a file name where an ellipsis may go when space runs out (CSS elides the head, never
 * the tail), so `vessa-talks-0007-lodmark-copy.txt` reads `vessa-talks-00…k-copy.txt`.
 */
export function splitForMiddle(name: string): readonly [string, string] {
  const keep = Math.min(name.length, NAME_TAIL);
  return [name.slice(0, name.length - keep), name.slice(name.length - keep)];
}

const shortDate = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

function isoDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [, y, m, d] = match;
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/** `2025-05-14` → `May 14, 2025`; anything else as given. */
export function formatShortDate(iso: string): string {
  const date = isoDate(iso);
  return date ? shortDate.format(date) : iso;
}

/** `2025-05-14`…`2025-05-16` → `May 14 – 16, 2025`; one date alone, or null when none is known. */
export function formatDateRange(first: string | null, last: string | null): string | null {
  if (!first) return null;
  const a = isoDate(first);
  const b = isoDate(last ?? first);
  if (!a || !b) return first;
  return first === (last ?? first) ? shortDate.format(a) : shortDate.formatRange(a, b);
}

/** Outlets as a story lists them: `Northline Agency · Lodmark Today · unknown outlet`. */
export function formatOutlets(outlets: readonly (string | null)[]): string {
  return outlets.map((o) => o ?? 'unknown outlet').join(' · ');
}
