// The `claims` and `verdict` commands without --json: each claim with its kinds, suggestion
// and verdict, then what the other articles say, one line each (= agrees, ≠ differs, ~ related).
import type { Claim, Verdict } from '../../shared/model';

const MARK = { agrees: '=', differs: '≠', related: '~' } as const;

export function renderClaims(claims: readonly Claim[]): string {
  if (claims.length === 0) return 'No claims.';
  const reviewed = claims.filter((c) => c.verdict).length;
  const lines = [`${claims.length} claims, ${reviewed} reviewed`];
  for (const c of claims) {
    const verdict = c.verdict ? `verdict: ${c.verdict.status}` : 'no verdict';
    const suggestion = c.suggestion ? `suggests ${c.suggestion}` : 'no suggestion';
    lines.push('', `${c.id}  [${c.kinds.join(', ')}]  ${verdict}; ${suggestion}`, `  ${c.text}`);
    for (const m of c.matches) lines.push(`  ${MARK[m.relation]} ${m.articleId}: ${m.reasons.join('; ')}`);
    if (c.verdict?.note) lines.push(`  note: ${c.verdict.note}`);
  }
  return lines.join('\n');
}

export function renderVerdict(claimId: string, verdict: Verdict | null): string {
  if (!verdict) return `Verdict on ${claimId} cleared.`;
  const who = verdict.reviewer ? ` by ${verdict.reviewer}` : '';
  const evidence = verdict.evidence.length ? `, ${verdict.evidence.length} evidence passage(s)` : '';
  return `${claimId}: ${verdict.status}${who} at ${verdict.at}${evidence}. Saved.`;
}
