// The `claims`, `verdict` and `lineage` commands without --json: each claim with its kinds,
// suggestion and verdict, then what the other articles say, one line each (= agrees, ≠ differs,
// ~ related); a claim's lineage as one line per version of its story; a story's matrix as one
// block per claim slot, a line per article (! conflicting, – silent).
import type { Claim, ClaimLineageView, ConsistencyMatrixView, Verdict } from '../../shared/model';

const MARK = { agrees: '=', differs: '≠', related: '~' } as const;

export function renderClaims(claims: readonly Claim[]): string {
  if (claims.length === 0) return 'No claims.';
  const reviewed = claims.filter((c) => c.verdict).length;
  const lines = [`${claims.length} claims, ${reviewed} reviewed`];
  for (const c of claims) {
    const verdict = c.verdict ? `verdict: ${c.verdict.status}` : 'no verdict';
    const suggestion = c.suggestion ? `suggests ${c.suggestion}` : 'no suggestion';
    lines.push('', `${c.id}  [${c.kinds.join(', ')}]  ${verdict}; ${suggestion}`, `  ${c.text}`);
    if (c.alsoIn?.length)
      lines.push(`  also in ${c.alsoIn.length} other version(s) of the story, same wording`);
    for (const m of c.matches) {
      const where = m.outlet || m.date ? `${[m.outlet, m.date].filter(Boolean).join(', ')} ` : '';
      const copies = (m.copies ?? 1) > 1 ? ` — ${m.copies} copies` : '';
      lines.push(`  ${MARK[m.relation]} ${where}(${m.articleId})${copies}: ${m.reasons.join('; ')}`);
    }
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

export function renderLineage(view: ClaimLineageView): string {
  const verdict = view.verdict ? `verdict: ${view.verdict.status}` : 'no verdict';
  const lines = [`${view.claimId}  ${verdict}`, `  ${view.text}`, ''];
  view.appearances.forEach((a, i) => {
    const first = a.articleId === view.firstAppearance ? '  (first carried this wording)' : '';
    const where = [a.outlet ?? 'unknown outlet', a.date ?? 'no date'].join(', ');
    lines.push(`${i + 1}. ${a.articleId}  ${where}: ${a.status}${first}`);
    for (const c of a.changes) lines.push(`     ${c.reason}: ${c.before} → ${c.after}`);
  });
  return lines.join('\n');
}

export function renderMatrix(m: ConsistencyMatrixView): string {
  const versions = m.columns.filter((c) => !c.related).length;
  const conflicts = m.rows.filter((r) => r.conflicting).length;
  const label = (i: number) => {
    const c = m.columns[i]!;
    return `${c.related ? 'related' : `v${i + 1}`} ${c.outlet ?? 'unknown outlet'}, ${c.date ?? 'no date'}`;
  };
  const lines = [
    `${m.storyId}  ${m.title ?? 'Untitled story'}`,
    `${m.rows.length} claims × ${m.columns.length} articles (${versions} versions, ${m.columns.length - versions} related); ${conflicts} with a conflict`,
  ];
  for (const row of m.rows) {
    const verdict = row.verdict ? `verdict: ${row.verdict.status}` : 'no verdict';
    lines.push(
      '',
      `${row.conflicting ? '!' : ' '} ${row.claimId}  [${row.kinds.join(', ')}]  ${verdict}`,
      `  ${row.text}`,
    );
    row.cells.forEach((cell, i) => {
      const mark = cell.conflicting ? '!' : cell.status === 'silent' ? '–' : ' ';
      lines.push(
        `   ${mark} ${label(i)}: ${cell.value ?? '(silent)'}${cell.status === 'silent' ? '' : `  (${cell.status})`}`,
      );
    });
  }
  return lines.join('\n');
}
