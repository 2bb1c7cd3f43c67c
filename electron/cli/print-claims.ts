// `crosscheck claims`: one article's claims, one story's, or the whole workspace's story by
// story. The workspace's list is written as it is worked out — a JSON array element by
// element, or JSON Lines with --jsonl — waiting for stdout to drain, so no giant string is
// ever built and memory stays flat however many claims there are.
import type { WorkbenchApi } from '../../shared/api';
import type { Claim } from '../../shared/model';
import { call } from './call-api';
import { renderClaims } from './render-claims';

type ClaimsApi = Pick<WorkbenchApi, 'listClaims' | 'listStories'>;

interface ClaimsChoice {
  readonly article?: string | undefined;
  readonly story?: string | undefined;
}

export async function printClaims(
  api: ClaimsApi,
  choice: ClaimsChoice,
  flags: { json?: boolean; jsonl?: boolean },
  out: NodeJS.WritableStream,
): Promise<void> {
  // The first batch before anything is written: a story that does not exist is one error
  // sentence, not a "[" left on stdout.
  const rest = claimBatches(api, choice);
  const first = await rest.next();
  const batches = (async function* () {
    if (!first.done) yield first.value;
    yield* rest;
  })();
  // A reader that stops early (`| head`: EPIPE) ends the listing quietly.
  let closed = false;
  out.on('error', () => {
    closed = true;
  });
  const put = (text: string) => (closed ? Promise.resolve() : write(out, text));
  if (flags.jsonl) {
    for await (const claims of batches) {
      for (const c of claims) await put(JSON.stringify(c) + '\n');
      if (closed) return;
    }
    return;
  }
  if (flags.json) {
    let none = true;
    await put('[');
    for await (const claims of batches) {
      for (const c of claims) {
        await put((none ? '\n' : ',\n') + indent(JSON.stringify(c, null, 2)));
        none = false;
      }
      if (closed) return;
    }
    await put(none ? ']\n' : '\n]\n');
    return;
  }
  let any = false;
  for await (const claims of batches) {
    if (claims.length === 0) continue;
    await put((any ? '\n' : '') + renderClaims(claims) + '\n');
    any = true;
  }
  if (!any) await put('No claims.\n');
}

async function* claimBatches(api: ClaimsApi, choice: ClaimsChoice): AsyncGenerator<Claim[]> {
  if (choice.article !== undefined) yield await call(api, 'listClaims', { article: choice.article });
  else if (choice.story !== undefined) yield await call(api, 'listClaims', { story: choice.story });
  else {
    // A page of stories per call: the workspace is read once per page, not once per story,
    // and a page's claims (each with its sources' wordings) are held only until written.
    const ids = (await call(api, 'listStories', {})).map((s) => s.id);
    for (let i = 0; i < ids.length; i += PAGE)
      yield await call(api, 'listClaims', { stories: ids.slice(i, i + PAGE) });
  }
}

const PAGE = 10;

function indent(json: string): string {
  return json.replace(/^/gm, '  ');
}

/** Writes and, when the stream's buffer is full, waits until it drains (or is closed). */
function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (out.write(text)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('error', done);
      resolve();
    };
    out.once('drain', done);
    out.once('error', done);
  });
}
