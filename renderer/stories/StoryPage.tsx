// The right pane while a story is selected: its title, outlets and dates, the timeline of its
// versions, the related stories, and the reviewer's corrections (merge, move out, not related)
// with a notice saying what the last one did. Loading and failure look like the reader's.
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { StoryDetail } from '../../shared/model';
import { IconCheck, IconCompare, IconError, IconMerge, IconRefresh, IconReview } from '../ui/icons';
import { formatDateRange, formatOutlets, plural } from '../library/format';
import { useActions, useLibrary } from '../state/library-context';
import { focusAfterCorrection } from './focus-after-correction';
import { MergePicker } from './MergePicker';
import { RelatedStories } from './RelatedStories';
import { StoryTimeline } from './StoryTimeline';
import { StorySourceLine } from '../sources/StorySourceCounts';

function StorySkeleton(): ReactNode {
  return (
    <div className="reader-skeleton" aria-hidden="true">
      <span className="skeleton-bar is-thin" style={{ width: '22%' }} />
      <span className="skeleton-bar is-title" style={{ width: '78%' }} />
      <span className="skeleton-bar is-thin" style={{ width: '48%' }} />
      {[92, 88, 95].map((width, i) => (
        <span key={i} className="skeleton-bar is-card" style={{ width: `${width}%` }} />
      ))}
    </div>
  );
}

