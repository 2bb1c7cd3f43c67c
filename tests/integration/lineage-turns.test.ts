// A claim's lineage in a long story (200 versions) aligns its article with every version, a
// few hundred ms of synchronous work on the request thread. It is done a version at a time
// with turns for other requests between (a question asked meanwhile is answered first), and
// none while a verdict is saved: a verdict saved right after the reviewer moved to the claim
// (the review asks for the lineage there) is answered before the lineage, not after it. The
// lineage is the same as the one worked out in one go.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceApi } from '../../shared/api';
import { claimLineage } from '../../shared/claims';
import { openWorkbench } from '../../electron/services/open-workbench';
import { longStory, longStoryFile } from '../../bench/lib/long-story';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
const VERSIONS = 200;

describe('a long story’s lineage', () => {
  let api: WorkspaceApi;
  let claimId: string;
  /** How long one lineage takes here. */
  let took: number;

  beforeAll(async () => {
    const folder = temp();
    const story = longStory(VERSIONS, 60, 7);
    mkdirSync(folder, { recursive: true });
    story.versions.forEach((_, v) =>
      writeFileSync(join(folder, `v${String(v + 1).padStart(3, '0')}.txt`), longStoryFile(story, v)),
    );
    const opened = await openWorkbench({ dir: temp(), isDefault: false }, { mode: 'desktop' });
    api = opened.api;
    const imported = await api.importPaths({ paths: [folder] });
    expect(imported.imported).toHaveLength(VERSIONS);
    const [first] = (await api.listStories({})).filter((s) => s.articleIds.length === VERSIONS);
    expect(first).toBeDefined();
    claimId = (await api.listClaims({ article: first!.articleIds[0]! }))[5]!.id;
    // Once, so the articles are read and only the alignment is left to time.
    const t0 = performance.now();
    await api.getClaimLineage({ claimId });
    took = performance.now() - t0;
  }, 120_000);

  it('gives a question asked meanwhile its turns', async () => {
    const order: string[] = [];
    const lineage = api.getClaimLineage({ claimId }).then(() => order.push('lineage'));
    // Asked once the articles are read, while the versions are aligned: without turns the
    // timer itself would wait for the whole lineage.
    const history = new Promise((resolve) => setTimeout(resolve, took * 0.5)).then(() =>
      api.getClaimHistory({ claimId }).then(() => order.push('history')),
    );
    await Promise.all([lineage, history]);
    expect(order).toEqual(['history', 'lineage']);
  });

  it('answers a verdict saved meanwhile first', async () => {
    const order: string[] = [];
    const lineage = api.getClaimLineage({ claimId }).then((l) => (order.push('lineage'), l));
    const saved = api
      .setVerdict({ claimId, status: 'conflicting', note: 'saved while the lineage was worked out' })
      .then((s) => (order.push('verdict'), s));
    const [view, verdict] = await Promise.all([lineage, saved]);
    expect(order).toEqual(['verdict', 'lineage']);
    expect(verdict.change.verdict?.status).toBe('conflicting');
    expect(view.appearances).toHaveLength(VERSIONS);
  });

  it('follows the claim exactly as aligning every version in one go does', async () => {
    const view = await api.getClaimLineage({ claimId });
    const story = (await api.listStories({})).find((s) => s.articleIds.length === VERSIONS)!;
    const articles = await Promise.all(story.articleIds.map((ref) => api.getArticle({ ref })));
    const claim = (await api.listClaims({ article: story.articleIds[0]! })).find((c) => c.id === claimId)!;
    const direct = claimLineage(claim, articles[0]!, articles);
    expect(view.firstAppearance).toBe(direct.firstAppearance);
    expect(
      view.appearances.map(({ articleId, status, span, changes }) => ({ articleId, status, span, changes })),
    ).toEqual(direct.appearances);
    // Not a story where nothing happens to the claim.
    expect(new Set(view.appearances.map((a) => a.status)).size).toBeGreaterThan(1);
  });
});
