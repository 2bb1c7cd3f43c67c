// The `crosscheck` command line. It drives the same services as the desktop app and browser
// mode (electron/services), without any UI. Contract: DESIGN.md "CLI contract" — with
// --json exactly one JSON document on stdout; errors as one sentence on stderr; exit codes
// 0 done, 1 failed, 2 usage error.
import { parseArgs } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { WorkbenchApi, WorkspaceApi } from '../../shared/api';
import { WorkbenchError, type ImportJob, type Verdict } from '../../shared/model';
import {
  renderHtml,
  renderMatrixCsv,
  renderReport,
  REPORT_FORMATS,
  type Report,
  type ReportFormat,
} from '../../shared/report';
import { writeFileDurable } from '../store/durable-write';
import { htmlToPdf } from '../services/report-pdf';
import type { ImportProgress } from '../services/import-service';
import { openWorkbench, PROJECT_ROOT } from '../services/open-workbench';
import { chooseWorkspace, configDir } from '../services/workspace-location';
import { workspaceList, WorkspaceSession } from '../services/workspace-session';
import { SettingsFile } from '../store/settings-file';
import { settingsPatchSchema, type SettingsInfo, type WorkspaceList } from '../../shared/settings';
import { restoreNewestBackup } from '../store/workspace-store';
import { startBrowserServer } from '../server/http-server';
import { progressReporter } from './progress';
import { renderComparison } from './render-diff';
import { plural, renderArticle, renderArticles, renderImport, renderStories } from './render-text';
import { renderLineage, renderMatrix, renderVerdict } from './render-claims';
import { printClaims } from './print-claims';
import { renderSources } from './render-sources';
import { dispatch } from '../services/api-dispatch';
import { keepHeapNearLive } from './heap-growth';

const HELP = `crosscheck — find versions of one news story, compare them, record verdicts on claims

Usage: crosscheck <command> [options]

Commands:
  import <folder|file>...   import articles (.txt, .html, .md, .json) from folders or files
  articles                  list the articles in the workspace
  show <article>            print one article: metadata, cleaned text, removed cruft
  stories                   list stories: the articles that are versions of one text, and related stories
  diff <a> <b>              compare two articles sentence by sentence; changes marked substantive or cosmetic
  claims [--article <a> | --story <id>] [--jsonl]
                            list claims (figures, dates, quotes, attributions) with matches, suggestion, verdict;
                            a story's (or the workspace's) claims list each wording once; --jsonl streams one claim a line
  sources "<text>" [--article <a>] [--in <a,b,…>]
                            every statement in the workspace that speaks to the text, with its relation (agrees,
                            differs, related) and reasons; identical wordings collapsed into one line with their copies;
                            --in searches only the articles named
  matrix <story> [--format csv --out <file>] [--bom]
                            a story's consistency matrix: each claim as every version and related article gives it
  lineage <claim>           one claim through every version of its story (unchanged, figure changed, removed…)
  verdict <claim> <consistent|conflicting|unclear|none> [--note T] [--evidence <a>]... [--reviewer N]
                            record a verdict on a claim (none clears it); saved to disk before it answers
  serve [--port N]          start browser mode and print its URL (with its token)
  report --format <html|pdf|md|csv|json|claimreview> --out <file> [--story <id> | --claims <id,id>] [--from D] [--to D] [--appendix] [--title T] [--organisation O] [--bom]
                            write the review report (claimreview: schema.org ClaimReview JSON-LD)
  settings [--reviewer N] [--organisation O] [--theme system|light|dark] [--report-appendix yes|no] [--report-bom yes|no]
                            show or change the reviewer's settings (shared with the app; the CLI itself never reads them)
  workspaces                list the workspace in use and the recently opened ones
  restore-backup            put the newest backup in place of a damaged crosscheck.json (the damaged file is kept)

An <article> is an id, a unique id prefix, or the path it was imported from.

Options (every command):
  --workspace DIR   use this workspace (default: $CROSSCHECK_WORKSPACE, else the app's user-data folder)
  --json            print exactly one JSON document on stdout
  -h, --help        show this help
  -v, --version     show the version`;

class UsageError extends Error {}

const COMMANDS = new Set([
  'import',
  'articles',
  'show',
  'stories',
  'diff',
  'claims',
  'sources',
  'verdict',
  'serve',
  'report',
  'restore-backup',
  'lineage',
  'matrix',
  'settings',
  'workspaces',
]);

