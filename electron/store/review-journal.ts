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
import { mkdir, open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReviewRecord } from '../../shared/claims';
import { syncFolder } from './durable-write';

export const JOURNAL_FILE = join('review', 'journal.jsonl');

export class ReviewJournal {
  private records: ReviewRecord[] = [];
  /** Bytes of the file already read into `records`. */
  private readBytes = 0;
  /** Lines that did not parse: records cut short by a crash (or damage), skipped. */
  private skipped = 0;

  constructor(private readonly workspaceDir: string) {}

  get file(): string {
    return join(this.workspaceDir, JOURNAL_FILE);
  }

  /** Every record, reading whatever another process appended since the last call. */
  async all(): Promise<readonly ReviewRecord[]> {
    let size: number;
    try {
      size = (await stat(this.file)).size;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return this.records;
      throw err;
    }
    if (size < this.readBytes) {
      // Replaced by a smaller file (restored from elsewhere): read it again from the start.
      this.records = [];
      this.readBytes = 0;
      this.skipped = 0;
    }
    if (size === this.readBytes) return this.records;
    const bytes = await readFile(this.file);
    // Only whole lines: a line still being written (no newline yet) is read next time.
    const end = bytes.lastIndexOf(0x0a) + 1;
    if (end <= this.readBytes) return this.records;
    const text = bytes.subarray(this.readBytes, end).toString('utf8');
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        const record = JSON.parse(line) as ReviewRecord;
        if (isRecord(record)) this.records.push(record);
        else this.skipped++;
      } catch {
        this.skipped++;
      }
    }
    this.readBytes = end;
    return this.records;
  }

  /** Lines skipped as unreadable so far (a crash can leave one unacknowledged record torn). */
  get unreadable(): number {
    return this.skipped;
  }

  /** Appends one record and returns once it is on disk. */
  async append(record: ReviewRecord): Promise<void> {
    const folder = join(this.workspaceDir, 'review');
    await mkdir(folder, { recursive: true });
    let created = false;
    try {
      await stat(this.file);
    } catch {
      created = true;
    }
    const handle = await open(this.file, 'a', 0o644);
    try {
      const line = Buffer.from(`\n${JSON.stringify(record)}\n`, 'utf8');
      const { bytesWritten } = await handle.write(line, 0, line.length);
      if (bytesWritten !== line.length)
        throw new Error(`only ${bytesWritten} of ${line.length} bytes written`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (created) await syncFolder(folder);
  }
}

function isRecord(value: unknown): value is ReviewRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as { type?: unknown; id?: unknown; at?: unknown };
  return (
    typeof r.id === 'string' &&
    typeof r.at === 'string' &&
    (r.type === 'verdict' || r.type === 'claim-add' || r.type === 'claim-delete' || r.type === 'claim-merge')
  );
}
