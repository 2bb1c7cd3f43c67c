// Verdicts through the service and the CLI on the sample workspace: saved, read back after a
// restart, every change in the history, undo and redo as new records, orphaned verdicts kept,
// a torn journal line skipped, and the app and the CLI writing one workspace at once.
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkspaceApi } from '../../shared/api';
import { openWorkbench } from '../../electron/services/open-workbench';
import { JOURNAL_FILE } from '../../electron/store/review-journal';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
const sample = join(PROJECT_ROOT, 'data', 'sample');
const A1 = 'ff059bb9748fe370';
const A3 = '413df8a716798157';

async function open(dir: string): Promise<WorkspaceApi> {
  return (await openWorkbench({ dir, isDefault: false }, { mode: 'desktop' })).api;
}

async function sampleWorkspace(): Promise<{ dir: string; api: WorkspaceApi }> {
  const dir = temp();
  const api = await open(dir);
  await api.importPaths({ paths: [sample] });
  return { dir, api };
}

describe('claims of the sample', () => {
  it('suggests conflicting for the changed figure, naming the outlets and both figures', async () => {
    const { api } = await sampleWorkspace();
    const claims = await api.listClaims({ article: A3 });
    const farms = claims.find((c) => c.text.includes('1,680 farms'))!;
    expect(farms.kinds).toEqual(['figure']);
    expect(farms.suggestion).toBe('conflicting');
    // The two versions giving 1,860 in the same words are one match, naming both outlets.
    expect(farms.suggestionReasons).toEqual(['Lodmark Today, Northline Agency: figure 1,680 vs 1,860']);
    const panel = claims.find((c) => c.text.includes('monitoring panel'))!;
    // Differing matches come first, then agreeing ones.
    expect(panel.matches.map((m) => [m.relation, m.reasons])).toEqual([
      ['differs', ['wording: autonomous vs independent']],
      ['agrees', ['same wording']],
    ]);
  });
});

