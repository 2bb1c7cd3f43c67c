// `crosscheck claims`: one article's claims, one story's, or the whole workspace's story by
// story. The workspace's list is written as it is worked out — a JSON array element by
// element, or JSON Lines with --jsonl — waiting for stdout to drain, so no giant string is
// ever built and memory stays flat however many claims there are.
import type { WorkspaceApi } from '../../shared/api';
import type { Claim } from '../../shared/model';
import { renderClaims } from './render-claims';

interface ClaimsChoice {
  readonly article?: string | undefined;
  readonly story?: string | undefined;
}

export async function printClaims(
  api: WorkspaceApi,
  choice: ClaimsChoice,
  flags: { json?: boolean; jsonl?: boolean },
  out: NodeJS.WritableStream,
): Promise<void> {
  const batches = claimBatches(api, choice);
  if (flags.jsonl) {
    for await (const claims of batches) for (const c of claims) await put(out, JSON.stringify(c) + '\n');
    return;
  }
  if (flags.json) {
    let first = true;
    await put(out, '[');
    for await (const claims of batches)
      for (const c of claims) {
        await put(out, (first ? '\n' : ',\n') + indent(JSON.stringify(c, null, 2)));
        first = false;
      }
    await put(out, first ? ']\n' : '\n]\n');
    return;
  }
  let any = false;
  for await (const claims of batches) {
    if (claims.length === 0) continue;
    await put(out, (any ? '\n' : '') + renderClaims(claims) + '\n');
    any = true;
  }
  if (!any) await put(out, 'No claims.\n');
}

async function* claimBatches(api: WorkspaceApi, choice: ClaimsChoice): AsyncGenerator<Claim[]> {
  if (choice.article !== undefined) yield await api.listClaims({ article: choice.article });
  else if (choice.story !== undefined) yield await api.listClaims({ story: choice.story });
  else {
    // A page of stories per call: the workspace is read once per page, not once per story.
    const ids = (await api.listStories({})).map((s) => s.id);
    for (let i = 0; i < ids.length; i += PAGE)
      yield await api.listClaims({ stories: ids.slice(i, i + PAGE) });
  }
}

const PAGE = 200;

function indent(json: string): string {
  return json.replace(/^/gm, '  ');
}

/** Writes and, when the stream's buffer is full, waits until it drains. */
function put(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (out.write(text)) return Promise.resolve();
  return new Promise((resolve) => out.once('drain', () => resolve()));
}
