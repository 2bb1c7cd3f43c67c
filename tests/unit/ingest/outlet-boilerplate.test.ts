// Lines an outlet repeats under different stories are boilerplate; paragraphs that versions
// of one story share are the story itself and must stay.
import { describe, expect, it } from 'vitest';
import {
  boilerplateLines,
  findOutletBoilerplate,
  fingerprint,
  keyHash,
  withoutBoilerplate,
} from '../../../shared/ingest';
import { assembleText } from '../../../shared/ingest/assemble-text';
import type { Article } from '../../../shared/model';

const PROMO = 'Follow Lodmark Today on Telegram for live updates from the valley.';

function article(id: string, outlet: string | null, paragraphs: string[]): Article {
  const assembled = assembleText(paragraphs.map((text, i) => ({ text, line: i + 1 })));
  return {
    id,
    outlet,
    title: `Story ${id}`,
    date: null,
    byline: null,
    dateline: null,
    sourcePath: `/x/${id}.txt`,
    format: 'txt',
    sourceIndex: 0,
    language: 'en',
    url: null,
    encoding: 'utf-8',
    sha256: id.padEnd(64, '0'),
    importedAt: '2025-01-01T00:00:00Z',
    warnings: [],
    removed: [],
    ...assembled,
  };
}

const story = (n: number) => [
  `The council of district ${n} voted on Tuesday to rebuild the ${n}th bridge over the river at a cost of ${n} million.`,
  `Residents of district ${n} said the detours during the works would add ${n * 3} minutes to their daily journeys.`,
  `The mayor of district ${n} promised that the new bridge would open to traffic before the winter of 202${n}.`,
];

/** What the importer does: find by hash, then take each line's text from its carrier. */
function findIn(articles: readonly Article[]) {
  const byId = new Map(articles.map((a) => [a.id, a.paragraphs]));
  return boilerplateLines(findOutletBoilerplate(articles.map(fingerprint)), (id) => byId.get(id));
}

describe('outlet boilerplate', () => {
  it('finds a line one outlet prints under three different stories', () => {
    const articles = [1, 2, 3].map((n) => article(`a${n}`, 'Lodmark Today', [...story(n), PROMO]));
    const found = findIn(articles);
    expect(found.get('Lodmark Today')).toEqual([
      { key: PROMO.toLowerCase().replace(/'/g, "'"), articles: 3 },
    ]);
    const cleaned = withoutBoilerplate(articles[0]!, found.get('Lodmark Today')!);
    expect(cleaned.text).not.toContain('Telegram');
    expect(cleaned.removed).toEqual([
      { line: 4, text: PROMO, reason: 'repeated in 3 articles from Lodmark Today' },
    ]);
    for (const s of cleaned.sentences) expect(cleaned.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps paragraphs that versions of one story share', () => {
    const versions = [0, 1, 2].map((v) =>
      article(`v${v}`, 'Tessvik Herald', [...story(1), `Update ${v}: the vote was confirmed.`]),
    );
    expect(findIn(versions).size).toBe(0);
  });

  it('needs three articles of the same outlet', () => {
    const two = [1, 2].map((n) => article(`b${n}`, 'Lodmark Today', [...story(n), PROMO]));
    const mixed = [1, 2, 3].map((n) =>
      article(`c${n}`, n === 3 ? 'Other Outlet' : 'Lodmark Today', [...story(n), PROMO]),
    );
    const unknown = [1, 2, 3].map((n) => article(`d${n}`, null, [...story(n), PROMO]));
    expect(findIn(two).size).toBe(0);
    expect(findIn(mixed).size).toBe(0);
    expect(findIn(unknown).size).toBe(0);
  });

  it('never treats long paragraphs as boilerplate, and never empties an article', () => {
    const long = `${'A long shared paragraph about the regional water authority and its many committees, '.repeat(7)}end.`;
    const articles = [1, 2, 3].map((n) => article(`e${n}`, 'Lodmark Today', [...story(n), long]));
    expect(findIn(articles).size).toBe(0);
    const only = article('f1', 'Lodmark Today', [PROMO]);
    expect(withoutBoilerplate(only, [{ key: PROMO.toLowerCase(), articles: 3 }]).text).toBe(PROMO);
  });

  it('finds lines by hash: the fingerprint carries no paragraph text', () => {
    const articles = [1, 2, 3].map((n) => article(`g${n}`, 'Lodmark Today', [...story(n), PROMO]));
    const prints = articles.map(fingerprint);
    expect(JSON.stringify(prints)).not.toContain('telegram');
    const [line] = findOutletBoilerplate(prints).get('Lodmark Today')!;
    expect(line).toEqual({ hash: keyHash(PROMO.toLowerCase()), articles: 3, carrier: 'g1' });
    // Every candidate's words are counted (the importer subtracts them from the article's words).
    expect(prints[0]!.shortWords).toEqual(
      story(1)
        .concat(PROMO)
        .map((p) => p.split(' ').length),
    );
    // A carrier that cannot be read leaves its line out rather than guessing its text.
    expect(boilerplateLines(findOutletBoilerplate(prints), () => undefined).size).toBe(0);
  });

  it('keeps apart paragraphs that differ in one character', () => {
    const keys = Array.from({ length: 20000 }, (_, i) => `the council met on day ${i} of the session.`);
    expect(new Set(keys.map(keyHash)).size).toBe(keys.length);
    for (const h of keys.slice(0, 100).map(keyHash)) expect(Number.isSafeInteger(h)).toBe(true);
  });
});
