// `crosscheck sources` without --json: the text asked about, then one line per wording found
// in the workspace (≠ differs, = agrees, ~ related) with outlet, date, copies and reasons.
import type { SourcesResult } from '../../shared/model';

const MARK = { agrees: '=', differs: '≠', related: '~' } as const;

export function renderSources(result: SourcesResult): string {
  if (result.matches.length === 0) return `No other article in the workspace speaks to: ${result.query}`;
  const lines = [`${result.matches.length} statements speak to: ${result.query}`];
  for (const m of result.matches) {
    const where = [m.outlet ?? 'unknown outlet', m.date ?? 'no date'].join(', ');
    const copies = m.copies > 1 ? ` — ${m.copies} copies, same wording` : '';
    lines.push('', `${MARK[m.relation]} ${m.relation}  ${where} (${m.articleId})${copies}`, `  ${m.text}`);
    lines.push(`  ${m.reasons.join('; ')}`);
  }
  return lines.join('\n');
}
