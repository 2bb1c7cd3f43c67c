// The report as Markdown. Text from articles and notes is escaped so it stays text: Markdown
// syntax, HTML tags and link brackets in a note cannot turn into markup or links.
import type { Report, ReportClaim } from './report-model';

const STATUS = { consistent: 'Consistent', conflicting: 'Conflicting', unclear: 'Unclear' } as const;

/**
 * Backslash-escapes the punctuation that makes Markdown inline syntax (emphasis, code, links,
 * tables) and writes < and > as entities, so no raw HTML passes. Line breaks become spaces, so
 * nothing from an article starts a line: "-", "+", "1." and "#" cannot become markup there.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_{}[\]()#|~]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ');
}

export function renderMarkdown(report: Report): string {
  const e = escapeMarkdown;
  const s = report.summary;
  const out: string[] = [
    `# ${e(report.title)}`,
    '',
    `Generated ${e(report.generatedAt)}${report.organisation ? ` by ${e(report.organisation)}` : ''}` +
      (report.reviewers.length ? `; reviewed by ${report.reviewers.map(e).join(', ')}` : '') +
      '.',
    '',
    `**${s.reviewed} of ${s.claims} claims reviewed**: ${s.consistent} consistent, ${s.conflicting} conflicting, ${s.unclear} unclear.`,
  ];
  for (const story of report.stories) {
    out.push('', `## ${e(story.title ?? 'Untitled story')}`, '', '### Versions', '');
    story.versions.forEach((v, i) =>
      out.push(
        `${i + 1}. ${e(v.outlet ?? 'unknown outlet')}, ${e(v.date ?? 'no date')}: ${e(v.title ?? 'Untitled')}`,
      ),
    );
    const changed = story.changes.filter((c) => c.changes.length);
    if (changed.length) {
      out.push('', '### Substantive changes between versions', '');
      for (const c of changed) {
        const [from, to] = [versionNo(story.versions, c.from), versionNo(story.versions, c.to)];
        for (const ch of c.changes)
          out.push(`- Version ${from} → ${to}: ${e(ch.reason)}, “${e(ch.before)}” → “${e(ch.after)}”`);
      }
    }
    if (story.claims.length) out.push('', '### Claims', '');
    for (const c of story.claims) out.push(...claimLines(c));
  }
  if (report.appendix.length) {
    out.push('', '## Appendix: claims not reviewed', '');
    for (const c of report.appendix)
      out.push(
        ...claimLines(c).map((l, i) => (i === 0 ? `${l} (${e(c.storyTitle ?? 'untitled story')})` : l)),
      );
  }
  return out.join('\n') + '\n';
}

function claimLines(c: ReportClaim): string[] {
  const e = escapeMarkdown;
  const lines = [
    `- **${c.status ? STATUS[c.status] : 'Not reviewed'}** — ${e(c.outlet ?? 'unknown outlet')}, ${e(c.date ?? 'no date')}: “${e(c.text)}”`,
  ];
  if (c.note) lines.push(`  - Note: ${e(c.note)}`);
  for (const ev of c.evidence)
    lines.push(`  - Evidence, ${e(ev.outlet ?? ev.articleId)}, ${e(ev.date ?? 'no date')}: “${e(ev.text)}”`);
  if (c.reviewer || c.decidedAt)
    lines.push(
      `  - Decided${c.reviewer ? ` by ${e(c.reviewer)}` : ''}${c.decidedAt ? ` at ${e(c.decidedAt)}` : ''}`,
    );
  return lines;
}

function versionNo(versions: Report['stories'][number]['versions'], articleId: string): number {
  return versions.findIndex((v) => v.articleId === articleId) + 1;
}
