// The story index on disk, in two files, so that a process which only lists stories reads a
// few megabytes, not the whole index:
// - `index/stories.json`, the listing: the articles it was built from, their page addresses and
//   publication times, and the stories as last listed with the key they were listed for;
// - `index/story-signatures.json`, what grouping needs to add articles: the version index
//   (each article's shingles and LSH band keys, story roots, page keys, outlets, dates) and
//   each story's term vector for related stories. Read only when an article must be added.
// A process that opens a workspace of 20,000 articles lists its stories from the first file
// instead of reading and shingling every article again.
//
// Derived data: the article files stay the truth. A missing, unreadable or older-version file
// is simply rebuilt; each is replaced whole (temp + rename), so a crash leaves the old one or
// the new one. Both carry one generation: signatures written for another listing (a crash
// between the two writes) are not used. Typed arrays are stored as base64 of their bytes, with
// a byte-order mark checked on read (a workspace copied to a machine of the other byte order
// is rebuilt, never misread).
import { randomBytes } from 'node:crypto';
import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Story } from '../../shared/model';
import type { VersionIndexSnapshot } from '../../shared/stories';
import { writeFileDurable } from './durable-write';

export const STORY_INDEX_FILE = join('index', 'stories.json');
export const STORY_SIGNATURES_FILE = join('index', 'story-signatures.json');
/** Bump when what grouping reads changes (shingling, band keys, sampling): older files are rebuilt. */
export const STORY_INDEX_VERSION = 2;
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

/** What listing the stories needs: read at every start. */
export interface StoryListing {
  readonly boilerplate: number;
  /** The articles the index was built from, in the order it took them. */
  readonly ids: readonly string[];
  readonly articles: ReadonlyMap<string, ArticleMeta>;
  readonly stories: StoryIndexData['stories'];
  /** Names the signatures written with this listing. */
  readonly generation: string;
}

/** What adding articles needs: read only then. */
export interface StorySignatures {
  readonly index: VersionIndexSnapshot;
  readonly vectors: StoryIndexData['vectors'];
}

interface ListingShape {
  v: number;
  generation: string;
  boilerplate: number;
  ids: string[];
  articles: [string, ArticleMeta][];
  stories: { key: string; stories: Story[] } | null;
}

interface SignaturesShape {
  v: number;
  byteOrder: number;
  generation: string;
  ids: string[];
  parent: number[];
  pages: (string | null)[];
  outlets: (string | null)[];
  dates: (string | null)[];
  lengths: number[];
  shingles: string;
  bandKeys: string;
  bands: number;
  vectors: [string, [string, number][]][];
}

export class StoryIndexFile {
  constructor(private readonly dir: string) {}

  /** The listing as last written, or null when there is none worth reading (then rebuild). */
  async read(): Promise<StoryListing | null> {
    const f = await readJson<ListingShape>(join(this.dir, STORY_INDEX_FILE));
    if (!f || f.v !== STORY_INDEX_VERSION || typeof f.generation !== 'string' || !Array.isArray(f.ids))
      return null;
    return {
      boilerplate: f.boilerplate,
      ids: f.ids,
      articles: new Map(f.articles),
      stories: f.stories,
      generation: f.generation,
    };
  }

  /** The signatures written with this listing, or null (missing, damaged, of another listing). */
  async readSignatures(listing: StoryListing): Promise<StorySignatures | null> {
    const f = await readJson<SignaturesShape>(join(this.dir, STORY_SIGNATURES_FILE));
    if (
      !f ||
      f.v !== STORY_INDEX_VERSION ||
      f.byteOrder !== BYTE_ORDER ||
      f.generation !== listing.generation
    )
      return null;
    const n = f.ids.length;
    const same = [f.parent, f.pages, f.outlets, f.dates, f.lengths].every(
      (a) => Array.isArray(a) && a.length === n,
    );
    if (!same || n !== listing.ids.length || f.ids.some((id, i) => id !== listing.ids[i])) return null;
    if (f.parent.some((p, i) => !(Number.isInteger(p) && p >= 0 && p <= i))) return null;
    const shingles = split(f.shingles, f.lengths);
    const bandKeys = split(
      f.bandKeys,
      f.ids.map(() => f.bands),
    );
    if (!shingles || !bandKeys) return null;
    return {
      index: {
        ids: f.ids,
        parent: f.parent,
        shingles,
        bandKeys,
        pages: f.pages,
        outlets: f.outlets,
        dates: f.dates,
      },
      vectors: new Map(f.vectors.map(([key, terms]) => [key, new Map(terms)])),
    };
  }

  /** Writes both files (signatures first); answers the listing as a later read would. */
  async write(data: StoryIndexData): Promise<StoryListing> {
    await mkdir(join(this.dir, 'index'), { recursive: true });
    const generation = randomBytes(8).toString('hex');
    const { index } = data;
    const signatures: SignaturesShape = {
      v: STORY_INDEX_VERSION,
      byteOrder: BYTE_ORDER!,
      generation,
      ids: [...index.ids],
      parent: [...index.parent],
      pages: [...index.pages],
      outlets: [...index.outlets],
      dates: [...index.dates],
      lengths: index.shingles.map((s) => s.length),
      shingles: base64(index.shingles),
      bands: index.bandKeys[0]?.length ?? 0,
      bandKeys: base64(index.bandKeys),
      vectors: [...data.vectors].map(([key, vector]) => [key, [...vector]]),
    };
    await writeFileDurable(join(this.dir, STORY_SIGNATURES_FILE), JSON.stringify(signatures));
    const listing: ListingShape = {
      v: STORY_INDEX_VERSION,
      generation,
      boilerplate: data.boilerplate,
      ids: [...index.ids],
      articles: [...data.articles],
      stories: data.stories ? { key: data.stories.key, stories: [...data.stories.stories] } : null,
    };
    await writeFileDurable(join(this.dir, STORY_INDEX_FILE), JSON.stringify(listing));
    return { ...listing, articles: new Map(listing.articles) };
  }
}

/** A file's JSON, or null when it is missing or unreadable (derived data: rebuilt). */
async function readJson<T>(file: string): Promise<T | null> {
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as unknown;
    return typeof value === 'object' && value !== null ? (value as T) : null;
  } catch {
    return null;
  }
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
  if (typeof text !== 'string') return null;
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
