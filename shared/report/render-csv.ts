// The report as CSV: one row per claim (reviewed, then the appendix), RFC 4180 quoting, and
// every cell that a spreadsheet would read as a formula (starting, after any spaces, with =,
// +, -, @, or with a tab or line break) neutralised with a leading apostrophe. UTF-8, with a byte-order mark on
// request so Excel reads the accents.
import type { Report, ReportClaim } from './report-model';

export const CSV_COLUMNS = [
  'claim_id',
  'story',
  'outlet',
  'date',
  'kinds',
  'claim',
  'verdict',
  'note',
  'reviewer',
  'decided_at',
  'suggestion',
  'suggestion_reasons',
  'evidence',
] as const;

export function renderCsv(report: Report, options: { bom?: boolean } = {}): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  const add = (story: string, c: ReportClaim) =>
    rows.push([
      c.id,
      story,
      c.outlet ?? '',
      c.date ?? '',
      c.kinds.join(' '),
      c.text,
      c.status ?? '',
      c.note,
      c.reviewer ?? '',
      c.decidedAt ?? '',
      c.suggestion ?? '',
      c.suggestionReasons.join('; '),
      c.evidence.map((e) => `${e.outlet ?? e.articleId}, ${e.date ?? 'no date'}: "${e.text}"`).join('\n'),
    ]);
  for (const story of report.stories) for (const c of story.claims) add(story.title ?? story.id, c);
  for (const c of report.appendix) add(c.storyTitle ?? c.storyId, c);
  return csvText(rows, options);
}

/** Rows as RFC 4180 text (CRLF, every cell through `cell`), with Excel's byte-order mark if asked. */
export function csvText(rows: readonly (readonly string[])[], options: { bom?: boolean } = {}): string {
  const text = rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
  return options.bom ? `\ufeff${text}` : text;
}

/** One cell: formula starts neutralised, then quoted when it holds a comma, quote or line break. */
export function cell(value: string): string {
  // Spreadsheets skip leading spaces before reading a formula, so those count too.
  const safe = /^\s*[=+\-@]|^[\t\r\n]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
