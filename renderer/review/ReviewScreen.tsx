// The review screen: a story's claims (every version) on the left, the claim in hand on the
// right, progress and undo/redo on top. Keyboard first: j/k move, c/x/u decide, e cites
// evidence, / searches, Ctrl/Cmd+Z undoes; Esc goes back.
import { useMemo, useState, type ReactNode, type RefObject } from 'react';
import type { ClaimKind } from '../../shared/model';
import { IconError, IconSearch } from '../ui/icons';
import { ScreenHeader } from '../ui/ScreenHeader';
import { LoadError } from '../ui/LoadError';
import { useActions, useLibrary } from '../state/library-context';
import type { ReviewState, StatusFilter } from '../state/review-state';
import { ClaimDetail } from './ClaimDetail';
import { ClaimList } from './ClaimList';
import { claimAbove, filterClaims, reviewProgress } from './review-filter';
import { readSelectionSource } from '../sources/selection-source';

const STATUS_OPTIONS: readonly [StatusFilter, string][] = [
  ['all', 'All claims'],
  ['unreviewed', 'To review'],
  ['consistent', 'Consistent'],
  ['conflicting', 'Conflicting'],
  ['unclear', 'Unclear'],
];
const KIND_OPTIONS: readonly (ClaimKind | 'all')[] = [
  'all',
  'figure',
  'date',
  'quote',
  'attribution',
  'other',
];

