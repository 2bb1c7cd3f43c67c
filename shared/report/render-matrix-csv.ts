// A story's consistency matrix as CSV (RFC 4180, CRLF, formula cells neutralised like the
// report's CSV): one row per claim slot, then one column per article with the value it gives,
// "[conflicts]" after a conflicting one, empty where the article is silent.
import type { ConsistencyMatrixView } from '../model';
import { csvText } from './render-csv';

export function renderMatrixCsv(view: ConsistencyMatrixView, options: { bom?: boolean } = {}): string {
  let version = 0;
  const articles = view.columns.map((c) => {
    const label = c.related ? 'Related' : `Version ${++version}`;
    return `${label}: ${c.outlet ?? 'unknown outlet'}, ${c.date ?? 'no date'} (${c.articleId})`;
  });
  const rows: string[][] = [['Claim id', 'Claim', 'Kinds', 'Conflict', 'Verdict', ...articles]];
  for (const row of view.rows) {
    rows.push([
      row.claimId,
      row.text,
      row.kinds.join(' '),
      row.conflicting ? 'yes' : 'no',
      row.verdict?.status ?? '',
      ...row.cells.map((c) => (c.value === null ? '' : c.conflicting ? `${c.value} [conflicts]` : c.value)),
    ]);
  }
  return csvText(rows, options);
}
