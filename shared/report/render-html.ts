// The report as one self-contained HTML file: inline styles only, no scripts, no remote
// resources; print-ready (A4 margins, no breaks inside a claim) and readable on a phone.
// Every piece of article text and every note is HTML-escaped.
import type { Report, ReportClaim, ReportMatrix } from './report-model';

const STATUS = { consistent: 'Consistent', conflicting: 'Conflicting', unclear: 'Unclear' } as const;

/**
 * Text from an article or the reviewer, escaped and isolated: a right-to-left override in an
 * outlet's name (U+202E) must not reverse the dates and words printed after it.
 */
function bdi(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const STYLE = `
body{font:16px/1.55 Georgia,'Times New Roman',serif;color:#1c1c21;margin:0 auto;max-width:46rem;padding:2rem 1.25rem}
h1,h2,h3{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.25}
h1{font-size:1.7rem;margin:0 0 .25rem}h2{font-size:1.3rem;margin:2.2rem 0 .5rem;border-top:1px solid #ddd;padding-top:1.2rem}
h3{font-size:.85rem;text-transform:uppercase;letter-spacing:.05em;color:#5f5f6b;margin:1.4rem 0 .4rem}
.meta{color:#5f5f6b;font-family:system-ui,sans-serif;font-size:.9rem}
.summary{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0;font-family:system-ui,sans-serif;font-size:.9rem}
.summary span{border:1px solid #ccc;border-radius:999px;padding:.1rem .6rem}
ol.versions{padding-left:1.4rem}ul.changes{padding-left:1.2rem}
.claim{border:1px solid #ddd;border-left:4px solid #999;border-radius:6px;padding:.6rem .9rem;margin:.7rem 0;break-inside:avoid}
.claim.consistent{border-left-color:#1f7a4d}.claim.conflicting{border-left-color:#b4232c}.claim.unclear{border-left-color:#9a5b00}
.status{font-family:system-ui,sans-serif;font-weight:700;font-size:.85rem}
.claim blockquote{margin:.3rem 0;font-size:1.02rem}
.small{font-family:system-ui,sans-serif;font-size:.85rem;color:#3f3f48}
.matrix{overflow-x:auto;margin:.4rem 0 1rem}.matrix table{border-collapse:collapse;font-family:system-ui,sans-serif;font-size:.8rem}
.matrix th,.matrix td{border:1px solid #ddd;padding:.3rem .45rem;text-align:left;vertical-align:top}.matrix th{background:#f4f4f6}
.matrix td.conflict{background:#fbe3e3;color:#8a1c23;font-weight:700}.matrix td.silent{color:#999;text-align:center}
.matrix th.related{background:#ebebef;font-style:italic}.matrix th[scope=row]{font-weight:400;min-width:14rem}.matrix tr.conflict th{border-left:3px solid #b4232c}
@media print{body{max-width:none;padding:0}@page{size:A4;margin:18mm}}
`;

export function renderHtml(report: Report): string {
  const e = escapeHtml;
  const s = report.summary;
  const parts: string[] = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(report.title)}</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<h1>${bdi(report.title)}</h1>`,
    `<p class="meta">Generated ${e(report.generatedAt)}${report.organisation ? ` by ${e(report.organisation)}` : ''}${
      report.reviewers.length ? ` · reviewed by ${report.reviewers.map(e).join(', ')}` : ''
    }</p>`,
    `<p class="summary"><span>${s.reviewed} of ${s.claims} claims reviewed</span><span>${s.consistent} consistent</span><span>${s.conflicting} conflicting</span><span>${s.unclear} unclear</span></p>`,
  ];
  for (const story of report.stories) {
    parts.push(
      `<section><h2>${bdi(story.title ?? 'Untitled story')}</h2><h3>Versions</h3><ol class="versions">`,
    );
    for (const v of story.versions)
      parts.push(
        `<li>${bdi(v.outlet ?? 'unknown outlet')}, ${e(v.date ?? 'no date')}: ${bdi(v.title ?? 'Untitled')}</li>`,
      );
    parts.push('</ol>');
    const changed = story.changes.filter((c) => c.changes.length);
    if (changed.length) {
      parts.push('<h3>Substantive changes between versions</h3><ul class="changes">');
      for (const c of changed) {
        const from = story.versions.findIndex((v) => v.articleId === c.from) + 1;
        const to = story.versions.findIndex((v) => v.articleId === c.to) + 1;
        for (const ch of c.changes)
          parts.push(
            `<li>Version ${from} → ${to}: ${e(ch.reason)}, “${e(ch.before)}” → “${e(ch.after)}”</li>`,
          );
      }
      parts.push('</ul>');
    }
    if (story.matrix?.rows.length) parts.push(matrixHtml(story.matrix));
    if (story.claims.length) parts.push('<h3>Claims</h3>');
    for (const c of story.claims) parts.push(claimHtml(c));
    parts.push('</section>');
  }
  if (report.appendix.length) {
    parts.push('<section><h2>Appendix: claims not reviewed</h2>');
    for (const c of report.appendix) parts.push(claimHtml(c));
    parts.push('</section>');
  }
  parts.push('</body></html>');
  return parts.join('\n') + '\n';
}

function claimHtml(c: ReportClaim): string {
  const e = escapeHtml;
  const lines = [
    `<article class="claim ${c.status ?? 'open'}">`,
    `<p class="status">${c.status ? STATUS[c.status] : 'Not reviewed'}</p>`,
    `<blockquote>${bdi(c.text)}</blockquote>`,
    `<p class="small">${bdi(c.outlet ?? 'unknown outlet')}, ${e(c.date ?? 'no date')} · ${bdi(c.storyTitle ?? 'untitled story')}</p>`,
  ];
  if (c.note) lines.push(`<p class="small"><strong>Note:</strong> ${bdi(c.note)}</p>`);
  for (const ev of c.evidence)
    lines.push(
      `<p class="small"><strong>Evidence, ${bdi(ev.outlet ?? ev.articleId)}:</strong> “${bdi(ev.text)}”</p>`,
    );
  if (c.reviewer || c.decidedAt)
    lines.push(
      `<p class="small">Decided${c.reviewer ? ` by ${bdi(c.reviewer)}` : ''}${c.decidedAt ? ` at ${e(c.decidedAt)}` : ''}</p>`,
    );
  lines.push('</article>');
  return lines.join('\n');
}

/** Rows beyond this are summed up in a line: a report is read, not scrolled like the screen. */
const MATRIX_ROWS = 200;

function matrixHtml(m: ReportMatrix): string {
  const e = escapeHtml;
  let version = 0;
  const head = m.columns
    .map(
      (c) =>
        `<th${c.related ? ' class="related"' : ''}>${c.related ? 'Related' : `Version ${++version}`}<br>${bdi(c.outlet ?? 'unknown outlet')}<br>${e(c.date ?? 'no date')}</th>`,
    )
    .join('');
  const rows = m.rows.slice(0, MATRIX_ROWS).map((r) => {
    const cells = r.cells
      .map((c) =>
        c.value === null
          ? '<td class="silent">—</td>'
          : `<td${c.conflicting ? ' class="conflict"' : ''}>${c.conflicting ? '≠ ' : ''}${bdi(c.value)}</td>`,
      )
      .join('');
    return `<tr${r.conflicting ? ' class="conflict"' : ''}><th scope="row">${e(r.text.length > 160 ? `${r.text.slice(0, 157)}…` : r.text)}</th>${cells}</tr>`;
  });
  const more =
    m.rows.length > MATRIX_ROWS
      ? `<p class="small">${m.rows.length - MATRIX_ROWS} more claims are in the app's matrix and its CSV.</p>`
      : '';
  const flagged = m.rows.filter((r) => r.conflicting).length;
  return (
    `<h3>Consistency matrix</h3><p class="small">Each claim as every ${m.columns.some((c) => c.related) ? 'version and related article' : 'version'} gives it; ≠ marks a conflicting value — a version that changed the claim’s figure, date or source, or a related article giving another count or date (${flagged} of ${m.rows.length} claims conflict); — an article without it.</p>` +
    `<div class="matrix"><table><thead><tr><th>Claim</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>${more}`
  );
}
