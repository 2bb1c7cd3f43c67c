// Stories through the service and the CLI: the sample workspace's three stories and its one
// related article, and the reviewer's overrides surviving a re-import and a restart.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkspaceApi } from '../../shared/api';
import { openWorkbench } from '../../electron/services/open-workbench';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
const sample = join(PROJECT_ROOT, 'data', 'sample');
const A1 = 'ff059bb9748fe370';
const A2 = '5b0e4448e4614b8c';
const A3 = '413df8a716798157';
const D = 'c7c79c6b0a608fcd';

async function open(dir: string): Promise<WorkspaceApi> {
  return (await openWorkbench({ dir, isDefault: false }, { mode: 'desktop' })).api;
}

describe('stories', () => {
  it('groups the sample into its three stories, versions by date, and links the related article', async () => {
    const api = await open(temp());
    await api.importPaths({ paths: [sample] });
    const stories = await api.listStories({});
    expect(stories.map((s) => s.articleIds.length)).toEqual([3, 3, 3, 1]);
    const wire = stories[0]!;
    expect(wire).toEqual({
      id: `st-${A1}`,
      title: 'Lodmark, Tervania agree to reopen talks on Vessa water-sharing treaty',
      articleIds: [A1, A2, A3],
      relatedStoryIds: [`st-${D}`],
      page: null,
    });
    expect(stories[3]).toMatchObject({ id: `st-${D}`, relatedStoryIds: [`st-${A1}`] });
    expect(stories[1]!.relatedStoryIds).toEqual([]);
  });

  it('groups a page’s history: one page address whatever the rewrite, a first version that grew; keeps a quoted notice apart', async () => {
    const fixtures = join(PROJECT_ROOT, 'tests', 'fixtures', 'stories');
    const files = [
      'p1-council-budget-evening.html', // imported first; the morning version is published first
      'p1-council-budget-morning.html',
      'v1-quarry-update.json',
      'v1-quarry-breaking.json',
      'h1-slipway-notice.json',
      'h1-slipway-column.json',
    ];
    const api = await open(temp());
    await api.importPaths({ paths: files.map((f) => join(fixtures, f)) });
    const articles = await api.listArticles({});
    const idOf = (file: string) => articles.find((a) => a.sourcePath.endsWith(file))!.id;
    const stories = await api.listStories({});
    const storyOf = (file: string) => stories.find((s) => s.articleIds.includes(idOf(file)))!;

    const council = storyOf('p1-council-budget-morning.html');
    expect(council.articleIds).toEqual([
      idOf('p1-council-budget-morning.html'),
      idOf('p1-council-budget-evening.html'),
    ]);
    expect(council.page).toEqual({
      url: 'https://www.brenmouth-post.example/news/council/library-cuts-vote/',
      versions: 2,
    });
    const detail = await api.getStory({ id: council.id });
    expect(detail.page?.versions).toBe(2);
    expect(detail.versions.map((v) => v.publishedAt)).toEqual(['2025-11-20T07:30Z', '2025-11-20T21:55Z']);
    expect(detail.versions[1]!.change?.summary).toMatch(/added|reworded/);

    // Imported after its update, the breaking version still comes first: it is dated earlier.
    const quarry = storyOf('v1-quarry-update.json');
    expect(quarry.articleIds).toEqual([idOf('v1-quarry-breaking.json'), idOf('v1-quarry-update.json')]);
    expect(quarry.page).toBeNull();
    expect(storyOf('h1-slipway-notice.json').id).not.toBe(storyOf('h1-slipway-column.json').id);
  });

  it('keeps the reviewer’s overrides through a re-import and a restart', async () => {
    const dir = temp();
    const api = await open(dir);
    await api.importPaths({ paths: [sample] });
    await api.moveArticleOut({ articleId: A3 });
    await api.setStoriesRelated({ a: `st-${A1}`, b: `st-${D}`, related: false });
    const before = await api.listStories({});
    const bridge = before.find((s) => s.title?.startsWith('Tessvik council'));
    const solar = before.find((s) => s.title?.startsWith('Veldra Energy'));
    await api.mergeStories({ a: bridge!.id, b: solar!.id });

    await api.importPaths({ paths: [sample] }); // the same files again: all duplicates
    const restarted = await open(dir);
    const stories = await restarted.listStories({});
    const wire = stories.find((s) => s.id === `st-${A1}`)!;
    expect(wire.articleIds).toEqual([A1, A2]);
    // Not related to the article the reviewer ruled out; the version moved out is about the same subject.
    expect(wire.relatedStoryIds).toEqual([`st-${A3}`]);
    expect(stories.find((s) => s.id === `st-${A3}`)?.articleIds).toEqual([A3]);
    const merged = stories.find((s) => s.id === bridge!.id)!;
    expect(merged.articleIds.toSorted()).toEqual([...bridge!.articleIds, ...solar!.articleIds].toSorted());
    expect(stories).toHaveLength(4);

    // Moving one article out of the merged story takes only that article: the rest of its
    // story stays merged, even when the article was the one the merge was recorded with.
    const moved = solar!.articleIds[0]!;
    const after = await restarted.moveArticleOut({ articleId: moved });
    expect(after.find((s) => s.id === bridge!.id)!.articleIds.toSorted()).toEqual(
      [...bridge!.articleIds, ...solar!.articleIds.slice(1)].toSorted(),
    );
    expect(after.find((s) => s.articleIds.includes(moved))!.articleIds).toEqual([moved]);
  });

  it('refuses unknown stories and malformed ids', async () => {
    const api = await open(temp());
    await expect(api.mergeStories({ a: 'st-0000000000000000', b: 'st-0000000000000001' })).rejects.toThrow(
      /No story/,
    );
  });

  it('prints DESIGN.md’s stories shape on the CLI', async () => {
    const ws = temp();
    await runCli(['import', sample, '--workspace', ws]);
    const run = await runCli(['stories', '--workspace', ws, '--json']);
    expect(run.code).toBe(0);
    const stories = JSON.parse(run.stdout);
    // DESIGN.md's fields, plus the documented addition `page` (docs/cli.md); fields are added, never renamed.
    for (const s of stories)
      expect(Object.keys(s).sort()).toEqual(['articleIds', 'id', 'page', 'relatedStoryIds', 'title']);
    expect(stories).toHaveLength(4);
  });
});

describe('incremental grouping', () => {
  it('matches only the new articles of an import against the existing stories', async () => {
    const dir = temp();
    const { store } = await openWorkbench({ dir, isDefault: false }, { mode: 'desktop' });
    const { StoriesService } = await import('../../electron/services/stories-service');
    const { importPaths } = await import('../../electron/services/import-service');
    const service = new StoriesService(store);
    await importPaths(store, [
      join(sample, 'a1-agency.txt'),
      join(sample, 'b1-page.md'),
      join(sample, 'c1.json'),
    ]);
    expect((await service.list()).map((s) => s.articleIds.length)).toEqual([1, 1, 1]);
    expect(service.signed).toBe(3);

    await importPaths(store, [sample]);
    const stories = await service.list();
    expect(stories.map((s) => s.articleIds.length)).toEqual([3, 3, 3, 1]);
    // Seven new articles were signed; the three earlier ones were not signed again.
    expect(service.signed).toBe(10);
    expect(stories[0]!.id).toBe(`st-${A1}`);
  });
});
