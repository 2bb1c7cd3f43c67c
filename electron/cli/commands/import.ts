// `crosscheck import <folder|file>...`: imports through the same background job the UI uses,
// with progress on stderr; Ctrl+C cancels cleanly (what was imported is kept, the rest is
// listed as not imported).
import type { WorkspaceApi } from '../../../shared/api';
import { WorkbenchError, type ImportJob } from '../../../shared/model';
import type { ImportProgress } from '../../services/import-service';
import { call } from '../call-api';
import type { CliCommand } from '../command';
import { UsageError } from '../options';
import { progressReporter } from '../progress';
import { renderImport } from '../render-text';

export const importCommand: CliCommand = {
  name: 'import',
  usage: '  import <folder|file>...   import articles (.txt, .html, .md, .json) from folders or files',
  opensWorkspace: true,
  async run({ args, io, print, api }) {
    if (args.length === 0) throw new UsageError('import needs at least one folder or file');
    const job = await runImportJob(api, args, progressReporter(io.err as NodeJS.WriteStream), io.err);
    if (job.state === 'failed' || !job.result)
      throw new WorkbenchError('failed', job.error ?? 'The import failed.');
    print(job.result, renderImport(job.result));
    // Nothing imported because nothing could be written is a failure, not an empty folder.
    const noRoom =
      job.result.imported.length === 0 && job.result.rejected.some((r) => /the disk is full/.test(r.reason));
    return job.state === 'cancelled' || noRoom ? 1 : 0;
  },
};

async function runImportJob(
  api: WorkspaceApi,
  paths: readonly string[],
  onProgress: ((p: ImportProgress) => void) | undefined,
  err: NodeJS.WritableStream,
): Promise<ImportJob> {
  let job = await call(api, 'startImport', { paths: [...paths] });
  const cancel = () => {
    err.write('\nCancelling after the files in hand… (press Ctrl+C again to stop at once)\n');
    process.once('SIGINT', () => process.exit(130));
    void call(api, 'cancelImport', { jobId: job.id });
  };
  process.once('SIGINT', cancel);
  try {
    while (job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = await call(api, 'getImportJob', { jobId: job.id });
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
