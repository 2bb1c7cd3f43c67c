// The statement index on disk: `index/statements.jsonl`, one line per indexed article (its
// sentences' keys, offsets, wording and terms, and the view it was read in). It is derived
// data — the article files stay the truth — so it is only ever appended to, a line cut short
// by a crash is skipped (that article is indexed again), and when most lines are outdated the
// file is dropped and written afresh. Two processes may append at once: each line is one
// write to a file opened for appending, and a later line for an article wins.
import { createReadStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { IndexedSentence } from '../../shared/sources';

export const STATEMENT_INDEX_FILE = join('index', 'statements.jsonl');
/** Bump when the terms or keys change meaning: older files are then rebuilt from the articles. */
export const STATEMENT_INDEX_VERSION = 1;

export interface IndexedArticle {
  readonly articleId: string;
  /** The view of the article the sentences were read from (boilerplate and restored lines). */
  readonly tag: string;
  readonly sentences: readonly IndexedSentence[];
}

type Line = {
  v: number;
  a: string;
  t: string;
  s: [key: string, start: number, end: number, text: string, subject: string, values: string][];
};

/** Bytes before a length of the file that identify the file it was taken from (a snapshot's). */
const TAIL_BYTES = 64;

export class StatementIndexFile {
  /** Lines read or written by this process, and the file's length they reach (see `end`). */
  private lines = 0;
  /**
   * The length of the file the index in memory reflects: all of it up to here was read, or
   * appended by this process with nobody else's lines in between. Lines beyond were written
   * by another process since (or cut short) and are read by the next process that loads.
   */
  private reached = 0;
  /** The lines up to `end`. */
  private reachedLines = 0;
  constructor(private readonly dir: string) {}

  /** The lines up to `end` (a snapshot's count: what the index reflects). */
  get linesAtEnd(): number {
    return this.reachedLines;
  }

  get end(): number {
    return this.reached;
  }

  private get file(): string {
    return join(this.dir, STATEMENT_INDEX_FILE);
  }

  /**
   * Each readable line, oldest first, handed to `take` as it is read (a later line for an
   * article supersedes an earlier one); a missing file is an empty index. Read line by line
   * and never gathered: at 20,000 articles the file is some hundred megabytes.
   */
  async read(
    take: (article: IndexedArticle) => void,
    /** Where to start: a snapshot's lines and length (the lines before are in it already). */
    from: { readonly lines: number; readonly end: number } = { lines: 0, end: 0 },
  ) {
    [this.lines, this.reached, this.reachedLines] = [from.lines, from.end, from.lines];
    const stream = createReadStream(this.file, { encoding: 'utf8', start: from.end });
    try {
      for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
        if (!text) continue;
        this.lines++;
        const article = parseLine(text);
        if (article) take(article);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    [this.reached, this.reachedLines] = [from.end + stream.bytesRead, this.lines];
  }

  /** The bytes just before `end` (base64), or null when the file is shorter or missing. */
  async tailAt(end: number): Promise<string | null> {
    try {
      const handle = await open(this.file, 'r');
      try {
        if ((await handle.stat()).size < end) return null;
        const start = Math.max(0, end - TAIL_BYTES);
        const bytes = Buffer.alloc(end - start);
        await handle.read(bytes, 0, bytes.length, start);
        return bytes.toString('base64');
      } finally {
        await handle.close();
      }
    } catch {
      return null;
    }
  }

  async append(articles: readonly IndexedArticle[]): Promise<void> {
    if (articles.length === 0) return;
    await mkdir(join(this.dir, 'index'), { recursive: true });
    // One write per line on a file opened for appending: another process's lines land between
    // ours, never inside them. Every line starts with a newline, so a line cut short by a
    // crash never swallows the next.
    const handle = await open(this.file, 'a');
    try {
      const before = (await handle.stat()).size;
      let written = 0;
      for (const a of articles)
        written += (await handle.write('\n' + JSON.stringify(toLine(a)))).bytesWritten;
      // Nobody else's lines before or among ours: the index still reflects the whole file.
      this.lines += articles.length;
      if (before === this.reached && (await handle.stat()).size === before + written)
        [this.reached, this.reachedLines] = [before + written, this.lines];
    } finally {
      await handle.close();
    }
  }

  /**
   * When outdated lines outnumber the current ones twice over, the file goes: the next question
   * indexes every article again from its file and writes it afresh (it is derived data).
   */
  async dropIfStale(current: number): Promise<boolean> {
    if (this.lines <= Math.max(64, current * 3)) return false;
    await rm(this.file, { force: true });
    [this.lines, this.reached, this.reachedLines] = [0, 0, 0];
    return true;
  }
}

function toLine(a: IndexedArticle): Line {
  return {
    v: STATEMENT_INDEX_VERSION,
    a: a.articleId,
    t: a.tag,
    s: a.sentences.map((s) => [
      s.key,
      s.start,
      s.end,
      s.text,
      s.terms.subject.join(' '),
      s.terms.values.join(' '),
    ]),
  };
}

function parseLine(text: string): IndexedArticle | null {
  let line: Line;
  try {
    line = JSON.parse(text) as Line;
  } catch {
    return null;
  }
  if (line?.v !== STATEMENT_INDEX_VERSION || typeof line.a !== 'string' || !Array.isArray(line.s))
    return null;
  const split = (s: string) => (s ? s.split(' ') : []);
  return {
    articleId: line.a,
    tag: String(line.t),
    sentences: line.s.map(([key, start, end, sentence, subject, values]) => ({
      key,
      start,
      end,
      text: sentence,
      terms: { subject: split(subject), values: split(values) },
    })),
  };
}