describe('verdicts', () => {
  it('are saved, survive a restart, and keep every change in the history', async () => {
    const { dir, api } = await sampleWorkspace();
    const [first, second] = await api.listClaims({ article: A3 });
    const saved = await api.setVerdict({
      claimId: first!.id,
      status: 'conflicting',
      note: 'Figure differs from the wire copy.',
      evidence: [{ articleId: A1, start: first!.matches[0]!.start, end: first!.matches[0]!.end }],
      reviewer: 'Ana Reviewer',
    });
    expect(saved.change).toMatchObject({
      claimId: first!.id,
      action: 'set',
      verdict: { claimId: first!.id, status: 'conflicting', reviewer: 'Ana Reviewer' },
    });
    expect(saved.change.verdict!.evidence[0]!.text).toBe(first!.matches[0]!.text);
    // The answer carries what the screen shows after a save: no second call needed.
    expect(saved.history).toEqual([saved.change]);
    expect(saved.info).toMatchObject({ verdicts: 1, canUndo: true, canRedo: false });
    const again = await api.setVerdict({ claimId: first!.id, status: 'unclear' });
    expect(again.history.map((h) => h.verdict?.status)).toEqual(['conflicting', 'unclear']);
    expect(again.info).toEqual(await api.getReviewInfo({}));
    expect(again.history).toEqual(await api.getClaimHistory({ claimId: first!.id }));
    await api.setVerdict({ claimId: second!.id, status: 'consistent' });

    const reopened = await open(dir);
    const claims = await reopened.listClaims({ article: A3 });
    expect(claims.find((c) => c.id === first!.id)!.verdict).toMatchObject({ status: 'unclear' });
    expect(claims.find((c) => c.id === second!.id)!.verdict).toMatchObject({ status: 'consistent' });
    const history = await reopened.getClaimHistory({ claimId: first!.id });
    expect(history.map((h) => [h.action, h.verdict?.status])).toEqual([
      ['set', 'conflicting'],
      ['set', 'unclear'],
    ]);
  });

  it('undo and redo are new records: the history grows, nothing is rewritten', async () => {
    const { dir, api } = await sampleWorkspace();
    const [a, b] = await api.listClaims({ article: A3 });
    await api.setVerdict({ claimId: a!.id, status: 'consistent' });
    await api.setVerdict({ claimId: b!.id, status: 'conflicting' });
    await api.setVerdict({ claimId: a!.id, status: 'unclear' });
    const before = readFileSync(join(dir, JOURNAL_FILE), 'utf8');

    const undone = await api.undoVerdict({});
    expect(undone?.change).toMatchObject({
      claimId: a!.id,
      action: 'undo',
      verdict: { status: 'consistent' },
    });
    expect(undone?.history.map((h) => h.action)).toEqual(['set', 'set', 'undo']);
    expect((await api.undoVerdict({}))?.change).toMatchObject({
      claimId: b!.id,
      action: 'undo',
      verdict: null,
    });
    const redone = await api.redoVerdict({});
    expect(redone?.change).toMatchObject({
      claimId: b!.id,
      action: 'redo',
      verdict: { status: 'conflicting' },
    });
    expect(redone?.info).toMatchObject({ canUndo: true, verdicts: 2 });
    const claims = await api.listClaims({ article: A3 });
    expect(claims.find((c) => c.id === a!.id)!.verdict?.status).toBe('consistent');
    expect(claims.find((c) => c.id === b!.id)!.verdict?.status).toBe('conflicting');
    expect(readFileSync(join(dir, JOURNAL_FILE), 'utf8').startsWith(before)).toBe(true);
    expect((await api.getClaimHistory({ claimId: a!.id })).map((h) => h.action)).toEqual([
      'set',
      'set',
      'undo',
    ]);
    // A new decision ends the redo chain.
    await api.setVerdict({ claimId: a!.id, status: 'conflicting' });
    expect(await api.getReviewInfo({})).toMatchObject({ canRedo: false, canUndo: true, verdicts: 2 });
  });

  it('refuses a claim that does not exist, and a bad status, with one clear sentence', async () => {
    const { api } = await sampleWorkspace();
    await expect(api.setVerdict({ claimId: `${A3}-00000000`, status: 'unclear' })).rejects.toThrow(
      `No claim ${A3}-00000000 in article ${A3}.`,
    );
    await expect(api.setVerdict({ claimId: `0123456789abcdef-00000000`, status: 'unclear' })).rejects.toThrow(
      /names article 0123456789abcdef, which is not in this workspace/,
    );
    const cli = await runCli(['verdict', `${A3}-00000000`, 'maybe', '--workspace', temp()]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/"maybe" is not a verdict/);
  });

  it('keeps a verdict whose claim is gone as orphaned, with the claim’s text', async () => {
    const { dir, api } = await sampleWorkspace();
    // A verdict given under an earlier analysis, on a sentence this one no longer finds.
    mkdirSync(join(dir, 'review'), { recursive: true });
    const gone = `${A3}-0badc0de`;
    const verdict = {
      claimId: gone,
      status: 'conflicting',
      note: '',
      evidence: [],
      reviewer: null,
      at: 'then',
    };
    appendFileSync(
      join(dir, JOURNAL_FILE),
      `\n${JSON.stringify({ type: 'verdict', id: 'old1', at: 'then', claimId: gone, action: 'set', verdict, claimText: 'A sentence since reworded.' })}\n`,
    );
    expect(await api.listOrphanedVerdicts({})).toEqual([
      {
        articleId: A3,
        text: 'A sentence since reworded.',
        verdict: expect.objectContaining({ status: 'conflicting' }),
      },
    ]);
    // Still there, and still the reviewer's to change.
    await api.setVerdict({ claimId: gone, status: 'unclear' });
    expect((await api.listOrphanedVerdicts({}))[0]!.verdict.status).toBe('unclear');
    // A claim the reviewer deleted is not "gone": its verdict is not listed as orphaned.
    const [claim] = await api.listClaims({ article: A3 });
    await api.setVerdict({ claimId: claim!.id, status: 'consistent' });
    await api.deleteClaim({ claimId: claim!.id });
    expect((await api.listClaims({ article: A3 })).some((c) => c.id === claim!.id)).toBe(false);
    expect((await api.listOrphanedVerdicts({})).map((o) => o.verdict.claimId)).toEqual([gone]);
  });

  it('merges only live claims of one article, and makes claims of trimmed, whole characters', async () => {
    const { api } = await sampleWorkspace();
    const [a, b] = await api.listClaims({ article: A3 });
    const [other] = await api.listClaims({ article: A1 });
    await expect(api.mergeClaims({ claimIds: [a!.id], into: other!.id })).rejects.toThrow(
      'Only claims of one article can be merged.',
    );
    await expect(api.mergeClaims({ claimIds: [a!.id], into: a!.id })).rejects.toThrow(/besides the one/);
    await api.mergeClaims({ claimIds: [b!.id], into: a!.id });
    await expect(api.mergeClaims({ claimIds: [a!.id], into: b!.id })).rejects.toThrow(/No claim .* to merge/);
    const article = await api.getArticle({ ref: A3 });
    const at = article.text.indexOf('Wednesday');
    const claim = await api.addClaim({ article: A3, start: at - 1, end: at + 'Wednesday'.length + 1 });
    expect([claim.text, claim.start, claim.end]).toEqual(['Wednesday', at, at + 9]);
    await expect(api.addClaim({ article: A3, start: at - 1, end: at + 1 })).rejects.toThrow(
      /at least 3 characters/,
    );
  });

  it('keeps cited evidence on its words when a restored line moves the offsets', async () => {
    const { api } = await sampleWorkspace();
    const claim = (await api.listClaims({ article: A3 })).find((c) =>
      c.matches.some((m) => m.articleId === A1),
    )!;
    const m = claim.matches.find((x) => x.articleId === A1)!;
    const saved = await api.setVerdict({ claimId: claim.id, status: 'consistent', evidence: [m] });
    const cited = saved.change.verdict!.evidence[0]!;
    const line = (await api.getArticle({ ref: A1 })).removed.find((r) => r.line < 10)!.line;
    await api.setLineRestored({ ref: A1, line, restored: true });
    // Shown: the passage where its words are now, before anything is saved again.
    const restoredText = (await api.getArticle({ ref: A1 })).text;
    const shown = (await api.listClaims({ article: A3 })).find((c) => c.id === claim.id)!.verdict!
      .evidence[0]!;
    expect(shown.start).not.toBe(cited.start);
    expect(restoredText.slice(shown.start, shown.end)).toBe(cited.text);
    // Saved again as the screen does, with what was cited.
    const again = await api.setVerdict({ claimId: claim.id, status: 'conflicting', evidence: [cited] });
    const evidence = again.change.verdict!.evidence[0]!;
    expect(evidence.text).toBe(cited.text);
    const text = (await api.getArticle({ ref: A1 })).text;
    expect(text.slice(evidence.start, evidence.end)).toBe(cited.text);
  });

  it('keeps a reviewer’s claim on its words when a restored line moves the offsets', async () => {
    const { api } = await sampleWorkspace();
    const before = (await api.getArticle({ ref: A1 })).text;
    const words = before.split('. ')[3]!.slice(0, 40);
    const at = before.indexOf(words);
    const mine = await api.addClaim({ article: A1, start: at, end: at + words.length });
    await api.setVerdict({ claimId: mine.id, status: 'unclear' });
    const line = (await api.getArticle({ ref: A1 })).removed.find((r) => r.line < 10)!.line;
    await api.setLineRestored({ ref: A1, line, restored: true });
    const text = (await api.getArticle({ ref: A1 })).text;
    expect(text.indexOf(words)).toBeGreaterThan(at); // the restored line came before it
    const found = (await api.listClaims({ article: A1 })).find((c) => c.id === mine.id)!;
    expect(text.slice(found.start, found.end)).toBe(mine.text);
    expect(found.verdict?.status).toBe('unclear');
  });

  it('finds a reviewer’s claim at the right copy of repeated words when a restored line moves them', async () => {
    const folder = temp();
    const repeated = 'the council said the road will close in May';
    writeFileSync(
      join(folder, 'road.txt'),
      [
        'Bridge road to close for repairs',
        '',
        'Subscribe to our newsletter for the latest updates',
        '',
        `In a statement, ${repeated}.`,
        '',
        `Later, ${repeated} for three weeks of repairs.`,
        '',
      ].join('\n'),
    );
    const dir = temp();
    const api = await open(dir);
    const [article] = (await api.importPaths({ paths: [folder] })).imported;
    const before = (await api.getArticle({ ref: article!.id })).text;
    const second = before.lastIndexOf(repeated);
    const mine = await api.addClaim({ article: article!.id, start: second, end: second + repeated.length });
    const removed = (await api.getArticle({ ref: article!.id })).removed;
    expect(removed.map((r) => r.text)).toContain('Subscribe to our newsletter for the latest updates');
    await api.setLineRestored({ ref: article!.id, line: removed[0]!.line, restored: true });
    const after = (await api.getArticle({ ref: article!.id })).text;
    const found = (await api.listClaims({ article: article!.id })).find((c) => c.id === mine.id)!;
    // The second copy, where the claim was made — not the first, though it is now nearer.
    expect(found.start).toBe(after.lastIndexOf(repeated));
    expect(after.slice(found.start, found.end)).toBe(repeated);
  });

  it('skips a torn journal line (a crash mid-write) and keeps every whole record', async () => {
    const { dir, api } = await sampleWorkspace();
    const [a, b] = await api.listClaims({ article: A3 });
    await api.setVerdict({ claimId: a!.id, status: 'consistent' });
    appendFileSync(join(dir, JOURNAL_FILE), '\n{"type":"verdict","id":"torn","at":"2026-');
    const reopened = await open(dir);
    await reopened.setVerdict({ claimId: b!.id, status: 'conflicting' });
    const claims = await reopened.listClaims({ article: A3 });
    expect(claims.find((c) => c.id === a!.id)!.verdict?.status).toBe('consistent');
    expect(claims.find((c) => c.id === b!.id)!.verdict?.status).toBe('conflicting');
    expect((await reopened.getReviewInfo({})).unreadableRecords).toBe(1);
  });

  it('loses nothing when the app and the CLI write one workspace at the same time', async () => {
    const { dir, api } = await sampleWorkspace();
    const claims = await api.listClaims({ article: A3 });
    const cliClaims = claims.slice(0, 4);
    const appClaims = claims.slice(4, 10);
    const cli = (async () => {
      for (const c of cliClaims) {
        const run = await runCli(['verdict', c.id, 'conflicting', '--workspace', dir, '--json']);
        expect(run.code).toBe(0);
      }
    })();
    const app = (async () => {
      for (const c of appClaims) await api.setVerdict({ claimId: c.id, status: 'consistent' });
    })();
    await Promise.all([cli, app]);
    const after = await (await open(dir)).listClaims({ article: A3 });
    for (const c of cliClaims) expect(after.find((x) => x.id === c.id)!.verdict?.status).toBe('conflicting');
    for (const c of appClaims) expect(after.find((x) => x.id === c.id)!.verdict?.status).toBe('consistent');
    // The app sees the CLI's verdicts without a restart.
    expect((await api.getReviewInfo({})).verdicts).toBe(cliClaims.length + appClaims.length);
  }, 60_000);

  it('prints DESIGN.md’s claims and verdict shapes', async () => {
    const { dir } = await sampleWorkspace();
    const list = JSON.parse((await runCli(['claims', '--article', A3, '--workspace', dir, '--json'])).stdout);
    for (const key of ['id', 'articleId', 'text', 'kinds', 'matches', 'suggestion', 'verdict'])
      expect(list[0]).toHaveProperty(key);
    for (const key of ['articleId', 'text', 'relation', 'reasons'])
      expect(list[0].matches[0]).toHaveProperty(key);
    const run = await runCli([
      'verdict',
      list[0].id,
      'unclear',
      '--note',
      'check',
      '--reviewer',
      'Ana',
      '--workspace',
      dir,
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(Object.keys(JSON.parse(run.stdout)).sort()).toEqual([
      'at',
      'claimId',
      'evidence',
      'note',
      'reviewer',
      'status',
    ]);
  }, 30_000);
});
