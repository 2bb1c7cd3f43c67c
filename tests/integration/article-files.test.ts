// The article files (`articles/<id>.json`) have one owner, electron/store/article-files.ts:
// an article written is read back equal, a damaged file is named and set aside, a failed write
// leaves neither a half-written file under the final name nor a temp file nor the files it
// created, and no other module under electron/ builds an article file's path or (de)serialises
// an article itself.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/run-cli';
import { tempDirs } from '../helpers/temp-dir';
import { canMountTmpfs } from '../helpers/tmpfs';
import {
  articleFile,
  articleFilePresent,
  articlesFolder,
  parseArticle,
  readArticleFile,
  serialiseArticle,
  writeArticleFiles,
} from '../../electron/store/article-files';
import { prepareArticles } from '../../electron/services/prepare-articles';
import { sha256Of } from '../../electron/services/file-ingester';

const temp = tempDirs();
const SAMPLE = join(PROJECT_ROOT, 'data', 'sample', 'a1-agency.txt');
const SOURCE = '/news/a1-agency.txt';

/** The sample article as an import prepares it: its id and its stored text. */
function sampleArticle(): { id: string; json: string } {
  const bytes = readFileSync(SAMPLE);
  const prepared = prepareArticles({
    path: SOURCE,
    bytes,
    sha256: sha256Of(bytes),
    importedAt: '2026-01-01T00:00:00.000Z',
  });
  if (!prepared.ok) throw new Error('the sample article did not parse');
  const first = prepared.articles[0]!;
  return { id: first.summary.id, json: first.json as string };
}

function workspace(): string {
  const dir = temp();
  mkdirSync(articlesFolder(dir));
  return dir;
}

const sourceOf = () => SOURCE;

describe('article files', () => {
  it('reads an article back equal to the one written', async () => {
    const dir = workspace();
    const { id, json } = sampleArticle();
    const article = parseArticle(json);
    const written = writeArticleFiles(articlesFolder(dir), [{ id, json: serialiseArticle(article) }]);
    expect(written).toEqual({ ok: true, files: [{ file: articleFile(dir, id), created: true }] });
    expect(await readArticleFile(dir, id, sourceOf)).toEqual(article);
    expect(article.text).toMatch(/^Lodmark and Tervania agreed on Wednesday/);
    expect(article.sentences[0]!.text).toBe(
      article.text.slice(article.sentences[0]!.start, article.sentences[0]!.end),
    );
    // A whole file already there is kept, not written again.
    expect(writeArticleFiles(articlesFolder(dir), [{ id, json }])).toEqual({
      ok: true,
      files: [{ file: articleFile(dir, id), created: false }],
    });
  });

  it('refuses an id that is not one before it reaches the disk', async () => {
    const dir = workspace();
    await expect(readArticleFile(dir, '../crosscheck', sourceOf)).rejects.toThrow(/is not an article id/);
    await expect(articleFilePresent(dir, '../crosscheck')).rejects.toThrow(/is not an article id/);
  });

  it.each([
    ['an empty', '', /the file is empty/],
    ['a cut-short', '{"text":"Lodmark and Terv', /not a readable article/],
    ['a JSON but not an article', '{"text":"x"}', /not a readable article/],
  ])(
    'names %s file as damaged, sets it aside and says what to import again',
    async (_kind, content, reason) => {
      const dir = workspace();
      const { id } = sampleArticle();
      const file = articleFile(dir, id);
      writeFileSync(file, content);
      const failure = readArticleFile(dir, id, sourceOf);
      await expect(failure).rejects.toThrow(`The article file ${file} is damaged`);
      await expect(failure).rejects.toThrow(reason);
      await expect(failure).rejects.toThrow(`import ${SOURCE} again to repair it`);
      const aside = join(dir, 'damaged', `${id}.json`);
      expect(readFileSync(aside, 'utf8')).toBe(content);
      expect(existsSync(file)).toBe(false);
      expect(await articleFilePresent(dir, id)).toBe(false);
      // Read again, the file is gone but the reason is kept: the same damage, not "missing".
      await expect(readArticleFile(dir, id, sourceOf)).rejects.toThrow(reason);
    },
  );

  it('removes what a failed write created and leaves no temp file', () => {
    const dir = workspace();
    const { id, json } = sampleArticle();
    const blocked = 'ffffffffffffffff';
    // A folder where the second file goes: it is not whole, and cannot be replaced.
    mkdirSync(articleFile(dir, blocked));
    const written = writeArticleFiles(articlesFolder(dir), [
      { id, json },
      { id: blocked, json },
    ]);
    expect(written.ok).toBe(false);
    expect(readdirSync(articlesFolder(dir))).toEqual([`${blocked}.json`]);
  });
});

