// A progress bar on stderr, shown only when stderr is a terminal: stdout stays clean for
// --json, and logs or pipes never fill with carriage returns.
import type { ImportProgress } from '../services/import-service';

export function progressReporter(
  stream: NodeJS.WriteStream = process.stderr,
): ((p: ImportProgress) => void) | undefined {
  if (!stream.isTTY) return undefined;
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (p.done < p.total && now - last < 80) return;
    last = now;
    const width = 28;
    const filled = p.total ? Math.round((p.done / p.total) * width) : 0;
    const name = p.current.length > 40 ? `…${p.current.slice(-39)}` : p.current;
    stream.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total} ${name}`.padEnd(100),
    );
    if (p.done === p.total) stream.write('\n');
  };
}
