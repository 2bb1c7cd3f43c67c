// The outlet's name signing off a story is read as its outlet even when a prompt the line rules
// know ("Follow … on Telegram", share buttons) stands between the story and the name.
import { describe, expect, it } from 'vitest';
import { parseText } from './extraction-helpers';

const STORY = [
  'Harbour board approves new breakwater',
  'The harbour board approved the new breakwater on Tuesday after a two-year public inquiry into its cost.',
  'Work is due to start in the spring and will take about three years, the board said in a statement.',
];

describe('a sign-off below the story', () => {
  it('names the outlet right after the story, and after a prompt or two', () => {
    for (const between of [
      [],
      ['Follow the Harbour Herald on Telegram for live updates.'],
      ['Share', 'Copy link'],
    ]) {
      const article = parseText('story.txt', [...STORY, ...between, 'Harbour Herald'].join('\n'));
      expect(article.outlet, JSON.stringify(between)).toBe('Harbour Herald');
      expect(article.paragraphs.map((p) => p.text)).toEqual(STORY.slice(1));
    }
  });
});
