// Reads JSON exports: one article object, or an array of them. The documented shape
// (docs/formats.md) is {title, text|body|content, url, outlet, date, author}; a few common
// aliases are accepted because export tools disagree on names.

export interface JsonArticle {
  readonly title: string | null;
  readonly body: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
  readonly author: string | null;
}

export type JsonItem = { ok: true; article: JsonArticle } | { ok: false; reason: string };

export type JsonRead = { ok: true; items: JsonItem[] } | { ok: false; reason: string };

const BODY_KEYS = ['text', 'body', 'content', 'articleBody'];
const TITLE_KEYS = ['title', 'headline'];
const URL_KEYS = ['url', 'link', 'canonical'];
const OUTLET_KEYS = ['outlet', 'source', 'site', 'siteName', 'publisher'];
const DATE_KEYS = ['date', 'published', 'publishedAt', 'datePublished', 'published_at'];
const AUTHOR_KEYS = ['author', 'byline', 'authors'];

export function readJsonArticles(text: string): JsonRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: `the JSON is malformed (${(err as Error).message})` };
  }
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) return { ok: false, reason: 'the JSON array is empty' };
  return { ok: true, items: list.map(readItem) };
}

function readItem(value: unknown): JsonItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'the JSON item is not an object with a "text" or "body" field' };
  }
  const record = value as Record<string, unknown>;
  const body = pick(record, BODY_KEYS);
  if (!body) return { ok: false, reason: 'the JSON item has no "text" or "body" field' };
  return {
    ok: true,
    article: {
      title: pick(record, TITLE_KEYS),
      body,
      url: pick(record, URL_KEYS),
      outlet: pick(record, OUTLET_KEYS),
      date: pick(record, DATE_KEYS),
      author: pick(record, AUTHOR_KEYS),
    },
  };
}

/** The first key holding text; a list of names (authors) is joined the way bylines are. */
function pick(record: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const v = record[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (Array.isArray(v)) {
      const names = v
        .map((x) =>
          typeof x === 'string'
            ? x
            : typeof x === 'object' && x && 'name' in x && typeof x.name === 'string'
              ? x.name
              : '',
        )
        .filter(Boolean);
      if (names.length)
        return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
    }
    if (typeof v === 'object' && v && 'name' in v && typeof v.name === 'string') return v.name;
  }
  return null;
}
