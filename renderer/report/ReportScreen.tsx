// The report screen: what the report covers (the workspace or one story, a date range, the
// unreviewed claims or not), who signs it, a live preview built from the same report model the
// files are rendered from, and one export button per format.
import type { ReactNode } from 'react';
import type { Report, ReportFormat } from '../../shared/report';
import { ScreenHeader } from '../ui/ScreenHeader';
import { LoadError } from '../ui/LoadError';
import { useActions, useLibrary } from '../state/library-context';
import type { ReportScreenState } from '../state/report-state';

const FORMATS: readonly [ReportFormat, string][] = [
  ['html', 'HTML'],
  ['pdf', 'PDF'],
  ['md', 'Markdown'],
  ['csv', 'CSV'],
  ['json', 'JSON'],
  ['claimreview', 'ClaimReview'],
];
const STATUS = { consistent: 'Consistent', conflicting: 'Conflicting', unclear: 'Unclear' } as const;

function Preview(props: { report: Report }): ReactNode {
  const { report } = props;
  const s = report.summary;
  return (
    <article className="rp-preview" data-testid="report-preview">
      <h1>{report.title}</h1>
      <p className="rp-meta">
        {report.organisation ? `${report.organisation} · ` : ''}
        {report.reviewers.length ? `reviewed by ${report.reviewers.join(', ')}` : 'no reviewer named'}
      </p>
      <p className="rp-summary" data-testid="report-summary">
        <span>
          {s.reviewed} of {s.claims} claims reviewed
        </span>
        <span>{s.consistent} consistent</span>
        <span>{s.conflicting} conflicting</span>
        <span>{s.unclear} unclear</span>
      </p>
      {report.stories.length === 0 ? <p className="rv-muted">No reviewed claims in this scope yet.</p> : null}
      {report.stories.map((story) => (
        <section key={story.id} className="rp-story">
          <h2>{story.title ?? 'Untitled story'}</h2>
          <ol className="rp-versions">
            {story.versions.map((v) => (
              <li key={v.articleId}>
                <bdi>{v.outlet ?? 'unknown outlet'}</bdi>, {v.date ?? 'no date'}
              </li>
            ))}
          </ol>
          {story.changes.some((c) => c.changes.length) ? (
            <ul className="rp-changes">
              {story.changes.flatMap((c) =>
                c.changes.map((ch, i) => (
                  <li key={`${c.to}:${i}`}>
                    {ch.reason}: “{ch.before}” → “{ch.after}”
                  </li>
                )),
              )}
            </ul>
          ) : null}
          {story.claims.map((c) => (
            <div key={c.id} className={`rp-claim status-${c.status ?? 'none'}`}>
              <strong>{c.status ? STATUS[c.status] : 'Not reviewed'}</strong> — {c.text}
              {c.note ? <p className="rp-note">Note: {c.note}</p> : null}
            </div>
          ))}
        </section>
      ))}
      {report.appendix.length ? (
        <section className="rp-story">
          <h2>Appendix: {report.appendix.length} claims not reviewed</h2>
        </section>
      ) : null}
    </article>
  );
}

export function ReportScreen(props: { report: ReportScreenState }): ReactNode {
  const { report: screen } = props;
  const actions = useActions();
  const stories = useLibrary((s) => s.stories);
  const { options } = screen;
  return (
    <main className="report" aria-labelledby="report-title" data-testid="report-screen">
      <ScreenHeader
        titleId="report-title"
        title="Review report"
        onBack={actions.closeReport}
        rows={
          <>
            <div className="rv-tools-row">
              <select
                aria-label="Scope"
                data-testid="report-scope"
                value={options.storyId ?? ''}
                onChange={(e) => actions.setReportOptions({ storyId: e.target.value || null })}
              >
                <option value="">Whole workspace</option>
                {stories.map((st) => (
                  <option key={st.id} value={st.id}>
                    {(st.title ?? 'Untitled story').slice(0, 70)}
                  </option>
                ))}
              </select>
              <input
                className="rp-input"
                aria-label="Title"
                placeholder="Title"
                value={options.title}
                onChange={(e) => actions.setReportOptions({ title: e.target.value })}
              />
              <input
                className="rp-input"
                aria-label="Organisation"
                placeholder="Organisation"
                value={options.organisation}
                onChange={(e) => actions.setReportOptions({ organisation: e.target.value })}
              />
              <label className="rv-reviewer">
                <span>From</span>
                <input
                  type="date"
                  value={options.from}
                  onChange={(e) => actions.setReportOptions({ from: e.target.value })}
                />
              </label>
              <label className="rv-reviewer">
                <span>To</span>
                <input
                  type="date"
                  value={options.to}
                  onChange={(e) => actions.setReportOptions({ to: e.target.value })}
                />
              </label>
              <label className="cmp-toggle">
                <input
                  type="checkbox"
                  checked={options.appendix}
                  data-testid="report-appendix"
                  onChange={(e) => actions.setReportOptions({ appendix: e.target.checked })}
                />
                Unreviewed claims in an appendix
              </label>
            </div>
            <div className="rv-tools-row" role="group" aria-label="Export">
              <span className="rp-export-label">Export</span>
              {FORMATS.map(([format, label]) => (
                <button
                  key={format}
                  type="button"
                  className="button"
                  data-testid={`export-${format}`}
                  disabled={screen.exporting !== null || screen.status !== 'ready'}
                  onClick={() => void actions.exportReport(format)}
                >
                  {label}
                </button>
              ))}
              <label className="cmp-toggle" title="A byte-order mark so Excel reads accented letters">
                <input
                  type="checkbox"
                  checked={options.bom}
                  onChange={(e) => actions.setReportOptions({ bom: e.target.checked })}
                />
                CSV for Excel
              </label>
            </div>
          </>
        }
      >
        <p className="rv-status" role="status" data-testid="report-status">
          {screen.exporting ? `Exporting ${screen.exporting.toUpperCase()}…` : screen.notice}
        </p>
      </ScreenHeader>
      <div className="rp-body" aria-busy={screen.status === 'loading'}>
        {screen.status === 'error' ? (
          <LoadError
            title="The report could not be built"
            message={screen.error}
            onRetry={() => actions.setReportOptions({})}
          />
        ) : screen.preview ? (
          <Preview report={screen.preview} />
        ) : (
          <div className="reader-skeleton" aria-hidden="true">
            {[90, 70, 95].map((w, i) => (
              <span key={i} className="skeleton-bar is-card" style={{ width: `${w}%` }} />
            ))}
          </div>
        )}
      </div>
    </main>
  );
}
