// The statement index as it stands in memory, on disk: `index/statements.snapshot`. Reading
// `statements.jsonl` means parsing and filing every sentence of the workspace again (some
// 2.8 s of CPU at 20,000 articles, in the first seconds of every session, while the reviewer
// scrolls); the snapshot is the filed index as flat arrays, read back in a fraction of that.
// Like the JSON lines it is derived data, and a cache of them: it says how much of
// statements.jsonl it reflects (a length and the bytes just before it), the lines appended
// since are filed on top, and a snapshot that does not fit the file as it is now (the file was
// dropped and begun afresh, another version wrote it, it is cut short) is passed over.
import { endianness } from 'node:os';
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { IndexParts } from '../../shared/sources/statement-index';
import { removeCrashedTemps } from './crashed-temps';
import { STATEMENT_INDEX_VERSION } from './statement-index-file';

export const STATEMENT_SNAPSHOT_FILE = join('index', 'statements.snapshot');
/** Bump when IndexParts changes shape. */
const SNAPSHOT_FORMAT = 2;
const MAGIC = 'crosscheck statement snapshot\n';

export interface Snapshot {
  readonly parts: IndexParts;
  /** The view (tag) each filed article was read in. */
  readonly tags: readonly (readonly [string, string])[];
  /** How much of statements.jsonl the index reflects: its lines, and its length in bytes. */
  readonly lines: number;
  readonly end: number;
  /** The bytes of statements.jsonl just before `end` (base64): the file it was made from. */
  readonly tail: string;
}

type Section = {
  readonly name: string;
  readonly kind: 'i32' | 'u8' | 'json';
  readonly bytes: number;
  /** A list's chunks, each a JSON array of its own: their lengths in bytes. */
  readonly chunks?: readonly number[];
};
type Header = Omit<Snapshot, 'parts' | 'tags'> & {
  readonly format: number;
  readonly indexVersion: number;
  readonly sections: readonly Section[];
};

const TYPED: readonly (keyof IndexParts)[] = [
  'at',
  'subjectCounts',
  'valueCounts',
  'first',
  'more',
  'wordIds',
  'postingIds',
  'postingEnds',
  'articleWordings',
  'articleEnds',
  'alive',
];
const LISTS: readonly (keyof IndexParts)[] = [
  'keys',
  'texts',
  'variants',
  'words',
  'articleIdOf',
  'articleIds',
];

/** Items of a list written (and held as JSON text) at a time. */
const CHUNK = 10_000;

/**
 * Writes the snapshot beside the index: to a file of its own first, then renamed over the
 * last one, so a reader meets a whole snapshot or the previous one. Typed arrays are written
 * as they lie in memory (so a machine of the other byte order writes none), lists of strings
 * as JSON a chunk at a time: never the whole index twice in memory.
 */