function Notice(): ReactNode {
  const actions = useActions();
  const notice = useLibrary((s) => s.storyNotice);
  const pending = useLibrary((s) => s.storyPending);
  return (
    <div className="story-notice-slot" role="status">
      {notice ? (
        <p className="story-notice" data-testid="story-notice">
          <IconCheck />
          <span>{notice.text}</span>
          {notice.undo ? (
            <button
              type="button"
              className="button subtle"
              disabled={pending}
              onClick={() => void actions.undoStoryChange().then(focusAfterCorrection)}
            >
              Undo
            </button>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

/** "Story · 3 versions"; a page's history says so: "same page, 2 versions" (or "2 of them"). */
function kicker(story: StoryDetail): string {
  const versions = plural(story.versions.length, 'version', 'versions');
  if (!story.page) return `Story · ${versions}`;
  if (story.page.versions === story.versions.length) return `Story · same page, ${versions}`;
  return `Story · ${versions} · same page, ${story.page.versions} of them`;
}

function StoryDocument(props: { story: StoryDetail }): ReactNode {
  const { story } = props;
  const actions = useActions();
  const pending = useLibrary((s) => s.storyPending);
  const others = useLibrary((s) => s.storyEntries.length > 1);
  // A one-version story compares with any other article (the pickers then choose which).
  const firstOther = useLibrary((s) => s.articles.find((a) => !story.articleIds.includes(a.id))?.id ?? null);
  const sub = useMemo(() => {
    const dates = story.versions.flatMap((v) => v.date ?? []).sort();
    const outlets = formatOutlets([...new Set(story.versions.map((v) => v.outlet))]);
    const range = formatDateRange(dates[0] ?? null, dates[dates.length - 1] ?? null);
    return range ? `${outlets} — ${range}` : `${outlets} — no date`;
  }, [story]);
  const title = story.title ?? story.versions[0]?.title ?? 'Untitled story';

  return (
    <article className="story-doc" aria-labelledby="story-title">
      <header className="story-head">
        <p className="doc-kicker" data-testid="story-kicker">
          {kicker(story)}
        </p>
        <h1 id="story-title" className="doc-title" data-testid="story-page-title">
          {title}
        </h1>
        <p className="story-sub">{sub}</p>
        {story.page ? (
          <p
            className="story-page-address"
            data-testid="story-page-address"
            title="The page address these versions share"
          >
            <span className="story-page-label">Page address</span>
            <span className="story-page-url">{story.page.url}</span>
          </p>
        ) : null}
        <StorySourceLine storyId={story.id} />
        <div className="story-toolbar">
          <button
            type="button"
            className="button"
            data-testid="compare-versions"
            disabled={pending || (story.versions.length < 2 && !firstOther)}
            title={
              story.versions.length >= 2
                ? 'Compare the latest version with the one before it'
                : 'Compare this article with another one; pick which in the compare screen'
            }
            onClick={() => {
              const v = story.versions;
              if (v.length >= 2)
                actions.openCompare(v[v.length - 2]!.articleId, v[v.length - 1]!.articleId, story.id);
              else if (firstOther) actions.openCompare(v[0]!.articleId, firstOther, story.id);
            }}
          >
            <IconCompare />
            {story.versions.length >= 2 ? 'Compare versions' : 'Compare with…'}
          </button>
          <button
            type="button"
            className="button"
            data-testid="story-review"
            title="Review the claims of every version (v)"
            onClick={() => story.versions[0] && actions.openReview(story.versions[0].articleId)}
          >
            <IconReview />
            Review claims
          </button>
          <button
            type="button"
            className="button"
            data-testid="open-matrix"
            title="Every claim as each version and related article gives it (m)"
            onClick={() => actions.openMatrix(story.id)}
          >
            <IconCompare />
            Matrix
          </button>
          <button
            type="button"
            className="button"
            data-testid="merge-with"
            disabled={pending || !others}
            title="Put another story's versions into this one"
            onClick={actions.openMergePicker}
          >
            <IconMerge />
            Merge with…
          </button>
        </div>
      </header>
      <Notice />
      <section className="story-section" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="story-section-title">
          Timeline
          <span className="story-section-hint">oldest first · each change is against the version before</span>
        </h2>
        <StoryTimeline
          versions={story.versions}
          pending={pending}
          onOpen={actions.openVersion}
          onCompare={(a, b) => actions.openCompare(a, b, story.id)}
          onMoveOut={(id) => void actions.moveArticleOut(id).then(focusAfterCorrection)}
        />
      </section>
      <section className="story-section" aria-labelledby="related-heading">
        <h2 id="related-heading" className="story-section-title">
          Related stories
          <span className="story-section-hint">about the same subject</span>
        </h2>
        <RelatedStories
          related={story.related}
          pending={pending}
          onOpen={actions.selectStory}
          onNotRelated={(id) => void actions.markNotRelated(id).then(focusAfterCorrection)}
        />
      </section>
    </article>
  );
}

export function StoryPage(): ReactNode {
  const actions = useActions();
  const selectedStoryId = useLibrary((s) => s.selectedStoryId);
  const story = useLibrary((s) => s.story);
  const status = useLibrary((s) => s.storyStatus);
  const error = useLibrary((s) => s.storyLoadError);
  const mergeOpen = useLibrary((s) => s.merge !== null);
  const regionRef = useRef<HTMLElement>(null);

  const shown = story && story.id === selectedStoryId ? story : null;
  // A new story starts at its top.
  useEffect(() => {
    regionRef.current?.scrollTo({ top: 0 });
  }, [shown?.id]);

  let content: ReactNode;
  if (status === 'error') {
    content = (
      <div className="reader-message">
        <h2>This story could not be opened</h2>
        <p className="reader-error">
          <IconError />
          <span>{error}</span>
        </p>
        <button type="button" className="button" onClick={actions.reloadStory}>
          <IconRefresh /> Try again
        </button>
      </div>
    );
  } else if (shown) {
    content = <StoryDocument story={shown} />;
  } else {
    content = <StorySkeleton />;
  }

  return (
    <section
      ref={regionRef}
      className="reader story-reader"
      data-region="reader"
      aria-label="Story"
      aria-busy={status === 'loading'}
      tabIndex={0}
      data-testid="story-page"
    >
      {content}
      {mergeOpen && shown ? <MergePicker story={shown} /> : null}
    </section>
  );
}
