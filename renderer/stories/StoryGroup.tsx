// One story in the Stories tree: a header (title, version count, outlets, date range, a
// "related" mark) and, while expanded, its versions as article rows. A story of one version is
// a single row that opens its article; Enter on any story opens the story's page.
import { memo, useEffect, useRef, type ReactNode } from 'react';
import { IconChevron, IconLink } from '../ui/icons';
import { ArticleRow } from '../library/ArticleRow';
import { formatDateRange, formatOutlets, plural } from '../library/format';
import { isGroup, type StoryEntry } from '../state/story-tree';
import type { StorySourceCounts } from '../../shared/model';
import { SourceCountsBadge } from '../sources/StorySourceCounts';

export function storyDomId(id: string): string {
  return `story-item-${id}`;
}

interface StoryGroupProps {
  readonly entry: StoryEntry;
  readonly expanded: boolean;
  /** Where the cursor is in this story: 'story' (its row), an article id, or null (elsewhere). */
  readonly active: string | null;
  readonly onSelectStory: (storyId: string) => void;
  readonly onSelectArticle: (articleId: string) => void;
  readonly onToggle: (storyId: string) => void;
  /** How many of its claims other stories corroborate or contest; null until known. */
  readonly sourceCounts: StorySourceCounts | null;
  /** Its place in the windowed tree, the tree's length, and the window's measure. */
  readonly index?: number;
  readonly count?: number;
  readonly measure?: (element: Element | null) => void;
}

function StoryMeta(props: { entry: StoryEntry }): ReactNode {
  const { entry } = props;
  const dates = formatDateRange(entry.firstDate, entry.lastDate);
  const outlets = formatOutlets(entry.outlets);
  return (
    <div className="story-meta">
      <span className="story-count" data-testid="story-version-count">
        {plural(entry.versions.length, 'version', 'versions')}
      </span>
      <span className="story-outlets" title={outlets}>
        {outlets}
      </span>
      <span className={dates ? 'story-dates' : 'story-dates is-missing'}>{dates ?? 'no date'}</span>
    </div>
  );
}

function RelatedMark(props: { count: number }): ReactNode {
  if (props.count === 0) return null;
  const text = `Related to ${plural(props.count, 'other story', 'other stories')}`;
  return (
    <span className="story-related" title={text} data-testid="story-related-mark">
      <IconLink size={12} />
      related
      <span className="visually-hidden">: {text}</span>
    </span>
  );
}

export const StoryGroup = memo(function StoryGroup(props: StoryGroupProps): ReactNode {
  const { entry, expanded, active, onSelectStory, onSelectArticle, onToggle, sourceCounts } = props;
  const { index, count, measure } = props;
  const { story } = entry;
  const group = isGroup(entry);
  const only = entry.versions[0];
  const ref = useRef<HTMLDivElement>(null);
  const headerId = `${storyDomId(story.id)}-header`;

  useEffect(() => {
    if (active === 'story') ref.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  return (
    <div
      ref={measure}
      data-index={index}
      aria-setsize={count}
      aria-posinset={index === undefined ? undefined : index + 1}
      role="treeitem"
      id={storyDomId(story.id)}
      aria-level={1}
      aria-expanded={group ? expanded : undefined}
      aria-selected={active === 'story'}
      aria-labelledby={headerId}
      className={group ? 'story-group' : 'story-group is-single'}
      data-testid="story-group"
      data-id={story.id}
    >
      <div
        ref={ref}
        id={headerId}
        className={active === 'story' ? 'story-header is-active' : 'story-header'}
        data-testid={group ? undefined : 'article-row'}
        data-id={group ? undefined : only?.id}
        onClick={() => (group || !only ? onSelectStory(story.id) : onSelectArticle(only.id))}
        onDoubleClick={() => onSelectStory(story.id)}
      >
        {group ? (
          <span
            className={expanded ? 'story-chevron is-open' : 'story-chevron'}
            aria-hidden="true"
            title={expanded ? 'Collapse (←)' : 'Expand (→)'}
            onClick={(event) => {
              event.stopPropagation();
              onToggle(story.id);
            }}
          >
            <IconChevron size={14} />
          </span>
        ) : (
          <span className="story-chevron is-leaf" aria-hidden="true" />
        )}
        <div className="story-main">
          <div className="story-line">
            <span
              className={entry.titleKnown ? 'story-title' : 'story-title is-untitled'}
              data-testid="story-title"
              title={entry.title}
            >
              {entry.title}
            </span>
            <SourceCountsBadge counts={sourceCounts} />
            <RelatedMark count={story.relatedStoryIds.length} />
          </div>
          <StoryMeta entry={entry} />
        </div>
      </div>
      {group && expanded ? (
        <div role="group" className="story-versions">
          {entry.versions.map((summary) => (
            <ArticleRow
              key={summary.id}
              summary={summary}
              selected={active === summary.id}
              onSelect={onSelectArticle}
              inTree
            />
          ))}
        </div>
      ) : null}
    </div>
  );
});
