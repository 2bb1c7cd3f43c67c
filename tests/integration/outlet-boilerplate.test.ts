// Outlet boilerplate end to end: found across one import, hidden when an article is read,
// named with its reason, restorable, and never taken from versions of one story.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbench } from '../../electron/services/open-workbench';
import { PROJECT_ROOT } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';

const temp = tempDirs();
// A line no single-line rule knows (a "Follow … on Telegram" prompt is caught as a share prompt
// on its own): only its repetition under every story of the outlet makes it boilerplate.
const PROMO = 'Every Friday the Valley Courier prints the tide tables for the whole valley coast.';
const TOPICS = ['bridge repairs', 'school budget', 'harbour dredging', 'tram timetable'];

function courierArticle(topic: string, n: number): string {
  return [
    `Valley council settles dispute over ${topic}`,
    '',
    `The valley council on Monday settled a long dispute over the ${topic}, agreeing to spend ${n} million on it.`,
    '',
    `Officials said the ${topic} had been delayed for ${n + 2} years by objections from neighbouring towns.`,
    '',
    `"This is a fair outcome for everyone," the council leader said after a vote of ${10 + n} to ${n}.`,
    '',
    PROMO,
    '',
    'Valley Courier',
  ].join('\n');
}

describe('outlet boilerplate in an import', () => {
  it('hides a promo line the outlet prints under every story, with its reason, and lets the reviewer restore it', async () => {
    const folder = temp();
    TOPICS.forEach((topic, i) => writeFileSync(join(folder, `story-${i}.txt`), courierArticle(topic, i + 1)));
    const { api } = await openWorkbench({ dir: temp(), isDefault: false }, { mode: 'desktop' });
    const { imported } = await api.importPaths({ paths: [folder] });
    expect(imported.map((a) => a.outlet)).toEqual(TOPICS.map(() => 'Valley Courier'));

    const article = await api.getArticle({ ref: imported[0]!.id });
    expect(article.text).not.toContain('tide tables');
    const removed = article.removed.find((r) => r.text === PROMO);
    expect(removed?.reason).toBe('repeated in 4 articles from Valley Courier');
    const listed = (await api.listArticles({})).find((a) => a.id === article.id)!;
    expect(listed.words).toBe(article.words);

    const restored = await api.setLineRestored({ ref: article.id, line: removed!.line, restored: true });
    expect(restored.text).toContain(PROMO);
  });

  it('leaves the sample stories, whose versions share paragraphs, untouched', async () => {
    const { api } = await openWorkbench({ dir: temp(), isDefault: false }, { mode: 'desktop' });
    await api.importPaths({ paths: [join(PROJECT_ROOT, 'data', 'sample')] });
    for (const summary of await api.listArticles({})) {
      const article = await api.getArticle({ ref: summary.id });
      expect(article.removed.filter((r) => r.reason.startsWith('repeated in '))).toEqual([]);
    }
  });

  it('keeps boilerplate found in one import for the outlet’s later articles', async () => {
    const first = temp();
    const later = temp();
    TOPICS.slice(0, 3).forEach((topic, i) =>
      writeFileSync(join(first, `s${i}.txt`), courierArticle(topic, i + 1)),
    );
    mkdirSync(join(later, 'new'));
    writeFileSync(join(later, 'new', 'one.txt'), courierArticle('ferry fares', 9));
    const { api } = await openWorkbench({ dir: temp(), isDefault: false }, { mode: 'desktop' });
    await api.importPaths({ paths: [first] });
    const { imported } = await api.importPaths({ paths: [later] });
    const article = await api.getArticle({ ref: imported[0]!.id });
    expect(article.text).not.toContain('tide tables');
    expect(imported[0]!.words).toBe(article.words);
  });
});
