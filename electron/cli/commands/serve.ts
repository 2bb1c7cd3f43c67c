// `crosscheck serve [--port N]`: browser mode. The HTTP server is a door of its own: every
// request it serves goes through dispatch there; this command only opens the session (with
// the settings, remembering the workspace as recent, as a UI does) and runs the server until
// SIGINT or SIGTERM.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WorkbenchError } from '../../../shared/model';
import { startBrowserServer } from '../../server/http-server';
import { PROJECT_ROOT } from '../../services/open-workbench';
import { configDir } from '../../services/workspace-location';
import { WorkspaceSession } from '../../services/workspace-session';
import { write, type CliCommand } from '../command';
import { noArgs, UsageError } from '../options';

export const serveCommand: CliCommand = {
  name: 'serve',
  usage: '  serve [--port N]          start browser mode and print its URL (with its token)',
  opensWorkspace: false,
  async run({ args, values, io, choice }) {
    noArgs('serve', args);
    const session = await WorkspaceSession.start(choice.dir, choice.isDefault, configDir(), {
      mode: 'browser',
      cwd: process.cwd(),
      remember: true,
      sourcesThread: 'worker',
    });
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`);
    const staticDir = join(PROJECT_ROOT, 'out', 'renderer');
    if (!existsSync(join(staticDir, 'index.html')))
      throw new WorkbenchError(
        'failed',
        `The user interface is not built (${staticDir} is missing); run "npm run build" first.`,
      );
    const server = await startBrowserServer({ api: session.api, staticDir, port });
    write(
      io.out,
      values.json
        ? JSON.stringify({ url: server.url, port: server.port })
        : `Crosscheck is running in browser mode: ${server.url}`,
    );
    if (!values.json) io.err.write('Open the address above in a browser. Press Ctrl+C to stop.\n');
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    // The work in flight for requests no one waits for any more (the statement index being
    // built in its worker) must not keep the process running after it was told to stop.
    await Promise.all([server.close(), session.close()]);
    return 0;
  },
};