export async function runCli(
  argv: readonly string[],
  io = { out: process.stdout, err: process.stderr },
): Promise<number> {
  keepHeapNearLive();
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        workspace: { type: 'string' },
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        in: { type: 'string' },
        port: { type: 'string' },
        article: { type: 'string' },
        note: { type: 'string' },
        evidence: { type: 'string', multiple: true },
        reviewer: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        story: { type: 'string' },
        claims: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        appendix: { type: 'boolean', default: false },
        title: { type: 'string' },
        organisation: { type: 'string' },
        bom: { type: 'boolean', default: false },
        theme: { type: 'string' },
        'report-appendix': { type: 'string' },
        'report-bom': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (err) {
    io.err.write(
      `crosscheck: ${(err as Error).message.replace(/\.$/, '')}. Run "crosscheck --help" for usage.\n`,
    );
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  // With --json even help and version are one JSON document on stdout.
  if (values.version) {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    write(io.out, values.json ? JSON.stringify({ version }) : version);
    return 0;
  }
  if (values.help || !command || command === 'help') {
    write(io.out, values.json ? JSON.stringify({ usage: HELP }) : HELP);
    return command || values.help ? 0 : 2;
  }
  const print = (json: unknown, text: string) =>
    write(io.out, values.json ? JSON.stringify(json, null, 2) : text);

  try {
    if (!COMMANDS.has(command)) throw new UsageError(`unknown command "${command}"`);
    const choice = chooseWorkspace(values.workspace);
    if (command === 'restore-backup') {
      // Before opening: a damaged workspace cannot be opened, which is why this command exists.
      noArgs(command, args);
      const done = await restoreNewestBackup(choice.dir);
      print(done, `Restored ${done.restored}.\nThe damaged file was kept as ${done.damagedCopy}.`);
      return 0;
    }
    if (command === 'settings' || command === 'workspaces') {
      // Settings belong to the person, not the workspace: no workspace is opened for these.
      noArgs(command, args);
      const settings = await SettingsFile.open(configDir());
      if (command === 'workspaces') {
        const list = workspaceList(resolve(choice.dir), settings.info().settings.recentWorkspaces);
        print(list, renderWorkspaces(list));
        return 0;
      }
      const patch = settingsPatch(values);
      const info = Object.keys(patch).length
        ? { ...settings.info(), settings: await settings.update(patch) }
        : settings.info();
      print(info, renderSettings(info));
      return 0;
    }
    if (command === 'serve') {
      noArgs(command, args);
      // Browser mode is a UI: it has the settings and adds its workspace to the recent ones.
      const session = await WorkspaceSession.start(choice.dir, choice.isDefault, configDir(), {
        mode: 'browser',
        cwd: process.cwd(),
        remember: true,
      });
      return await serve(session.api, values.port, values.json, io);
    }
    // One-off commands work on the workspace alone: they neither read nor touch the settings.
    const { api, store } = await openWorkbench(choice, { mode: 'browser', cwd: process.cwd() });
    for (const warning of store.warnings) io.err.write(`Warning: ${warning}\n`);
    switch (command) {
      case 'import': {
        if (args.length === 0) throw new UsageError('import needs at least one folder or file');
        const job = await runImportJob(api, args, progressReporter(io.err as NodeJS.WriteStream), io.err);
        if (job.state === 'failed' || !job.result)
          throw new WorkbenchError('failed', job.error ?? 'The import failed.');
        print(job.result, renderImport(job.result));
        // Nothing imported because nothing could be written is a failure, not an empty folder.
        const noRoom =
          job.result.imported.length === 0 &&
          job.result.rejected.some((r) => /the disk is full/.test(r.reason));
        return job.state === 'cancelled' || noRoom ? 1 : 0;
      }
      case 'articles': {
        noArgs(command, args);
        const list = await api.listArticles({});
        print(list, renderArticles(list));
        return 0;
      }
      case 'show': {
        if (args.length !== 1)
          throw new UsageError('show needs exactly one article (an id, id prefix or imported path)');
        const article = await api.getArticle({ ref: args[0]! });
        print(article, renderArticle(article));
        return 0;
      }
      case 'stories': {
        noArgs(command, args);
        const [stories, articles] = [await api.listStories({}), await api.listArticles({})];
        print(stories, renderStories(stories, articles));
        // An article in no story is one whose file could not be read: named, with why.
        const grouped = new Set(stories.flatMap((s) => s.articleIds));
        for (const a of articles.filter((a) => !grouped.has(a.id))) {
          const problem = await api.getArticle({ ref: a.id }).then(
            () => null,
            (err: Error) => err.message,
          );
          if (problem) io.err.write(`Left out of the stories: ${problem}\n`);
        }
        return 0;
      }
      case 'diff': {
        if (args.length !== 2)
          throw new UsageError('diff needs two articles (ids, id prefixes or imported paths)');
        const comparison = await api.compareArticles({ a: args[0]!, b: args[1]! });
        const color = !values.json && Boolean((io.out as NodeJS.WriteStream).isTTY) && !process.env.NO_COLOR;
        // `parts` serve the compare view; the CLI prints DESIGN.md's row shape exactly.
        const rows = comparison.rows.map(({ parts: _parts, ...row }) => row);
        print({ ...comparison, rows }, renderComparison(comparison, color));
        return 0;
      }
      case 'claims': {
        noArgs(command, args);
        if (values.article !== undefined && values.article.trim() === '')
          throw new UsageError('--article needs an article (an id, id prefix or imported path)');
        if (values.article !== undefined && values.story !== undefined)
          throw new UsageError('name an --article or a --story, not both');
        if (values.jsonl && values.json) throw new UsageError('choose --json or --jsonl, not both');
        await printClaims(api, { article: values.article, story: values.story }, values, io.out);
        return 0;
      }
      case 'sources': {
        if (args.length === 1 && args[0]!.trim().length > 5_000)
          throw new UsageError('the text to look up is longer than 5,000 characters; choose a passage');
        if (args.length !== 1 || args[0]!.trim().length < 3)
          throw new UsageError(
            'sources needs one text in quotes: crosscheck sources "Kosovo declared independence in 2008"',
          );
        const within = values.in
          ?.split(',')
          .map((a) => a.trim())
          .filter(Boolean);
        const result = await api.findSources({
          text: args[0]!,
          ...(values.article !== undefined ? { article: values.article } : {}),
          ...(within?.length ? { within } : {}),
        });
        print(result, renderSources(result));
        return 0;
      }
      case 'matrix': {
        if (args.length !== 1 || !/^st-[0-9a-f]{16}$/.test(args[0]!))
          throw new UsageError(
            'matrix needs one story id ("st-" and 16 hex digits; see "crosscheck stories")',
          );
        const matrix = await api.getMatrix({ storyId: args[0]! });
        if (values.format !== undefined || values.out !== undefined) {
          if (values.format !== 'csv' || !values.out)
            throw new UsageError('matrix writes a file with --format csv --out <file>');
          const path = resolve(values.out);
          if (!existsSync(dirname(path)))
            throw new WorkbenchError('not-found', `The folder of ${path} does not exist.`);
          await writeFileDurable(path, renderMatrixCsv(matrix, { bom: values.bom }));
          print(
            { path, format: 'csv', rows: matrix.rows.length },
            `Wrote ${path}: ${matrix.rows.length} claims × ${matrix.columns.length} articles.`,
          );
          return 0;
        }
        print(matrix, renderMatrix(matrix));
        return 0;
      }
      case 'lineage': {
        if (args.length !== 1 || !/^[0-9a-f]{16}-[0-9a-f]{8}$/.test(args[0]!))
          throw new UsageError('lineage needs one claim id (16 hex digits, "-", 8 hex digits)');
        const view = await api.getClaimLineage({ claimId: args[0]! });
        print(view, renderLineage(view));
        return 0;
      }
      case 'verdict': {
        if (args.length !== 2)
          throw new UsageError('verdict needs a claim id and one of consistent, conflicting, unclear, none');
        const [claimId, status] = args as [string, string];
        if (!/^[0-9a-f]{16}-[0-9a-f]{8}$/.test(claimId))
          throw new UsageError(`"${claimId}" is not a claim id (16 hex digits, "-", 8 hex digits)`);
        if (!['consistent', 'conflicting', 'unclear', 'none'].includes(status))
          throw new UsageError(`"${status}" is not a verdict; use consistent, conflicting, unclear or none`);
        const evidence = await evidenceFor(api, claimId, values.evidence ?? []);
        const input = {
          claimId,
          status: status === 'none' ? null : status,
          ...(values.note !== undefined ? { note: values.note } : {}),
          ...(evidence.length ? { evidence } : {}),
          ...(values.reviewer !== undefined ? { reviewer: values.reviewer } : {}),
        };
        // The same gate as the app's doors: the input is checked against the API schema.
        const answer = await dispatch(api, 'setVerdict', input);
        if (!answer.ok)
          throw new WorkbenchError(answer.error.code as WorkbenchError['code'], answer.error.message);
        const verdict = answer.value as Verdict | null;
        print(verdict, renderVerdict(claimId, verdict));
        return 0;
      }
      case 'report': {
        noArgs(command, args);
        const format = values.format;
        if (!format || !values.out)
          throw new UsageError('report needs --format <html|pdf|md|csv|json|claimreview> and --out <file>');
        if (!(REPORT_FORMATS as readonly string[]).includes(format))
          throw new UsageError(
            `"${format}" is not a report format; use html, pdf, md, csv, json or claimreview`,
          );
        const claimIds = values.claims
          ?.split(',')
          .map((c) => c.trim())
          .filter(Boolean);
        for (const id of claimIds ?? [])
          if (!/^[0-9a-f]{16}-[0-9a-f]{8}$/.test(id))
            throw new UsageError(`"${id}" is not a claim id (16 hex digits, "-", 8 hex digits)`);
        if (values.story !== undefined && !/^st-[0-9a-f]{16}$/.test(values.story))
          throw new UsageError(`"${values.story}" is not a story id ("st-" and 16 hex digits)`);
        for (const [flag, date] of [
          ['--from', values.from],
          ['--to', values.to],
        ] as const)
          if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
            throw new UsageError(`${flag} needs a date as YYYY-MM-DD (got "${date}")`);
        // Where the file goes is checked first, before any work: one clear sentence if it cannot.
        const path = resolve(values.out);
        if (!existsSync(dirname(path)))
          throw new WorkbenchError('not-found', `The folder ${dirname(path)} does not exist.`);
        if (existsSync(path) && statSync(path).isDirectory())
          throw new WorkbenchError('invalid-input', `${path} is a folder; give --out a file name.`);
        const input = {
          scope: claimIds?.length ? 'claims' : values.story ? 'story' : 'workspace',
          ...(values.story ? { storyId: values.story } : {}),
          ...(claimIds?.length ? { claimIds } : {}),
          ...(values.from !== undefined ? { from: values.from } : {}),
          ...(values.to !== undefined ? { to: values.to } : {}),
          ...(values.title !== undefined ? { title: values.title } : {}),
          ...(values.organisation !== undefined ? { organisation: values.organisation } : {}),
          appendix: values.appendix,
          // Only these formats print the matrices; the others need not build them.
          matrix: format === 'html' || format === 'pdf' || format === 'json',
        };
        const answer = await dispatch(api, 'getReport', input);
        if (!answer.ok)
          throw new WorkbenchError(answer.error.code as WorkbenchError['code'], answer.error.message);
        const report = answer.value as Report;
        if (format === 'pdf') {
          await htmlToPdf(renderHtml(report), path);
          const summary = { path, format, claims: report.summary.claims, verdicts: report.summary.reviewed };
          print(
            summary,
            `Wrote ${path}: ${plural(summary.verdicts, 'verdict')} on ${plural(summary.claims, 'claim')}.`,
          );
          return 0;
        }
        const content = renderReport(report, format as Exclude<ReportFormat, 'pdf'>, { bom: values.bom });
        // Atomic and durable: a report is never left half-written.
        await writeFileDurable(path, content);
        const summary = { path, format, claims: report.summary.claims, verdicts: report.summary.reviewed };
        print(
          summary,
          `Wrote ${path}: ${plural(summary.verdicts, 'verdict')} on ${plural(summary.claims, 'claim')}.`,
        );
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err.write(`crosscheck: ${err.message}. Run "crosscheck --help" for usage.\n`);
      return 2;
    }
    if (err instanceof WorkbenchError) {
      io.err.write(`crosscheck: ${err.message}\n`);
      return 1;
    }
    // One sentence for the reviewer (Node's messages name the path at fault); the stack
    // only when asked for, to report a bug.
    io.err.write(`crosscheck: ${(err as Error).message ?? String(err)}\n`);
    if (process.env.CROSSCHECK_DEBUG) io.err.write(`${(err as Error).stack ?? ''}\n`);
    return 1;
  }
}

const yesNo = (flag: string, value: string | undefined): boolean | undefined => {
  if (value === undefined) return undefined;
  if (value === 'yes' || value === 'no') return value === 'yes';
  throw new UsageError(`--${flag} takes yes or no, not "${value}"`);
};

/** The settings flags given, checked by the same schema the app's saveSettings uses. */
function settingsPatch(values: Record<string, string | boolean | string[] | undefined>) {
  const str = (key: string) => (typeof values[key] === 'string' ? values[key] : undefined);
  const appendix = yesNo('report-appendix', str('report-appendix'));
  const bom = yesNo('report-bom', str('report-bom'));
  const raw = {
    ...(str('reviewer') !== undefined ? { reviewer: str('reviewer') } : {}),
    ...(str('organisation') !== undefined ? { organisation: str('organisation') } : {}),
    ...(str('theme') !== undefined ? { theme: str('theme') } : {}),
    ...(appendix !== undefined || bom !== undefined
      ? { report: { ...(appendix !== undefined ? { appendix } : {}), ...(bom !== undefined ? { bom } : {}) } }
      : {}),
  };
  const parsed = settingsPatchSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(
      `--${issue.path[0] === 'report' ? `report-${String(issue.path[1])}` : String(issue.path[0])}: ${issue.message}`,
    );
  }
  return parsed.data;
}

function renderSettings(info: SettingsInfo): string {
  const s = info.settings;
  return [
    `Reviewer:      ${s.reviewer || '(none: verdicts are unsigned)'}`,
    `Organisation:  ${s.organisation || '(none)'}`,
    `Theme:         ${s.theme}`,
    `Report:        unreviewed claims in an appendix: ${s.report.appendix ? 'yes' : 'no'}; CSV with BOM: ${s.report.bom ? 'yes' : 'no'}`,
    `File:          ${info.file}`,
    ...(info.problem ? [`Problem:       ${info.problem}`] : []),
  ].join('\n');
}

function renderWorkspaces(list: WorkspaceList): string {
  const recent = list.recent.map((w) => `  ${w.path}${w.exists ? '' : '  (missing)'}`);
  return [
    `In use: ${list.current}`,
    ...(recent.length ? ['Recent:', ...recent] : ['No other recent workspaces.']),
  ].join('\n');
}

async function serve(
  api: WorkbenchApi,
  portText: string | undefined,
  json: boolean,
  io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream },
): Promise<number> {
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a number from 0 to 65535, not "${portText}"`);
  const staticDir = join(PROJECT_ROOT, 'out', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new WorkbenchError(
      'failed',
      `The user interface is not built (${staticDir} is missing); run "npm run build" first.`,
    );
  }
  const server = await startBrowserServer({ api, staticDir, port });
  write(
    io.out,
    json
      ? JSON.stringify({ url: server.url, port: server.port })
      : `Crosscheck is running in browser mode: ${server.url}`,
  );
  if (!json) io.err.write('Open the address above in a browser. Press Ctrl+C to stop.\n');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}

/**
 * Imports through the same background job the UI uses: progress on stderr, and Ctrl+C
 * cancels cleanly (what was imported is kept, the rest is listed as not imported).
 */
async function runImportJob(
  api: WorkspaceApi,
  paths: string[],
  onProgress: ((p: ImportProgress) => void) | undefined,
  err: NodeJS.WritableStream,
): Promise<ImportJob> {
  let job = await api.startImport({ paths });
  const cancel = () => {
    err.write('\nCancelling after the files in hand… (press Ctrl+C again to stop at once)\n');
    process.once('SIGINT', () => process.exit(130));
    void api.cancelImport({ jobId: job.id });
  };
  process.once('SIGINT', cancel);
  try {
    while (job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = await api.getImportJob({ jobId: job.id });
      if (job.total)
        onProgress?.({
          done: job.state === 'running' ? job.done : job.total,
          total: job.total,
          current: job.current,
        });
    }
  } finally {
    process.removeListener('SIGINT', cancel);
  }
  return job;
}

function noArgs(command: string, args: readonly string[]): void {
  if (args.length) throw new UsageError(`${command} takes no arguments, got "${args.join(' ')}"`);
}

function write(stream: NodeJS.WritableStream, text: string): void {
  stream.write(`${text}\n`);
}

/**
 * `--evidence <article>`: the passage of that article that matches the claim (the claim's
 * match there), so the verdict cites the exact sentence.
 */
async function evidenceFor(
  api: WorkspaceApi,
  claimId: string,
  refs: readonly string[],
): Promise<{ articleId: string; start: number; end: number }[]> {
  if (refs.length === 0) return [];
  if (!/^[0-9a-f]{16}-[0-9a-f]{8}$/.test(claimId))
    throw new UsageError(`"${claimId}" is not a claim id (16 hex digits, "-", 8 hex digits)`);
  const claim = (await api.listClaims({ article: claimId.slice(0, 16) })).find((c) => c.id === claimId);
  const out = [];
  for (const ref of refs) {
    const article = await api.getArticle({ ref });
    const match = claim?.matches.find((m) => m.articleId === article.id);
    if (!match)
      throw new WorkbenchError(
        'not-found',
        `No passage of article ${article.id} matches claim ${claimId}; pick the passage in the app instead.`,
      );
    out.push({ articleId: article.id, start: match.start, end: match.end });
  }
  return out;
}
