// What changed between consecutive versions, counted in sentences, for a story's timeline.
// Sentences are compared after folding (case, punctuation, digit grouping), so cosmetic
// edits do not count; a removed and an added sentence that share most words count as one
// reworded sentence.
import type { VersionChange } from '../model';
import { shingleTokens } from './shingles';

const REWORDED_JACCARD = 0.5;

export function versionChange(previous: readonly string[], current: readonly string[]): VersionChange {
  const key = (s: string) => shingleTokens(s).join(' ');
  const before = new Map(previous.map((s) => [key(s), s]));
  const after = new Map(current.map((s) => [key(s), s]));
  const removed = [...before.keys()].filter((k) => !after.has(k));
  const added = [...after.keys()].filter((k) => !before.has(k));
  let changed = 0;
  const unmatched = new Set(added);
  for (const r of removed) {
    const words = new Set(r.split(' '));
    const match = [...unmatched].find((a) => wordJaccard(words, new Set(a.split(' '))) >= REWORDED_JACCARD);
    if (match !== undefined) {
      unmatched.delete(match);
      changed++;
    }
  }
  const change = { added: added.length - changed, removed: removed.length - changed, changed };
  return { ...change, summary: describe(change) };
}

function describe({ added, removed, changed }: { added: number; removed: number; changed: number }): string {
  const parts: string[] = [];
  if (changed) parts.push(`${changed} sentence${changed === 1 ? '' : 's'} reworded`);
  if (added) parts.push(`${added} added`);
  if (removed) parts.push(`${removed} removed`);
  if (parts.length === 0) return 'same wording';
  if (!changed) parts[0] = `${parts[0]} sentence${(added || removed) === 1 ? '' : 's'}`;
  return parts.join(', ');
}

function wordJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared || 1);
}