export function ReviewScreen(props: {
  review: ReviewState;
  searchRef: RefObject<HTMLInputElement | null>;
}): ReactNode {
  const { review, searchRef } = props;
  const actions = useActions();
  const articles = useLibrary((s) => s.articles);
  const stories = useLibrary((s) => s.stories);
  const savedReviewer = useLibrary((s) => s.settings?.settings.reviewer ?? '');
  // Edited here, saved to Settings when the field is left.
  const [reviewer, setReviewer] = useState<string | null>(null);

  const outlets = useMemo(
    () => new Map(articles.map((a) => [a.id, a.outlet ?? 'unknown outlet'])),
    [articles],
  );
  const outletOf = (id: string) => outlets.get(id) ?? id;
  const byId = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  const storyTitle = (id: string) => stories.find((s) => s.id === id)?.title ?? null;
  const { claims, filter } = review;
  const shown = useMemo(() => filterClaims(claims, filter), [claims, filter]);
  const progress = reviewProgress(review.claims);
  const current = review.claims.find((c) => c.id === review.currentId) ?? null;
  const story = stories.find((s) => s.id === review.storyId);
  const title = story?.title ?? articles.find((a) => a.id === review.articleIds[0])?.title ?? 'Untitled';

  return (
    <main className="review" aria-labelledby="review-title" data-testid="review-screen">
      <ScreenHeader
        titleId="review-title"
        title={
          <>
            Review claims <span className="screen-title-story">· {title}</span>
          </>
        }
        onBack={actions.closeReview}
        rows={
          <>
            <div className="rv-tools-row">
              <label className="rv-search">
                <IconSearch />
                <input
                  ref={searchRef}
                  type="search"
                  placeholder="Search claims"
                  value={review.filter.text}
                  onChange={(e) => actions.setReviewFilter({ text: e.target.value })}
                  aria-label="Search claims"
                />
              </label>
              <select
                aria-label="Status"
                value={review.filter.status}
                onChange={(e) => actions.setReviewFilter({ status: e.target.value as StatusFilter })}
              >
                {STATUS_OPTIONS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
              <select
                aria-label="Kind"
                value={review.filter.kind}
                onChange={(e) => actions.setReviewFilter({ kind: e.target.value as ClaimKind | 'all' })}
              >
                {KIND_OPTIONS.map((k) => (
                  <option key={k} value={k}>
                    {k === 'all' ? 'Every kind' : k}
                  </option>
                ))}
              </select>
              <select
                aria-label="Story"
                data-testid="review-story"
                value={review.storyId ?? ''}
                onChange={(e) => {
                  const first = stories.find((st) => st.id === e.target.value)?.articleIds[0];
                  if (first) actions.openReview(first);
                }}
              >
                {review.storyId ? null : <option value="">This article</option>}
                {stories.map((st) => (
                  <option key={st.id} value={st.id}>
                    {(st.title ?? 'Untitled story').slice(0, 60)}
                  </option>
                ))}
              </select>
              <select
                aria-label="Outlet"
                value={review.filter.articleId}
                onChange={(e) => actions.setReviewFilter({ articleId: e.target.value })}
              >
                <option value="all">Every version</option>
                {review.articleIds.map((id, i) => (
                  <option key={id} value={id}>
                    {`${i + 1} · ${outletOf(id)}`}
                  </option>
                ))}
              </select>
              <label className="rv-reviewer">
                <span>Reviewer</span>
                <input
                  value={reviewer ?? savedReviewer}
                  placeholder="your name"
                  onChange={(e) => setReviewer(e.target.value)}
                  onBlur={() => {
                    if (reviewer === null) return;
                    const name = reviewer.trim();
                    setReviewer(null);
                    if (name === savedReviewer) return;
                    void actions.saveSettings({ reviewer: name }).then((saved) => {
                      if (saved) actions.announceReviewer(name);
                    });
                  }}
                  data-testid="reviewer-name"
                />
              </label>
              <div className="rv-undo">
                <button
                  type="button"
                  className="button subtle"
                  disabled={!review.info?.canUndo || review.saving}
                  onClick={() => void actions.undoReview()}
                  title="Undo the last verdict change (Ctrl/Cmd+Z)"
                >
                  Undo
                </button>
                <button
                  type="button"
                  className="button subtle"
                  disabled={!review.info?.canRedo || review.saving}
                  onClick={() => void actions.redoReview()}
                  title="Redo (Ctrl/Cmd+Shift+Z)"
                >
                  Redo
                </button>
              </div>
              <p className="rv-status" role="status" data-testid="review-status">
                {review.saving ? 'Saving…' : review.saveError ? '' : review.notice}
              </p>
            </div>
            {review.saveError ? (
              <p className="reader-error rv-save-error" role="alert">
                <IconError />
                <span>Not saved: {review.saveError}</span>
              </p>
            ) : null}
          </>
        }
      >
        <p className="rv-progress" data-testid="review-progress">
          {review.status === 'loading'
            ? 'Finding claims…'
            : `Reviewed ${progress.reviewed} of ${progress.total}`}
          <span className="rv-progress-bar" aria-hidden="true">
            <span style={{ width: `${progress.total ? (100 * progress.reviewed) / progress.total : 0}%` }} />
          </span>
        </p>
      </ScreenHeader>

      {review.status === 'error' ? (
        <LoadError
          title="The claims could not be loaded"
          message={review.error}
          onRetry={() => void actions.reloadReview()}
        />
      ) : review.status === 'loading' ? (
        <div className="reader-skeleton" aria-hidden="true">
          {[92, 88, 95].map((width, i) => (
            <span key={i} className="skeleton-bar is-card" style={{ width: `${width}%` }} />
          ))}
        </div>
      ) : (
        <div className="rv-body">
          <ClaimList
            claims={shown}
            currentId={review.currentId}
            outletOf={outletOf}
            onSelect={actions.selectClaim}
          />
          <div className="rv-detail-pane">
            {current ? (
              <ClaimDetail
                // A new claim, or its note saved, starts the note field afresh.
                key={`${current.id}:${current.verdict?.note ?? ''}`}
                claim={current}
                history={review.history}
                lineage={review.lineage}
                saving={review.saving}
                outletOf={outletOf}
                storyId={review.storyId}
                articles={byId}
                storyTitle={storyTitle}
                onVerdict={(status) => void actions.setVerdict(status)}
                onAddEvidence={() => void actions.addEvidence()}
                onSaveNote={(note) => void actions.saveNote(note)}
                onDelete={() => void actions.deleteClaim()}
                onOpenPassage={actions.openPassage}
                onOpenCopy={(id, wording) => void actions.openCopy(id, wording)}
                onWhoElse={() => actions.askWhoElse(readSelectionSource())}
                onMergeUp={claimAbove(shown, current.id) ? () => void actions.mergeWithPrevious() : null}
              />
            ) : (
              <p className="rv-empty">This story has no claims to review.</p>
            )}
            {review.orphaned.length > 0 ? (
              <p className="rv-muted rv-orphans">
                {review.orphaned.length} verdict(s) in this workspace belong to claims the analysis no longer
                finds; they are kept.
              </p>
            ) : null}
          </div>
        </div>
      )}
    </main>
  );
}
