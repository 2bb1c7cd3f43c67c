// The story index on disk: `index/stories.json`, what StoriesService worked out last time —
// the version index (each article's shingles and LSH band keys, story roots, page keys,
// outlets, dates), each story's term vector for related stories, the page addresses and
// publication times read from the articles, and the stories as last listed with the key they
// were listed for. A process that opens a workspace of 20,000 articles lists its stories from
// this file instead of reading and shingling every article again.
//
// Derived data: the article files stay the truth. A missing, unreadable or older-version file
// is simply rebuilt; it is replaced whole (temp + rename), so a crash leaves the old one or the
// new one. Typed arrays are stored as base64 of their bytes, with a byte-order mark checked on
// read (a workspace copied to a machine of the other byte order is rebuilt, never misread).
import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Story } from '../../shared/model';
import type { VersionIndexSnapshot } from '../../shared/stories';
import { writeFileDurable } from './durable-write';

export const STORY_INDEX_FILE = join('index', 'stories.json');
/** Bump when what grouping reads changes (shingling, band keys, sampling): older files are rebuilt. */
export const STORY_INDEX_VERSION = 1;
const BYTE_ORDER = new Uint8Array(new Uint32Array([0x01020304]).buffer)[0];

export interface ArticleMeta {
  /** The page address as written, and its key (pageKey). */
  readonly page?: { readonly url: string; readonly key: string };
  readonly publishedAt?: string;
}

export interface StoryIndexData {
  /** The outlet boilerplate version the texts were read with (StoriesService resets on change). */
  readonly boilerplate: number;
  readonly index: VersionIndexSnapshot;
  readonly articles: ReadonlyMap<string, ArticleMeta>;
  /** Per story, keyed by its sorted article ids: its strongest terms and their weights. */
  readonly vectors: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** The stories as last listed, and the key (articles, boilerplate, overrides) they were for. */
  readonly stories: { readonly key: string; readonly stories: readonly Story[] } | null;
}

interface FileShape {
  v: number;
  byteOrder: number;
  boilerplate: number;
  ids: string[];
  parent: number[];
  pages: (string | null)[];
  outlets: (string | null)[];
  dates: (string | null)[];
  lengths: number[];
  shingles: string;
  bandKeys: string;
  bands: number;
  articles: [string, ArticleMeta][];
  vectors: [string, [string, number][]][];
  stories: { key: string; stories: Story[] } | null;
}

export class StoryIndexFile {
  constructor(private readonly dir: string) {}

  private get file(): string {
    return join(this.dir, STORY_INDEX_FILE);
  }

  /** The index as last written, or null when there is none worth reading (then rebuild). */
  async read(): Promise<StoryIndexData | null> {
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch {
      return null;
    }
    try {
      return decode(JSON.parse(raw) as FileShape);
    } catch {
      return null; // damaged or of another shape: derived data, rebuilt from the articles
    }
  }

  async write(data: StoryIndexData): Promise<void> {
    await mkdir(join(this.dir, 'index'), { recursive: true });
    await writeFileDurable(this.file, JSON.stringify(encode(data)));
  }
}

function encode(data: StoryIndexData): FileShape {
  const { index } = data;
  return {
    v: STORY_INDEX_VERSION,
    byteOrder: BYTE_ORDER!,
    boilerplate: data.boilerplate,
    ids: [...index.ids],
    parent: [...index.parent],
    pages: [...index.pages],
    outlets: [...index.outlets],
    dates: [...index.dates],
    lengths: index.shingles.map((s) => s.length),
    shingles: base64(index.shingles),
    bands: index.bandKeys[0]?.length ?? 0,
    bandKeys: base64(index.bandKeys),
    articles: [...data.articles],
    vectors: [...data.vectors].map(([key, vector]) => [key, [...vector]]),
    stories: data.stories ? { key: data.stories.key, stories: [...data.stories.stories] } : null,
  };
}

function decode(f: FileShape): StoryIndexData | null {
  if (f.v !== STORY_INDEX_VERSION || f.byteOrder !== BYTE_ORDER) return null;
  const n = f.ids.length;
  const same = [f.parent, f.pages, f.outlets, f.dates, f.lengths].every(
    (a) => Array.isArray(a) && a.length === n,
  );
  if (!same || f.parent.some((p, i) => !(Number.isInteger(p) && p >= 0 && p <= i))) return null;
  const shingles = split(f.shingles, f.lengths);
  const bandKeys = split(
    f.bandKeys,
    f.ids.map(() => f.bands),
  );
  if (!shingles || !bandKeys) return null;
  return {
    boilerplate: f.boilerplate,
    index: {
      ids: f.ids,
      parent: f.parent,
      shingles,
      bandKeys,
      pages: f.pages,
      outlets: f.outlets,
      dates: f.dates,
    },
    articles: new Map(f.articles),
    vectors: new Map(f.vectors.map(([key, terms]) => [key, new Map(terms)])),
    stories: f.stories,
  };
}

function base64(arrays: readonly Uint32Array[]): string {
  const total = arrays.reduce((n, a) => n + a.length, 0);
  const all = new Uint32Array(total);
  let at = 0;
  for (const a of arrays) {
    all.set(a, at);
    at += a.length;
  }
  return Buffer.from(all.buffer, all.byteOffset, all.byteLength).toString('base64');
}

/** The arrays of the given lengths back from base64; null when the bytes do not add up. */
function split(text: string, lengths: readonly number[]): Uint32Array[] | null {
  const bytes = Buffer.from(text, 'base64');
  const total = lengths.reduce((n, l) => n + l, 0);
  if (bytes.length !== total * 4) return null;
  // A copy into an aligned buffer: Buffer's pool may start it at an offset not divisible by 4.
  const all = new Uint32Array(total);
  new Uint8Array(all.buffer).set(bytes);
  const out: Uint32Array[] = [];
  let at = 0;
  for (const length of lengths) {
    out.push(all.subarray(at, at + length));
    at += length;
  }
  return out;
}
