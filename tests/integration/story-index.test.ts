// The story index kept on disk (index/stories.json, the listing, and index/story-signatures.json,
// what adding articles needs): a process opening a workspace lists its stories from the listing
// alone without reading a single article text, with the same result as a fresh build; an
// import after a restart reads only the new articles; a missing, damaged, older or foreign file
// is rebuilt; an article found damaged since is left out with the reason.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openWorkbench } from '../../electron/services/open-workbench';
import { importPaths } from '../../electron/services/import-service';
import { StoriesService } from '../../electron/services/stories-service';
import { STORY_INDEX_FILE, STORY_SIGNATURES_FILE } from '../../electron/store/story-index-file';
import type { WorkspaceStore } from '../../electron/store/workspace-store';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
const SAMPLE = join(PROJECT_ROOT, 'data', 'sample');
const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures', 'stories');

async function store(dir: string): Promise<WorkspaceStore> {
  return (await openWorkbench({ dir, isDefault: false }, { mode: 'desktop' })).store;
}

/** A StoriesService on a freshly opened store, counting the article files it reads. */
async function fresh(dir: string): Promise<{ service: StoriesService; reads: () => number }> {
  const s = await store(dir);
  const read = vi.spyOn(s, 'readArticle');
  return { service: new StoriesService(s), reads: () => read.mock.calls.length };
}

