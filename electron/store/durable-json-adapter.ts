// A lowdb adapter over one JSON file, written with writeFileDurable. Reading a file that is
// not valid JSON throws a WorkbenchError naming the file instead of starting afresh: a
// damaged workspace must be reported and kept, never overwritten with an empty one.
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { WorkbenchError } from '../../shared/model';
import { writeFileDurable } from './durable-write';

export class DurableJsonFile<T> implements Adapter<T> {
  constructor(readonly file: string) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    try {
      const data = JSON.parse(text) as T | null;
      // "null" is not "no file": reading it as absent would start an empty workspace over it.
      if (data === null) throw new Error('null document');
      return data;
    } catch {
      throw new WorkbenchError(
        'failed',
        `The workspace file ${this.file} is damaged (not valid JSON); it was left untouched. Restore a copy from the backups folder beside it.`,
      );
    }
  }

  async write(data: T): Promise<void> {
    await writeFileDurable(this.file, JSON.stringify(data));
  }
}
