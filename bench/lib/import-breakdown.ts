// Where an import's time goes, estimated by running each of the importer's steps on its own
// over the same corpus: walking the folder, hashing, parsing (shared/ingest), writing article
// files durably (and, for comparison, with less or no fsync), and writing the index. The
// steps run one after another here while the importer interleaves them 8 at a time, so the
// parts need not add up to the import exactly; they show which step dominates. Only used with
// BENCH_BREAKDOWN=1. Calls the functions the importer calls; writes only into its scratch folder.
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { walkPaths } from '../../electron/services/folder-walk';
import { writeFileDurable } from '../../electron/store/durable-write';
import { DOCUMENT_FILE } from '../../electron/store/workspace-store';
import { ingestFile, type ParsedArticle } from '../../shared/ingest';
import { fmt, inPool, MB, timed, type ResultLine } from './benchmark';

const CONCURRENCY = 8;

export async function importBreakdown(
  corpusDir: string,
  scratchDir: string,
  workspaceDir: string,
  importSeconds: number,
): Promise<ResultLine[]> {
  const walk = await timed(() => walkPaths([corpusDir], process.cwd()));
  const paths = walk.value.flatMap((item) => (item.kind === 'file' ? [item.path] : []));
  const files: { path: string; bytes: Uint8Array }[] = [];
  const read = await timed(() =>
    inPool(paths, CONCURRENCY, async (path) => void files.push({ path, bytes: await readFile(path) })),
  );

  const hashes: string[] = [];
  const hash = await timed(async () => {
    for (const f of files) hashes.push(createHash('sha256').update(f.bytes).digest('hex'));
  });

  const parsed: { path: string; sha256: string; article: ParsedArticle }[] = [];
  const parse = await timed(async () => {
    files.forEach((f, i) => {
      const outcome = ingestFile(basename(f.path), f.bytes);
      if (outcome.ok)
        for (const article of outcome.articles) parsed.push({ path: f.path, sha256: hashes[i]!, article });
    });
  });

  // Article files as the store writes them: JSON.stringify, then temp file + fsync + rename +
  // folder fsync. Serializing is timed apart from the durable write to tell CPU from disk.
  const importedAt = new Date().toISOString();
  const records = parsed.map((p) => ({
    id: p.sha256.slice(0, 16),
    sha256: p.sha256,
    sourcePath: p.path,
    importedAt,
    ...p.article,
  }));
  let texts: string[] = [];
  const serialize = await timed(async () => {
    texts = records.map((r) => JSON.stringify(r));
  });
  const articlesDir = join(scratchDir, 'articles');
  for (const sub of ['articles', 'sync-only', 'no-sync'])
    await mkdir(join(scratchDir, sub), { recursive: true });
  let seq = 0;
  const articleMB = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / MB;
  const write = await timed(() =>
    inPool(
      texts.map((t, i) => ({ t, id: records[i]!.id })),
      CONCURRENCY,
      (x) => writeFileDurable(join(articlesDir, `${x.id}.json`), x.t),
    ),
  );

  // The same files again, to split the write cost: fsync of each file but not of the folder
  // (one folder fsync at the end would make every rename durable), and no fsync at all.
  const fileSyncOnly = await timed(() =>
    inPool(texts, CONCURRENCY, async (t) => {
      const handle = await open(join(scratchDir, 'sync-only', `${(seq++).toString(36)}.json`), 'w');
      await handle.writeFile(t);
      await handle.sync();
      await handle.close();
    }),
  );
  const noSync = await timed(() =>
    inPool(texts, CONCURRENCY, (t) =>
      writeFile(join(scratchDir, 'no-sync', `${(seq++).toString(36)}.json`), t),
    ),
  );

  // The index write: the whole crosscheck.json serialized and written durably once.
  const document = await readFile(join(workspaceDir, DOCUMENT_FILE), 'utf8');
  const index = await timed(() =>
    writeFileDurable(join(scratchDir, DOCUMENT_FILE), JSON.stringify(JSON.parse(document))),
  );

  const share = (s: number) => `${fmt(s)} s (${Math.round((100 * s) / importSeconds)}% of import)`;
  return [
    { label: 'breakdown: walk folder (lstat per entry)', value: share(walk.seconds) },
    { label: 'breakdown: read bytes', value: share(read.seconds) },
    { label: 'breakdown: sha256', value: share(hash.seconds) },
    { label: 'breakdown: parse (ingestFile)', value: share(parse.seconds) },
    {
      label: 'breakdown: JSON.stringify articles',
      value: `${share(serialize.seconds)}, ${fmt(articleMB)} MB`,
    },
    {
      label: 'breakdown: write article files (fsync)',
      value: `${share(write.seconds)}, ${texts.length} files`,
    },
    { label: '  same, fsync each file but not the folder', value: share(fileSyncOnly.seconds) },
    { label: '  same, no fsync', value: share(noSync.seconds) },
    {
      label: 'breakdown: index write',
      value: `${share(index.seconds)}, ${fmt(Buffer.byteLength(document) / MB)} MB`,
    },
  ];
}
