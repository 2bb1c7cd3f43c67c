// The article files of a workspace, `articles/<id>.json`: the one module that knows their
// path, turns an Article into its stored text and back (stored-article.ts is the compact shape),
// writes them, makes a batch durable and reads them, setting a damaged one aside in damaged/.
// It must never be bypassed: no other module joins 'articles' into a path or (de)serialises an
// article (tests/integration/article-files.test.ts checks). serialiseArticle is pure: ingest
// workers call it in their own thread; the importer's thread writes what they made.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Article } from '../../shared/model';
import { WorkbenchError } from '../../shared/model';
import { crashPoint } from './crash-point';
import { diskError } from './disk-error';
import { flushFiles } from './durable-write';
import { fromStored, toStored, type StoredArticle } from './stored-article';

const ARTICLE_ID = /^[0-9a-f]{16}$/;
const ARTICLE_FILE_NAME = /^[0-9a-f]{16}\.json$/;

/** The folder of a workspace's article files. */
export function articlesFolder(workspaceDir: string): string {
  return join(workspaceDir, 'articles');
}

/** An article's file in a workspace; an id that is not one is refused (it could name any path). */
export function articleFile(workspaceDir: string, id: string): string {
  if (!ARTICLE_ID.test(id)) throw new WorkbenchError('invalid-input', `"${id}" is not an article id.`);
  return fileIn(articlesFolder(workspaceDir), id);
}

function fileIn(folder: string, id: string): string {
  return join(folder, `${id}.json`);
}

/** An article as its file holds it. Pure (no I/O): ingest workers call it in their thread. */
export function serialiseArticle(article: Article): string {
  return JSON.stringify(toStored(article));
}

/** An article from its file's text; throws when the text is not a readable article. */
export function parseArticle(text: string): Article {
  return fromStored(JSON.parse(text) as StoredArticle);
}

/** How many article files the workspace holds (0 without an articles folder). */
export async function countArticleFiles(workspaceDir: string): Promise<number> {
  try {
    return (await readdir(articlesFolder(workspaceDir))).filter((f) => ARTICLE_FILE_NAME.test(f)).length;
  } catch {
    return 0;
  }
}

export type WrittenFiles =
  { ok: true; files: { file: string; created: boolean }[] } | { ok: false; reason: string };

/**
 * Writes one source file's article files into `folder` (synchronously: a few kilobytes each,
 * and a promise per file cost more than the write), all or nothing: on a failure the files
 * this call created are removed (on a full disk they would keep it full) and the reason names
 * a full disk as such. Not yet durable: flushArticleFiles, before the index points at them.
 */
export function writeArticleFiles(
  folder: string,
  articles: readonly { readonly id: string; readonly json: string | Uint8Array }[],
): WrittenFiles {
  const created: string[] = [];
  try {
    const files = articles.map(({ id, json }) => {
      const file = fileIn(folder, id);
      const wrote = writeArticleFile(file, json);
      if (wrote) created.push(file);
      return { file, created: wrote };
    });
    return { ok: true, files };
  } catch (err) {
    for (const file of created) rmSync(file, { force: true });
    return { ok: false, reason: diskError(err, folder) };
  }
}

/**
 * Puts an article's file in place unless a whole one is there; true when it wrote. A new file
 * is created exclusively (never truncating anything): until the index points at it nothing
 * depends on it, and if a crash cuts it short the next import of its source finds it not
 * whole and replaces it. Replacing goes through a temp file and a rename, so a file the index
 * may already point at is whole before and after. (A temp file and rename for every new file
 * too cost the import 9%, measured in docs/decisions/workspace-writers.md.)
 */
function writeArticleFile(file: string, data: string | Uint8Array): boolean {
  if (!existsSync(file)) {
    try {
      writeFileSync(file, data, { flag: 'wx' });
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        // Whatever part of it was written goes (on a full disk it would keep the disk full).
        rmSync(file, { force: true });
        throw err;
      }
      // Another process created it a moment ago: judged like any existing file below.
    }
  }
  if (isWholeJson(file)) return false;
  writeReplacing(file, data);
  return true;
}

/** Temp file beside the target, then a rename: the target is whole before and after. */
function writeReplacing(file: string, data: string | Uint8Array): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, data);
    crashPoint('article-rename');
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

/** True when the file exists and parses (an earlier crash may have left an empty one). */
function isWholeJson(file: string): boolean {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Makes a batch of written article files durable at once (durable-write.ts flushFiles). */
export async function flushArticleFiles(folder: string, files: readonly string[]): Promise<void> {
  await flushFiles(folder, files);
}

/**
 * True when an article's file is there and not empty. A file found damaged when read was
 * moved to damaged/, so this is what tells an import that the article needs its file again.
 */
export async function articleFilePresent(workspaceDir: string, id: string): Promise<boolean> {
  return stat(articleFile(workspaceDir, id)).then(
    (s) => s.size > 0,
    () => false,
  );
}

/**
 * One article as stored. A file that is not a readable article (empty, cut short, garbage)
 * is damage: it is moved to damaged/ with the reason beside it, and the error names the file,
 * where it went and the source to import again (`sourceOf`, asked only then) — the rest of the
 * workspace keeps working.
 */
export async function readArticleFile(
  workspaceDir: string,
  id: string,
  sourceOf: (id: string) => string | undefined,
): Promise<Article> {
  const file = articleFile(workspaceDir, id);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw await missingArticle(workspaceDir, id, file, sourceOf);
    throw err;
  }
  try {
    return parseArticle(text);
  } catch (err) {
    const reason =
      text.length === 0 ? 'the file is empty' : `not a readable article: ${(err as Error).message}`;
    const moved = await setAside(workspaceDir, file, reason);
    throw new WorkbenchError('failed', damagedMessage(file, reason, moved, sourceOf(id)));
  }
}

async function missingArticle(
  workspaceDir: string,
  id: string,
  file: string,
  sourceOf: (id: string) => string | undefined,
): Promise<WorkbenchError> {
  const aside = join(workspaceDir, 'damaged', `${id}.json`);
  const reason = await readFile(`${aside}.reason.txt`, 'utf8').catch(() => null);
  if (reason !== null)
    return new WorkbenchError('failed', damagedMessage(file, reason.trim(), aside, sourceOf(id)));
  return new WorkbenchError(
    'not-found',
    `The text of article ${id} is missing from ${workspaceDir}/articles.`,
  );
}

function damagedMessage(
  file: string,
  reason: string,
  moved: string | null,
  source: string | undefined,
): string {
  return (
    `The article file ${file} is damaged (${reason})` +
    (moved ? `; it was moved to ${moved}` : '') +
    '. The rest of the workspace is unaffected' +
    (source ? `; import ${source} again to repair it.` : '.')
  );
}

/** Moves a damaged file into damaged/ with a note of why; null when it could not be moved. */
async function setAside(workspaceDir: string, file: string, reason: string): Promise<string | null> {
  const folder = join(workspaceDir, 'damaged');
  const target = join(folder, basename(file));
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(`${target}.reason.txt`, `${reason}\n`);
    await rename(file, target);
    return target;
  } catch {
    return null;
  }
}