export async function writeSnapshot(dir: string, snapshot: Snapshot): Promise<void> {
  if (endianness() !== 'LE') return;
  const file = join(dir, STATEMENT_SNAPSHOT_FILE);
  // The workspace's temp-file naming: a writer that crashed midway left its temp file, which goes now.
  await mkdir(dirname(file), { recursive: true });
  await removeCrashedTemps([dirname(file)], basename(file)).catch(() => undefined);
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const sections: Section[] = [];
  const handle = await open(temp, 'w');
  try {
    // The sections first, then the header that lists them and, last, the header's length:
    // a list's size is known once it is written.
    await handle.write(Buffer.from(MAGIC));
    for (const name of TYPED) {
      const array = snapshot.parts[name] as Int32Array | Uint8Array;
      await handle.write(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
      sections.push({ name, kind: array instanceof Uint8Array ? 'u8' : 'i32', bytes: array.byteLength });
    }
    const lists: [string, readonly unknown[]][] = [
      ...LISTS.map((name): [string, readonly unknown[]] => [
        name,
        snapshot.parts[name] as readonly unknown[],
      ]),
      ['tags', snapshot.tags],
      ['live', [snapshot.parts.live]],
    ];
    for (const [name, list] of lists) {
      const chunks: number[] = [];
      for (const chunk of jsonChunks(list)) chunks.push((await handle.write(chunk)).bytesWritten);
      sections.push({ name, kind: 'json', bytes: chunks.reduce((a, b) => a + b, 0), chunks });
    }
    const header: Header = {
      format: SNAPSHOT_FORMAT,
      indexVersion: STATEMENT_INDEX_VERSION,
      lines: snapshot.lines,
      end: snapshot.end,
      tail: snapshot.tail,
      sections,
    };
    const head = Buffer.from(JSON.stringify(header));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(head.byteLength);
    await handle.write(Buffer.concat([head, length]));
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  await rename(temp, file);
}

/** A list as JSON arrays of a chunk of items each: written, and read back, a chunk at a time. */
function* jsonChunks(list: readonly unknown[]): Generator<Uint8Array> {
  for (let i = 0; i < list.length; i += CHUNK) yield Buffer.from(JSON.stringify(list.slice(i, i + CHUNK)));
}

/**
 * The snapshot on disk, or null when there is none or it cannot be used (damaged, another
 * format). Read a section (a list: a chunk) at a time, so little is held as bytes beside it.
 */
export async function readSnapshot(dir: string): Promise<Snapshot | null> {
  if (endianness() !== 'LE') return null;
  let handle;
  try {
    handle = await open(join(dir, STATEMENT_SNAPSHOT_FILE), 'r');
  } catch {
    return null;
  }
  try {
    const size = (await handle.stat()).size;
    const read = async (at: number, bytes: number): Promise<Buffer> => {
      const buffer = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buffer, 0, bytes, at);
      if (bytesRead !== bytes) throw new Error('cut short');
      return buffer;
    };
    if (size < MAGIC.length + 4) return null;
    if ((await read(0, MAGIC.length)).toString('utf8') !== MAGIC) return null;
    const headLength = (await read(size - 4, 4)).readUInt32LE(0);
    const headAt = size - 4 - headLength;
    const header = JSON.parse((await read(headAt, headLength)).toString('utf8')) as Header;
    if (header.format !== SNAPSHOT_FORMAT || header.indexVersion !== STATEMENT_INDEX_VERSION) return null;
    let at = MAGIC.length;
    if (header.sections.reduce((sum, s) => sum + s.bytes, at) !== headAt) return null;
    const values = new Map<string, unknown>();
    for (const { name, kind, bytes, chunks } of header.sections) {
      if (kind === 'json') {
        // A chunk at a time: the bytes of a whole list of texts would be tens of megabytes.
        const list: unknown[] = [];
        let from = at;
        for (const length of chunks ?? []) {
          for (const item of JSON.parse((await read(from, length)).toString('utf8')) as unknown[])
            list.push(item);
          from += length;
        }
        if (from !== at + bytes) return null;
        values.set(name, list);
      } else {
        // A buffer of its own per section: an Int32Array needs its bytes at a multiple of four.
        const chunk = await read(at, bytes);
        if (kind === 'u8') values.set(name, new Uint8Array(chunk.buffer, chunk.byteOffset, bytes));
        else values.set(name, new Int32Array(chunk.buffer, chunk.byteOffset, bytes / 4));
      }
      at += bytes;
    }
    const parts = Object.fromEntries([...TYPED, ...LISTS].map((name) => [name, values.get(name)]));
    const live = (values.get('live') as number[] | undefined)?.[0];
    const tags = values.get('tags') as [string, string][] | undefined;
    if (Object.values(parts).some((v) => v === undefined) || live === undefined || !tags) return null;
    return {
      parts: { ...parts, live } as unknown as IndexParts,
      tags,
      lines: header.lines,
      end: header.end,
      tail: header.tail,
    };
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

export async function dropSnapshot(dir: string): Promise<void> {
  await rm(join(dir, STATEMENT_SNAPSHOT_FILE), { force: true });
}