describe('the story index on disk', () => {
  it('lists the stories of a reopened workspace without reading an article, as a fresh build would', async () => {
    const dir = temp();
    await importPaths(await store(dir), [
      SAMPLE,
      join(FIXTURES, 'p1-council-budget-morning.html'),
      join(FIXTURES, 'p1-council-budget-evening.html'),
    ]);
    const first = await fresh(dir);
    const built = await first.service.list();
    expect(first.reads()).toBeGreaterThan(0);
    expect(existsSync(join(dir, STORY_INDEX_FILE))).toBe(true);

    const again = await fresh(dir);
    expect(await again.service.list()).toEqual(built);
    expect(again.reads()).toBe(0);
    // The story page reads its versions' texts, and still knows their page and times.
    const page = built.find((s) => s.page?.url.includes('brenmouth-post'))!;
    expect((await again.service.detail(page.id)).versions.map((v) => v.publishedAt)).toEqual([
      '2025-11-20T07:30Z',
      '2025-11-20T21:55Z',
    ]);

    rmSync(join(dir, STORY_INDEX_FILE));
    const rebuilt = await fresh(dir);
    expect(await rebuilt.service.list()).toEqual(built);
  });

  it('after a restart, signs only the articles imported since and reads only the stories they touch', async () => {
    const dir = temp();
    const s = await store(dir);
    await importPaths(s, [
      join(SAMPLE, 'a1-agency.txt'),
      join(SAMPLE, 'b1-page.md'),
      join(SAMPLE, 'c1.json'),
    ]);
    await new StoriesService(s).list();

    await importPaths(s, [SAMPLE]);
    const later = await fresh(dir);
    const stories = await later.service.list();
    expect(stories.map((x) => x.articleIds.length)).toEqual([3, 3, 3, 1]);
    expect(later.service.signed).toBe(7);
    // Seven new articles; the three earlier ones are read again only for their changed stories' terms.
    expect(later.reads()).toBeLessThanOrEqual(10);

    // A change of the reviewer's overrides regroups from the index: no article is read.
    const [a, b] = [stories[0]!, stories[1]!];
    const merged = await fresh(dir);
    await merged.service.list();
    const before = merged.reads();
    await merged.service.merge(a.id, b.id);
    expect(merged.reads() - before).toBeLessThanOrEqual(0 + a.articleIds.length + b.articleIds.length);
  });

  it.each([
    ['damaged', (text: string) => text.slice(0, text.length / 2)],
    ['of an older version', (text: string) => text.replace('"v":2', '"v":1')],
  ])('is rebuilt from the articles when the listing is %s', async (_what, spoil) => {
    const dir = temp();
    await importPaths(await store(dir), [SAMPLE]);
    const built = await (await fresh(dir)).service.list();
    const file = join(dir, STORY_INDEX_FILE);
    writeFileSync(file, spoil(readFileSync(file, 'utf8')));
    const again = await fresh(dir);
    expect(await again.service.list()).toEqual(built);
    expect(again.reads()).toBeGreaterThan(0);
  });

  it('lists from the listing without reading the signatures; reads them only to add an article', async () => {
    const dir = temp();
    const s = await store(dir);
    await importPaths(s, [join(SAMPLE, 'a1-agency.txt'), join(SAMPLE, 'b1-page.md')]);
    const built = await (await fresh(dir)).service.list();
    // Signatures no one can read: a listing-only process never notices.
    writeFileSync(join(dir, STORY_SIGNATURES_FILE), 'not json');
    const lister = await fresh(dir);
    expect(await lister.service.list()).toEqual(built);
    expect(lister.reads()).toBe(0);
    expect(lister.service.signed).toBe(0);
  });

  it.each([
    ['damaged', (text: string) => text.slice(0, text.length / 2)],
    ['of an older version', (text: string) => text.replace('"v":2', '"v":1')],
    ['of the other byte order', (text: string) => text.replace(/"byteOrder":\d/, '"byteOrder":9')],
    ['inconsistent', (text: string) => text.replace('"parent":[0', '"parent":[5')],
    [
      'written with another listing',
      (text: string) => text.replace(/"generation":"[0-9a-f]+"/, '"generation":"0"'),
    ],
  ])('adds articles by rebuilding from the articles when the signatures are %s', async (_what, spoil) => {
    const dir = temp();
    const s = await store(dir);
    await importPaths(s, [
      join(SAMPLE, 'a1-agency.txt'),
      join(SAMPLE, 'b1-page.md'),
      join(SAMPLE, 'c1.json'),
    ]);
    await (await fresh(dir)).service.list();
    const file = join(dir, STORY_SIGNATURES_FILE);
    const text = readFileSync(file, 'utf8');
    expect(spoil(text)).not.toBe(text);
    writeFileSync(file, spoil(text));
    await importPaths(s, [SAMPLE]);
    const again = await fresh(dir);
    const stories = await again.service.list();
    // Every article signed again (the signatures were not used), and the same stories as a build from nothing.
    expect(again.service.signed).toBe(10);
    const scratch = temp();
    await importPaths(await store(scratch), [
      join(SAMPLE, 'a1-agency.txt'),
      join(SAMPLE, 'b1-page.md'),
      join(SAMPLE, 'c1.json'),
    ]);
    await importPaths(await store(scratch), [SAMPLE]);
    expect(stories).toEqual(await (await fresh(scratch)).service.list());
  });

  it('leaves out an article found damaged since, with the reason, and takes it back once repaired', async () => {
    const dir = temp();
    const s = await store(dir);
    const imported = (await importPaths(s, [SAMPLE])).imported;
    await new StoriesService(s).list();
    const victim = imported.find((a) => a.sourcePath.endsWith('a2-portal.txt'))!;
    writeFileSync(join(dir, 'articles', `${victim.id}.json`), '');
    // Another process opens the article: the damage is found there and the file set aside.
    expect((await runCli(['show', victim.id, '--workspace', dir])).code).toBe(1);

    const run = await runCli(['stories', '--workspace', dir, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const ids = (JSON.parse(run.stdout) as { articleIds: string[] }[]).flatMap((x) => x.articleIds);
    expect(ids).not.toContain(victim.id);
    expect(ids).toHaveLength(imported.length - 1);
    expect(run.stderr).toContain('Left out of the stories');

    await runCli(['import', join(SAMPLE, 'a2-portal.txt'), '--workspace', dir]);
    const repaired = await runCli(['stories', '--workspace', dir, '--json']);
    expect(
      (JSON.parse(repaired.stdout) as { articleIds: string[] }[]).flatMap((x) => x.articleIds),
    ).toContain(victim.id);
  });
});
