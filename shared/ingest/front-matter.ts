// Front matter at the very top of a note: the YAML block (`---` … `---` or `...`) that clippers
// (Obsidian Web Clipper, MarkDownload) and Jekyll write, or Hugo's TOML block (`+++` … `+++`).
// Its keys describe the article (title, source address, dates, authors); they are metadata and
// never article text. The block is removed even when it cannot be read, and what went wrong is
// said on the article. Never evaluates anything: YAML is read with the JSON schema only.
import { JSON_SCHEMA, load } from 'js-yaml';
import type { RemovedLine } from '../model';
import type { SourceLine } from './lines';

/** The article fields the keys give; any of them may be missing. */
export interface FrontMatterMeta {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
  /** The day the note was made (`created`): a clipping date, used only when nothing else dates the article. */
  readonly createdDate: string | null;
  readonly author: string | null;
  readonly url: string | null;
  readonly language: string | null;
}

export interface FrontMatter {
  /** The lines after the block (all of them when there is none), numbered as in the file. */
  readonly lines: readonly SourceLine[];
  readonly removed: RemovedLine[];
  readonly meta: FrontMatterMeta | null;
  readonly warning: string | null;
}

const YAML_CLOSE = ['---', '...'];
const TOML_CLOSE = ['+++'];
/**
 * The first key of a block: a `---` rule above a paragraph and another below it are not front
 * matter. In YAML every line at the left margin must then be a key or a list item; TOML is
 * judged by its first key only, as a long array may run over several lines.
 */
const YAML_KEY = /^["']?[\p{L}_][\p{L}\p{N}_.-]*["']?[ \t]*:(?:\s|$)/u;
const TOML_KEY = /^(?:["']?[\p{L}_][\p{L}\p{N}_.-]*["']?\s*=|\[)/u;
const YAML_LIST_ITEM = /^-(?:\s|$)/;

export function splitFrontMatter(lines: readonly SourceLine[]): FrontMatter {
  const none: FrontMatter = { lines, removed: [], meta: null, warning: null };
  const fence = lines[0]?.text;
  // Compared, not looked up: a first line "constructor" must not find Object's prototype.
  const closers = fence === '---' ? YAML_CLOSE : fence === '+++' ? TOML_CLOSE : null;
  if (!closers) return none;
  const end = lines.findIndex((l, i) => i > 0 && closers.includes(l.text));
  if (end < 0) return none;
  const inside = lines.slice(1, end);
  const top = inside.filter((l) => l.text !== '' && !l.text.startsWith('#') && !/^\s/.test(l.raw));
  const key = fence === '+++' ? TOML_KEY : YAML_KEY;
  if (!top[0] || !key.test(top[0].text)) return none;
  if (fence === '---' && !top.every((l) => key.test(l.text) || YAML_LIST_ITEM.test(l.text))) return none;

  const removed = lines
    .slice(0, end + 1)
    .filter((l) => l.text !== '')
    .map((l) => ({ line: l.no, text: l.raw.trim(), reason: 'front matter' }));
  const source = inside.map((l) => l.raw).join('\n');
  let fields: Map<string, unknown> | null;
  let warning: string | null = null;
  try {
    fields = fence === '+++' ? readToml(source) : asFields(load(source, { schema: JSON_SCHEMA }));
  } catch (err) {
    fields = null;
    warning = `its front matter could not be read: ${yamlProblem(err, lines[1]?.no ?? 2)}`;
  }
  return { lines: lines.slice(end + 1), removed, meta: fields && describe(fields), warning };
}

/** js-yaml's reason and where, in the file's own line numbers; never its multi-line snippet. */
function yamlProblem(err: unknown, firstLine: number): string {
  const e = err as { reason?: unknown; mark?: { line?: unknown }; message?: unknown };
  const reason = typeof e.reason === 'string' ? e.reason : String(e.message ?? err).split('\n')[0]!;
  return typeof e.mark?.line === 'number' ? `${reason} (line ${firstLine + e.mark.line})` : reason;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** Keys lower-cased: clippers write `Title`, `URL`, `Author` as often as not. */
function asFields(value: unknown): Map<string, unknown> | null {
  const record = asRecord(value);
  return record && new Map(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));
}

/**
 * Hugo's TOML, the part clippers and posts use: `key = "text"`, `key = 'text'`, `key = [ "a", "b" ]`
 * and bare values (dates, numbers). Keys inside `[tables]` describe something else and are skipped.
 */
function readToml(source: string): Map<string, unknown> {
  // A Map: a key named `__proto__` is only a key.
  const fields = new Map<string, unknown>();
  let inTable = false;
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('[')) inTable = true;
    const m = inTable ? null : /^["']?([\w.-]+)["']?\s*=\s*(.+)$/.exec(line);
    if (!m) continue;
    const value = m[2]!.replace(/\s+#[^"']*$/, '').trim();
    fields.set(
      m[1]!.toLowerCase(),
      value.startsWith('[')
        ? [...value.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((q) => unquote(q[1] ?? q[2]!))
        : /^"(.*)"$|^'(.*)'$/.test(value)
          ? unquote(value.slice(1, -1))
          : value,
    );
  }
  return fields;
}

function unquote(text: string): string {
  return text.replace(/\\(["\\])/g, '$1');
}

const TITLE_KEYS = ['title', 'headline'];
const URL_KEYS = ['canonical_url', 'canonical', 'original_url', 'url', 'source_url', 'link', 'permalink'];
const OUTLET_KEYS = ['site_name', 'sitename', 'site', 'publisher', 'outlet', 'publication'];
const DATE_KEYS = ['published', 'date', 'published_at', 'date_published', 'pubdate'];
const AUTHOR_KEYS = ['author', 'authors', 'byline', 'creator'];
const LANGUAGE_KEYS = ['lang', 'language', 'locale'];
/** A string that starts like an address (any scheme: ingest keeps only http(s) ones, and warns). */
const ADDRESS_LIKE = /^[a-z][a-z0-9+.-]*:\S/i;

function describe(fields: ReadonlyMap<string, unknown>): FrontMatterMeta {
  const first = (keys: readonly string[], read: (v: unknown) => string | null = text) => {
    for (const key of keys) {
      const value = read(fields.get(key));
      if (value !== null) return value;
    }
    return null;
  };
  // `source` is the address in Obsidian's clipper and an outlet's name elsewhere.
  const source = text(fields.get('source'));
  const sourceIsAddress = source !== null && ADDRESS_LIKE.test(source);
  const language = first(LANGUAGE_KEYS);
  return {
    title: first(TITLE_KEYS),
    outlet: first(OUTLET_KEYS) ?? (sourceIsAddress ? null : source),
    date: first(DATE_KEYS),
    createdDate: first(['created', 'clipped', 'saved']),
    author: first(AUTHOR_KEYS, names),
    url: first(URL_KEYS) ?? (sourceIsAddress ? source : null),
    language: language && /^[a-z]{2}(?:$|[-_])/i.test(language) ? language.slice(0, 2).toLowerCase() : null,
  };
}

/** Text or a number; lists and mappings say nothing these fields can hold. */
function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** One name or a list of them (Obsidian writes `[[Jane Roe]]` links), joined with ", ". */
function names(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const found = list
    .map((v) => text(asRecord(v)?.name ?? v))
    .filter((v): v is string => v !== null)
    .map((v) => v.replace(/^\[\[(?:[^\]|]*\|)?([^\]]*)\]\]$/, '$1').trim())
    .filter(Boolean);
  return found.length > 0 ? found.join(', ') : null;
}
