// The claims panel beside the article: its checkable statements with their verdict and the
// suggestion; one opens in the review screen. Loaded when the article is shown.
import { useEffect, type ReactNode } from 'react';
import { useActions, useLibrary } from '../state/library-context';
import { VERDICT_LABEL } from '../review/ClaimStatus';

export function ArticleClaims(props: { articleId: string }): ReactNode {
  const { articleId } = props;
  const actions = useActions();
  const claims = useLibrary((s) =>
    s.articleClaims?.articleId === articleId ? s.articleClaims.claims : null,
  );
  useEffect(() => {
    void actions.loadArticleClaims(articleId);
  }, [actions, articleId]);
  const reviewed = claims?.filter((c) => c.verdict).length ?? 0;
  return (
    <section className="doc-claims" aria-labelledby="claims-heading" data-testid="article-claims">
      <h2 id="claims-heading" className="meta-heading">
        Claims {claims ? `· ${reviewed} of ${claims.length} reviewed` : ''}
      </h2>
      {claims === null ? (
        <p className="is-missing">Finding claims…</p>
      ) : claims.length === 0 ? (
        <p className="is-missing">No figures, dates, quotes or attributions found.</p>
      ) : (
        <ul className="doc-claims-list">
          {claims.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="doc-claim"
                data-testid="article-claim"
                title="Open in the review"
                onClick={() => actions.openReview(articleId, c.id)}
              >
                <span className={`rv-dot status-${c.verdict?.status ?? 'none'}`} aria-hidden="true" />
                <span className="doc-claim-text">{c.text}</span>
                <span className="doc-claim-state">
                  {c.verdict
                    ? VERDICT_LABEL[c.verdict.status]
                    : c.suggestion
                      ? `suggests ${c.suggestion}`
                      : 'to review'}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
