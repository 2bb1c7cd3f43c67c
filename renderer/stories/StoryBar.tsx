// The line above an article in the reader that names its story: which version this is, and a
// link back to the story's page (from the Articles view too, which it switches to Stories).
import type { ReactNode } from 'react';
import { IconBack } from '../ui/icons';
import { formatCount } from '../library/format';
import { useActions, useLibrary } from '../state/library-context';

export function StoryBar(props: { articleId: string }): ReactNode {
  const { articleId } = props;
  const actions = useActions();
  const entry = useLibrary((s) => {
    const storyId = s.storyOfArticle.get(articleId);
    return storyId ? (s.storyEntries.find((e) => e.story.id === storyId) ?? null) : null;
  });
  if (!entry) return null;
  const at = entry.versions.findIndex((v) => v.id === articleId);
  const count = entry.versions.length;
  return (
    <nav className="story-bar" aria-label="Story">
      <button
        type="button"
        className="story-bar-link"
        data-testid="back-to-story"
        title="Open the story’s page: its timeline and related stories"
        onClick={() => actions.openStory(entry.story.id)}
      >
        <IconBack size={14} />
        <span className="story-bar-label">Story</span>
        <span className="story-bar-title">{entry.title}</span>
      </button>
      <span className="story-bar-position">
        {count === 1 ? 'its only version' : `version ${formatCount(at + 1)} of ${formatCount(count)}`}
      </span>
    </nav>
  );
}
