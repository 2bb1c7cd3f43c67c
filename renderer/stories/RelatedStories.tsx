// The story page's "Related stories": other stories about the same subject, each opening its
// own page, each with "Not related" for when the services linked them wrongly.
import type { ReactNode } from 'react';
import type { StoryDetail } from '../../shared/model';
import { IconClose } from '../ui/icons';
import { plural } from '../library/format';

interface RelatedStoriesProps {
  readonly related: StoryDetail['related'];
  readonly pending: boolean;
  readonly onOpen: (storyId: string) => void;
  readonly onNotRelated: (storyId: string) => void;
}

export function RelatedStories(props: RelatedStoriesProps): ReactNode {
  const { related, pending, onOpen, onNotRelated } = props;
  if (related.length === 0) {
    return (
      <p className="story-empty" data-testid="no-related">
        No related stories. Stories about the same subject are listed here.
      </p>
    );
  }
  return (
    <ul className="related-list">
      {related.map((story) => (
        <li key={story.id} className="related-item" data-testid="related-story" data-id={story.id}>
          <button
            type="button"
            className="related-open"
            title="Open this story"
            onClick={() => onOpen(story.id)}
          >
            <span className={story.title ? 'related-title' : 'related-title is-untitled'}>
              {story.title ?? 'Untitled story'}
            </span>
            <span className="related-count">{plural(story.versions, 'version', 'versions')}</span>
          </button>
          <button
            type="button"
            className="button subtle"
            data-testid="not-related"
            disabled={pending}
            title="These stories are not about the same subject"
            onClick={() => onNotRelated(story.id)}
          >
            <IconClose size={13} />
            Not related
          </button>
        </li>
      ))}
    </ul>
  );
}
