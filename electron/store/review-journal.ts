// The reviewer's work on disk: <workspace>/review/journal.jsonl, an append-only log of review
// records (shared/claims/review-log.ts), one JSON object per line. Why a log and not the lowdb
// document: saving a verdict must not cost more in a workspace of 10,000 articles than in one
// of 100, and lowdb rewrites its whole document (with the article index) on every write.
// - Durable: each append is one write() to a file opened with O_APPEND, then fsync, before
//   the caller hears "saved"; the folder is fsynced when the file is created, so the file
//   itself survives a crash.
// - Crash-safe: a record cut short by a crash (never acknowledged) is a line that does not
//   parse; it is skipped and counted. Every record starts with a newline, so a record written
//   after a torn one still starts on a line of its own.
// - Shared: the app and the CLI append to one file; O_APPEND puts each record at the end
//   whatever the other process wrote, and readers pick up new lines by file size.
import { mkdir, open, stat } from 'node:fs/promises';
import { z } from 'zod';
import { join } from 'node:path';
import type { ReviewRecord } from '../../shared/claims';
import { syncFolder } from './durable-write';
import { diskError, isDiskFull } from './disk-error';
import { WorkbenchError } from '../../shared/model';
import { SerialQueue } from '../../shared/serial-queue';

export const JOURNAL_FILE = join('review', 'journal.jsonl');

export class ReviewJournal {
  private records: ReviewRecord[] = [];
  /** Bytes of the file already read into `records`. */
  private readBytes = 0;
  /** Lines that did not parse or are not a record: cut short by a crash (or damage), skipped. */
  private skipped = 0;
  /** Bumped when the file was replaced and everything read again; folds must start over. */
  generation = 0;

  constructor(private readonly workspaceDir: string) {}

  get file(): string {
    return join(this.workspaceDir, JOURNAL_FILE);
  }

  private readonly reads = new SerialQueue();

  /**
   * Every record, reading only what was appended (by anyone) since the last call. One read at
   * a time: two at once would both read from the same offset and file the same lines twice,
   * and the offset then pointing past the file's end or into a line would lose records.
   */
  all(): Promise<readonly ReviewRecord[]> {
    return this.reads.run(() => this.readAppended());
  }

  private async readAppended(): Promise<readonly ReviewRecord[]> {
    let handle;
    try {
      handle = await open(this.file, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return this.records;
      throw err;
    }
    try {
      const { size } = await handle.stat();
      if (size < this.readBytes) {
        // Replaced by a smaller file (restored from elsewhere): read it again from the start.
        this.records = [];
        this.readBytes = 0;
        this.skipped = 0;
        this.generation++;
      }
      if (size === this.readBytes) return this.records;
      const fresh = Buffer.alloc(size - this.readBytes);
      const { bytesRead } = await handle.read(fresh, 0, fresh.length, this.readBytes);
      // Only whole lines: a line still being written (no newline yet) is read next time.
      const end = fresh.subarray(0, bytesRead).lastIndexOf(0x0a) + 1;
      if (end === 0) return this.records;
      for (const line of fresh.subarray(0, end).toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        const record = parseRecord(line);
        if (record) this.records.push(record);
        else this.skipped++;
      }
      this.readBytes += end;
      return this.records;
    } finally {
      await handle.close();
    }
  }

  /** Lines skipped as unreadable so far (a crash can leave one unacknowledged record torn). */
  get unreadable(): number {
    return this.skipped;
  }

  /** Appends one record and returns once it is on disk. */
  async append(record: ReviewRecord): Promise<void> {
    const folder = join(this.workspaceDir, 'review');
    let created = false;
    try {
      await stat(this.file);
    } catch {
      created = true;
      await mkdir(folder, { recursive: true });
    }
    const line = Buffer.from(`\n${JSON.stringify(record)}\n`, 'utf8');
    try {
      const handle = await open(this.file, 'a', 0o644);
      try {
        const { bytesWritten } = await handle.write(line, 0, line.length);
        // A short write is a full disk: the cut line is skipped on read (the next record
        // starts on a line of its own), and the change is reported as not saved.
        if (bytesWritten !== line.length) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (err) {
      if (!isDiskFull(err)) throw err;
      throw new WorkbenchError(
        'failed',
        `Not saved: ${diskError(err, folder)}. Everything saved before is kept and readable; free some space and save again.`,
      );
    }
    // A new journal (and perhaps a new review/ folder) is durable only once both folders are.
    if (created) {
      await syncFolder(folder);
      await syncFolder(this.workspaceDir);
    }
  }
}

const text = z.string().max(100_000);
const offset = z.number().int().min(0);
const verdict = z.object({
  claimId: text,
  status: z.enum(['consistent', 'conflicting', 'unclear']),
  note: text,
  evidence: z.array(z.object({ articleId: text, start: offset, end: offset, text })),
  reviewer: text.nullable(),
  at: text,
});
const base = { id: z.string().min(1).max(64), at: z.string().max(64) };
/** The record shapes, checked on read: a line that parses but is not a record is skipped. */
const RECORD = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('verdict'),
    claimId: text,
    action: z.enum(['set', 'clear', 'undo', 'redo']),
    verdict: verdict.nullable(),
    target: text.optional(),
    claimText: text.optional(),
  }),
  z.object({
    ...base,
    type: z.literal('claim-add'),
    claim: z.object({
      id: text,
      articleId: text,
      start: offset,
      end: offset,
      text,
      kinds: z.array(z.enum(['figure', 'date', 'quote', 'attribution', 'other'])),
      prefix: z.string().max(1000).optional(),
      suffix: z.string().max(1000).optional(),
    }),
  }),
  z.object({ ...base, type: z.literal('claim-delete'), claimId: text }),
  z.object({ ...base, type: z.literal('claim-merge'), claimIds: z.array(text), into: text }),
]);

function parseRecord(line: string): ReviewRecord | null {
  try {
    const parsed = RECORD.safeParse(JSON.parse(line));
    return parsed.success ? (parsed.data as ReviewRecord) : null;
  } catch {
    return null;
  }
}
