// Human-readable renderings for the CLI without --json. Plain text that reads well in a
// terminal and in a pasted bug report; the --json output is the machine contract.
import type { Article, ArticleSummary, ImportResult, Story } from '../../shared/model';

export function renderImport(result: ImportResult): string {
  const lines = [
    `Imported ${plural(result.imported.length, 'article')}, ${plural(result.duplicates.length, 'duplicate')}, ${result.rejected.length} rejected.`,
  ];
  for (const a of result.imported) lines.push(`  + ${a.id}  ${a.title ?? '(untitled)'}  ← ${a.sourcePath}`);
  for (const d of result.duplicates) lines.push(`  = ${d.path} is the same file as ${d.sameAs}`);
  for (const r of result.rejected) lines.push(`  ✗ ${r.path}: ${r.reason}`);
  return lines.join('\n');
}

export function renderArticles(list: readonly ArticleSummary[]): string {
  if (list.length === 0) return 'No articles yet. Import a folder: crosscheck import <folder>';
  const rows = list.map((a) => [
    a.id,
    a.date ?? '—',
    truncate(a.outlet ?? '—', 24),
    String(a.words),
    a.title ?? '(untitled)',
  ]);
  const header = ['ID', 'DATE', 'OUTLET', 'WORDS', 'TITLE'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ');
  return [fmt(header), ...rows.map(fmt)].join('\n');
}

export function renderArticle(a: Article): string {
  const meta: [string, string | null][] = [
    ['Outlet', a.outlet],
    ['Date', a.date],
    ['Byline', a.byline],
    ['Dateline', a.dateline],
    ['Language', a.language],
    ['URL', a.url],
    ['Source', a.sourcePath + (a.sourceIndex ? `#${a.sourceIndex}` : '')],
    ['Format', `${a.format}, ${a.encoding}, ${a.words} words, ${a.sentences.length} sentences`],
  ];
  const lines = [
    a.title ?? '(untitled)',
    '='.repeat(Math.min(72, (a.title ?? '(untitled)').length)),
    `ID        ${a.id}`,
  ];
  for (const [k, v] of meta) if (v) lines.push(`${k.padEnd(10)}${v}`);
  for (const w of a.warnings) lines.push(`Warning   ${w}`);
  lines.push(
    '',
    a.text,
    '',
    `${plural(a.removed.length, 'line')} removed as site cruft (see --json "removed").`,
  );
  return lines.join('\n');
}

export function renderStories(stories: readonly Story[], articles: readonly ArticleSummary[]): string {
  if (stories.length === 0) return 'No stories yet. Import a folder: crosscheck import <folder>';
  const byId = new Map(articles.map((a) => [a.id, a]));
  const title = new Map(stories.map((s) => [s.id, s.title ?? '(untitled)']));
  const lines: string[] = [];
  for (const s of stories) {
    const page = s.page ? `; same page, ${plural(s.page.versions, 'version')}` : '';
    lines.push(`${s.id}  ${s.title ?? '(untitled)'}  (${plural(s.articleIds.length, 'version')}${page})`);
    if (s.page) lines.push(`    page: ${s.page.url}`);
    for (const id of s.articleIds) {
      const a = byId.get(id);
      lines.push(`    ${id}  ${a?.date ?? '—'.padEnd(10)}  ${a?.outlet ?? 'unknown outlet'}`);
    }
    for (const r of s.relatedStoryIds) lines.push(`    related: ${r}  ${title.get(r) ?? ''}`);
  }
  return lines.join('\n');
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
