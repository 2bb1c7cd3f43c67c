// Where the keyboard goes after a story correction, whose button may have gone with the version
// or story it acted on: the notice's Undo button if there is one, else the story page itself.
import { focusSoon } from '../library/focus-soon';

export function focusAfterCorrection(): void {
  focusSoon('[data-testid="story-notice"] button', () =>
    document.querySelector<HTMLElement>('[data-testid="story-page"]'),
  );
}
