// Loads tests/fixtures/stories/: every article file run through ingestFile (grouping works on
// cleaned text, as the service feeds it), keyed by file name, plus the expected answers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  boilerplateLines,
  findOutletBoilerplate,
  fingerprint,
  ingestFile,
  withoutBoilerplate,
} from '../../../shared/ingest';
import type { Article } from '../../../shared/model';
import { pageKey } from '../../../shared/stories';

export interface ExpectedStories {
  /** Every fixture file in exactly one story; singletons included. */
  readonly stories: string[][];
  /** Files whose stories must be linked as related. */
  readonly related: [string, string][];
  /** Files whose stories must not be linked. */
  readonly notRelated: [string, string][];
}

export interface FixtureArticle {
  readonly file: string;
  /** The cleaned text. */
  readonly text: string;
  /** What the stories service passes beside the text: the page key, outlet and date. */
  readonly page: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
}

export const FIXTURE_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'stories');

export function loadExpected(): ExpectedStories {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, 'expected.json'), 'utf8')) as ExpectedStories;
}

export function fixtureFiles(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f !== 'expected.json')
    .sort();
}

/** One cleaned article per fixture file; a file that is rejected or holds several is an error. */
export function loadArticles(): FixtureArticle[] {
  cache ??= cleanFolder();
  return fixtureFiles().map((file) => {
    const { url, outlet, date } = cache!.get(file)!.article;
    return { file, text: cleanedText(file), page: pageKey(url), outlet, date };
  });
}

let cache: Map<string, { text: string; article: Article }> | null = null;

/**
 * The text the stories service groups: ingested, then without its outlet's boilerplate found
 * across the whole folder — as one import of this folder would leave it.
 */
export function cleanedText(file: string): string {
  cache ??= cleanFolder();
  const cleaned = cache.get(file);
  if (cleaned === undefined) throw new Error(`${file} is not a story fixture`);
  return cleaned.text;
}

function cleanFolder(): Map<string, { text: string; article: Article }> {
  const articles = fixtureFiles().map((file) => {
    const outcome = ingestFile(file, readFileSync(join(FIXTURE_DIR, file)));
    if (!outcome.ok) throw new Error(`${file} was rejected: ${outcome.reason}`);
    if (outcome.articles.length !== 1)
      throw new Error(`${file} holds ${outcome.articles.length} articles; a story fixture holds one`);
    const parsed = outcome.articles[0]!;
    return {
      file,
      article: { ...parsed, id: file, sha256: '', sourcePath: file, importedAt: '' } as Article,
    };
  });
  const byId = new Map(articles.map(({ article }) => [article.id, article.paragraphs]));
  const boilerplate = boilerplateLines(
    findOutletBoilerplate(articles.map((a) => fingerprint(a.article))),
    (id) => byId.get(id),
  );
  return new Map(
    articles.map(({ file, article }) => [
      file,
      { text: withoutBoilerplate(article, boilerplate.get(article.outlet ?? '') ?? []).text, article },
    ]),
  );
}

/** "a|b" with the names sorted, so a pair has one key whichever way round it is named. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Every unordered pair of files that share a group. */
export function pairsWithin(groups: readonly (readonly string[])[]): Set<string> {
  const pairs = new Set<string>();
  for (const group of groups)
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) pairs.add(pairKey(group[i]!, group[j]!));
  return pairs;
}
