// `crosscheck verdict <claim> <status>`: records the reviewer's verdict (none clears it); the
// verdict is on disk before the command answers.
import type { WorkspaceApi } from '../../../shared/api';
import { WorkbenchError } from '../../../shared/model';
import { call } from '../call-api';
import type { CliCommand } from '../command';
import { CLAIM_ID, UsageError } from '../options';
import { renderVerdict } from '../render-claims';

const STATUSES = ['consistent', 'conflicting', 'unclear', 'none'] as const;
const isStatus = (s: string): s is (typeof STATUSES)[number] => (STATUSES as readonly string[]).includes(s);

export const verdictCommand: CliCommand = {
  name: 'verdict',
  usage: [
    '  verdict <claim> <consistent|conflicting|unclear|none> [--note T] [--evidence <a>]... [--reviewer N]',
    '                            record a verdict on a claim (none clears it); saved to disk before it answers',
  ].join('\n'),
  opensWorkspace: true,
  async run({ args, values, print, api }) {
    if (args.length !== 2)
      throw new UsageError('verdict needs a claim id and one of consistent, conflicting, unclear, none');
    const [claimId, status] = args as [string, string];
    if (!CLAIM_ID.test(claimId))
      throw new UsageError(`"${claimId}" is not a claim id (16 hex digits, "-", 8 hex digits)`);
    if (!isStatus(status))
      throw new UsageError(`"${status}" is not a verdict; use consistent, conflicting, unclear or none`);
    const evidence = await evidenceFor(api, claimId, values.evidence ?? []);
    const saved = await call(api, 'setVerdict', {
      claimId,
      status: status === 'none' ? null : status,
      ...(values.note !== undefined ? { note: values.note } : {}),
      ...(evidence.length ? { evidence } : {}),
      ...(values.reviewer !== undefined ? { reviewer: values.reviewer } : {}),
    });
    // The save answers with what the app's screen shows after it (history, counts); the CLI
    // prints DESIGN.md's Verdict alone: the claim's verdict now, null once cleared.
    const verdict = saved.change.verdict;
    print(verdict, renderVerdict(claimId, verdict));
    return 0;
  },
};

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
  const claim = (await call(api, 'listClaims', { article: claimId.slice(0, 16) })).find(
    (c) => c.id === claimId,
  );
  const out = [];
  for (const ref of refs) {
    const article = await call(api, 'getArticle', { ref });
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
