// The story page's timeline: every version in order, each with its date (and time, where the
// file states one), outlet, length and
// what changed from the version before. A version opens in the reader; "Move out of story"
// takes it out of the story (a reviewer's correction, kept by the services).
import type { ReactNode } from 'react';
import type { StoryVersion } from '../../shared/model';
import { IconCompare, IconMoveOut } from '../ui/icons';
import { formatCount, formatTime } from '../library/format';

interface StoryTimelineProps {
  readonly versions: readonly StoryVersion[];
  readonly pending: boolean;
  readonly onOpen: (articleId: string) => void;
  /** Opens the compare screen on two versions (the one before on the left). */
  readonly onCompare: (a: string, b: string) => void;
  readonly onMoveOut: (articleId: string) => void;
}

function changeSummary(version: StoryVersion): { text: string; tone: string } {
  const { change } = version;
  if (!change) return { text: 'first version', tone: 'is-first' };
  const same = change.added === 0 && change.removed === 0 && change.changed === 0;
  if (same) return { text: change.summary || 'same wording', tone: 'is-same' };
  return { text: change.summary, tone: 'is-changed' };
}

function Version(props: StoryTimelineProps & { version: StoryVersion; index: number }): ReactNode {
  const { version, index, versions, pending, onOpen, onCompare, onMoveOut } = props;
  const previous = index > 0 ? versions[index - 1] : undefined;
  const summary = changeSummary(version);
  const title = version.title ?? 'Untitled version';
  return (
    <li className="timeline-item" data-testid="timeline-version" data-article-id={version.articleId}>
      <span className="timeline-dot" aria-hidden="true">
        {index + 1}
      </span>
      <div className="timeline-card">
        <button
          type="button"
          className="timeline-open"
          title="Open this version in the reader"
          onClick={() => onOpen(version.articleId)}
        >
          <span className="timeline-meta">
            {version.date ? (
              <time dateTime={version.date}>{version.date}</time>
            ) : (
              <span className="is-missing">no date</span>
            )}
            {version.publishedAt ? (
              <time className="timeline-time" dateTime={version.publishedAt} data-testid="version-time">
                {formatTime(version.publishedAt)}
              </time>
            ) : null}
            <span aria-hidden="true">·</span>
            <span className={version.outlet ? 'timeline-outlet' : 'timeline-outlet is-missing'}>
              {version.outlet ?? 'unknown outlet'}
            </span>
            <span aria-hidden="true">·</span>
            <span className="timeline-words">{formatCount(version.words)} words</span>
          </span>
          <span className={version.title ? 'timeline-title' : 'timeline-title is-untitled'}>{title}</span>
        </button>
        <div className="timeline-side">
          <span className={`change-summary ${summary.tone}`} data-testid="change-summary">
            {summary.text}
          </span>
          {previous ? (
            <button
              type="button"
              className="button subtle timeline-compare"
              data-testid="compare-previous"
              title="Compare this version with the one before it, side by side"
              onClick={() => onCompare(previous.articleId, version.articleId)}
            >
              <IconCompare size={14} />
              Compare with previous
            </button>
          ) : null}
          {versions.length > 1 ? (
            <button
              type="button"
              className="button subtle timeline-move"
              data-testid="move-out"
              disabled={pending}
              title="Take this version out of the story; it becomes a story of its own"
              onClick={() => onMoveOut(version.articleId)}
            >
              <IconMoveOut size={14} />
              Move out of story
            </button>
          ) : null}
        </div>
      </div>
    </li>
  );
}

export function StoryTimeline(props: StoryTimelineProps): ReactNode {
  return (
    <ol className="timeline" aria-label="Versions, oldest first">
      {props.versions.map((version, index) => (
        <Version key={version.articleId} {...props} version={version} index={index} />
      ))}
    </ol>
  );
}
