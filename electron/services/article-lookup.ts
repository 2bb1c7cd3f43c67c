// Finds the article a reviewer means: by id, by a unique id prefix, or by the path it was
// imported from (relative or absolute, as given to `import`; `path#N` for the N-th article of
// a JSON array). Ambiguity is an error that lists the candidates, never a silent pick.
import { resolve } from 'node:path';
import { WorkbenchError } from '../../shared/model';
import type { ArticleIndexEntry } from '../store/workspace-document';

export function findArticleId(entries: readonly ArticleIndexEntry[], ref: string, cwd: string): string {
  const exact = entries.find((e) => e.id === ref);
  if (exact) return exact.id;
  if (/^[0-9a-f]{4,15}$/.test(ref)) {
    const byPrefix = entries.filter((e) => e.id.startsWith(ref));
    if (byPrefix.length === 1) return byPrefix[0]!.id;
    if (byPrefix.length > 1) throw ambiguous(ref, byPrefix);
  }
  const hash = /^(.*)#(\d+)$/.exec(ref);
  const [pathPart, index] = hash ? [hash[1]!, Number(hash[2])] : [ref, null];
  const wanted = new Set([pathPart, resolve(cwd, pathPart)]);
  let byPath = entries.filter((e) => wanted.has(e.sourcePath) && (index === null || e.sourceIndex === index));
  // A re-imported, changed file: the path means its newest version.
  const superseded = new Set(byPath.map((e) => e.supersedes).filter(Boolean));
  byPath = byPath.filter((e) => !superseded.has(e.id));
  if (byPath.length === 1) return byPath[0]!.id;
  if (byPath.length > 1) throw ambiguous(ref, byPath);
  throw new WorkbenchError(
    'not-found',
    `No article matches "${ref}": it is not an article id, a unique id prefix, or an imported path.`,
  );
}

function ambiguous(ref: string, candidates: readonly ArticleIndexEntry[]): WorkbenchError {
  const list = candidates
    .slice(0, 5)
    .map((e) => `${e.id} (${e.title ?? e.sourcePath})`)
    .join(', ');
  return new WorkbenchError(
    'ambiguous',
    `"${ref}" matches ${candidates.length} articles: ${list}. Give more of the id.`,
  );
}
