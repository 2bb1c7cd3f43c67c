// The review journal read by several requests at once (two windows, a save's refresh beside the
// next save): every record is filed once, none is lost, whatever the interleaving.
import { describe, expect, it } from 'vitest';
import type { ReviewRecord } from '../../shared/claims';
import { ReviewJournal } from '../../electron/store/review-journal';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();

const record = (n: number): ReviewRecord => ({
  id: `r${n}`,
  at: new Date(Date.UTC(2026, 11, 6, 9, 0, n)).toISOString(),
  type: 'verdict',
  claimId: `aaaaaaaaaaaaaaaa-${n}`,
  action: 'set',
  verdict: null,
});

describe('reading the review journal concurrently', () => {
  it('files each record once when reads overlap each other and the appends between them', async () => {
    const dir = temp();
    const writer = new ReviewJournal(dir);
    for (let n = 0; n < 50; n++) await writer.append(record(n));
    const reader = new ReviewJournal(dir);
    const first = await Promise.all([reader.all(), reader.all(), reader.all()]);
    for (const records of first)
      expect(records.map((r) => r.id)).toEqual(Array.from({ length: 50 }, (_, n) => `r${n}`));

    // More appended while reads are on their way.
    const reads: Promise<readonly ReviewRecord[]>[] = [];
    for (let n = 50; n < 80; n++) {
      reads.push(reader.all());
      await writer.append(record(n));
      reads.push(reader.all());
    }
    await Promise.all(reads);
    const ids = (await reader.all()).map((r) => r.id);
    expect(ids).toEqual(Array.from({ length: 80 }, (_, n) => `r${n}`));
    expect(reader.unreadable).toBe(0);
  });
});
