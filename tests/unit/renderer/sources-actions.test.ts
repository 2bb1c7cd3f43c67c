// The source counts the library and story page show: asked at most 100 stories a call, each
// story once, kept until the list of stories changes (an import, a correction), and a failed
// call not asked again for the same stories. "Who else says this?" asks about the claim in hand
// when nothing is selected.
import { describe, expect, it } from 'vitest';
import type { WorkbenchApi } from '../../../shared/api';
import type { Story, StorySourceCounts } from '../../../shared/model';
import type { WorkbenchClient } from '../../../renderer/api/client';
import { createSourcesActions } from '../../../renderer/state/sources-actions';
import { initialLibraryState, type LibraryState } from '../../../renderer/state/library-state';
import { createStore } from '../../../renderer/state/store';

const story = (id: string): Story => ({ id, title: id, articleIds: [`${id}-a`], relatedStoryIds: [] });

function setup(fail = false) {
  const calls: string[][] = [];
  const asked: unknown[] = [];
  const api = {
    getSourceCounts: async ({ storyIds }: { storyIds: string[] }): Promise<StorySourceCounts[]> => {
      calls.push(storyIds);
      if (fail) throw new Error('no');
      return storyIds.map((storyId) => ({ storyId, claims: 3, corroborated: 1, contested: 1 }));
    },
    findSources: async (input: unknown) => {
      asked.push(input);
      return { query: 'q', matches: [] };
    },
  } as unknown as WorkbenchApi;
  const client = { api } as WorkbenchClient;
  const stories = Array.from({ length: 250 }, (_, i) => story(`s${i}`));
  const store = createStore<LibraryState>({ ...initialLibraryState, stories });
  const actions = createSourcesActions(
    store,
    client,
    () => {},
    () => {},
  );
  return { store, actions, calls, asked, stories };
}

describe('source counts', () => {
  it('asks at most 100 stories a call and each story once while the stories stay the same', async () => {
    const { store, actions, calls, stories } = setup();
    await actions.loadSourceCounts(stories.map((s) => s.id));
    expect(calls.map((c) => c.length)).toEqual([100, 100, 50]);
    await actions.loadSourceCounts(['s0', 's1']);
    expect(calls).toHaveLength(3);
    expect(store.getState().sourceCounts.counts.get('s7')).toEqual({
      storyId: 's7',
      claims: 3,
      corroborated: 1,
      contested: 1,
    });
  });

  it('forgets the counts when the stories change', async () => {
    const { store, actions, calls } = setup();
    await actions.loadSourceCounts(['s0']);
    store.setState((s) => ({ ...s, stories: [...s.stories] }));
    await actions.loadSourceCounts(['s0']);
    expect(calls).toEqual([['s0'], ['s0']]);
  });

  it('does not ask again for stories whose counts could not be had', async () => {
    const { store, actions, calls } = setup(true);
    await actions.loadSourceCounts(['s0', 's1']);
    await actions.loadSourceCounts(['s1']);
    expect(calls).toEqual([['s0', 's1']]);
    expect(store.getState().sourceCounts.failed.has('s1')).toBe(true);
  });
});

describe('who else says this', () => {
  it('asks about the selected words with their article, else the claim in hand, else explains', async () => {
    const { store, actions, asked } = setup();
    actions.askWhoElse({ text: '  the bridge\n opened in 1962 ', articleId: 'a1' });
    expect(asked.at(-1)).toEqual({ text: 'the bridge opened in 1962', article: 'a1' });
    await Promise.resolve();
    actions.askWhoElse(null);
    expect(store.getState().whoElse).toMatchObject({ query: null, status: 'ready' });
    store.setState((s) => ({
      ...s,
      screen: {
        kind: 'review',
        review: {
          currentId: 'c1',
          claims: [{ id: 'c1', articleId: 'a2', text: 'Claim text here' }],
        },
      } as unknown as LibraryState['screen'],
    }));
    actions.askWhoElse({ text: 'x', articleId: 'a1' });
    expect(asked.at(-1)).toEqual({ text: 'Claim text here', article: 'a2' });
    actions.closeWhoElse();
    expect(store.getState().whoElse).toBeNull();
  });
});