const root = canMountTmpfs(temp);
if (!root) console.log('Full-disk article-file tests skipped: mounting a small tmpfs needs root on Linux.');

describe.skipIf(!root)('article files on a full disk', () => {
  const mounts: string[] = [];
  afterAll(() => {
    for (const at of mounts) spawnSync('umount', [at]);
  });
  /** A workspace on a 64 KB tmpfs, and a stored text too large for it. */
  const fullDisk = (): { dir: string; id: string; json: string } => {
    const dir = temp();
    const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
    if (r.status !== 0) throw new Error(`mount failed: ${r.stderr}`);
    mounts.push(dir);
    mkdirSync(articlesFolder(dir));
    const { id, json } = sampleArticle();
    const article = parseArticle(json);
    return { dir, id, json: serialiseArticle({ ...article, title: 'x'.repeat(200_000) }) };
  };

  it('leaves no part of a new file under its name, and says the disk is full', () => {
    const { dir, id, json } = fullDisk();
    const written = writeArticleFiles(articlesFolder(dir), [{ id, json }]);
    expect(written).toEqual({ ok: false, reason: `the disk is full at ${articlesFolder(dir)}` });
    expect(readdirSync(articlesFolder(dir))).toEqual([]);
  });

  it('keeps a cut-short file as it was when its replacement finds no room', () => {
    const { dir, id, json } = fullDisk();
    const cut = '{"text":"Lodmark and Terv';
    writeFileSync(articleFile(dir, id), cut);
    const written = writeArticleFiles(articlesFolder(dir), [{ id, json }]);
    expect(written.ok).toBe(false);
    expect(readdirSync(articlesFolder(dir))).toEqual([`${id}.json`]);
    expect(readFileSync(articleFile(dir, id), 'utf8')).toBe(cut);
  });
});

/** Every TypeScript file under electron/, as [path from the project, text]. */
function electronSources(): [string, string][] {
  const root = join(PROJECT_ROOT, 'electron');
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return [relative(PROJECT_ROOT, path), readFileSync(path, 'utf8')];
    });
}

/** What building an article file's path, or (de)serialising an article, looks like in code. */
const OWNED = [
  /\bjoin\([^)\n]*['"`]articles['"`]/, // join(dir, 'articles', …)
  /['"`][^'"`\n]*\barticles\/\$\{/, // `articles/${id}.json`
  /\$\{[^}\n]*\}\/articles\b/, // `${dir}/articles`
  /\$\{[^}\n]*\bid\}\.json/, // `${id}.json`, `${a.summary.id}.json`
  /\b(toStored|fromStored)\(/, // the stored form, outside the one module that owns it
  /from '[^']*\/stored-article'/,
];
const OWNER = join('electron', 'store', 'article-files.ts');
const OWNER_OF_SHAPE = join('electron', 'store', 'stored-article.ts');

function offences(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
    .filter((line) => OWNED.some((pattern) => pattern.test(line)));
}

describe('the one owner of article files', () => {
  it('would catch the ways article paths and stored forms were built before', () => {
    expect(offences("    return join(this.dir, 'articles', `${id}.json`);")).toHaveLength(1);
    expect(offences('      const file = join(articlesDir, `${a.summary.id}.json`);')).toHaveLength(1);
    expect(offences('      json: JSON.stringify(toStored(article)),')).toHaveLength(1);
    expect(offences("import { fromStored, type StoredArticle } from './stored-article';")).toHaveLength(1);
    expect(offences('    return `The text of article ${id} is missing from ${dir}/articles.`;')).toHaveLength(
      1,
    );
    // Not article paths: a CLI command's name, another file's name, a comment.
    expect(offences("  name: 'articles',")).toEqual([]);
    expect(offences('  const recordFile = join(cacheDir, `${name}.inputs.json`);')).toEqual([]);
    expect(offences('// one immutable JSON file per article under articles/.')).toEqual([]);
  });

  it('is the only module under electron/ that builds an article path or (de)serialises an article', () => {
    const sources = electronSources();
    const owner = sources.find(([path]) => path === OWNER);
    // The scan reads the owner too (so it is reading the right folder) and finds it at work.
    expect(owner && offences(owner[1]).length).toBeGreaterThan(0);
    const elsewhere = sources
      .filter(([path]) => path !== OWNER && path !== OWNER_OF_SHAPE)
      .flatMap(([path, text]) => offences(text).map((line) => `${path}: ${line.trim()}`));
    expect(elsewhere).toEqual([]);
  });
});
