// Gathers what a report needs from the workspace — every story (or one) with its versions,
// the substantive changes between consecutive versions, and its claims with verdicts — and
// builds the report model (shared/report). Rendering to a format is the caller's.
import { cachedAlign, claimLineage } from '../../shared/claims';
import { compareSentences } from '../../shared/compare';
import { WorkbenchError, type Article, type Claim } from '../../shared/model';
import { buildReport, type Report, type ReportScope, type ReportSource } from '../../shared/report';
import type { ClaimsService } from './claims-service';
import type { StoriesService } from './stories-service';

export interface ReportRequest {
  readonly scope: ReportScope;
  readonly title?: string;
  readonly organisation?: string | null;
  readonly appendix?: boolean;
  /** Build the printed stories' matrices (default yes): only HTML, PDF and JSON carry them. */
  readonly matrix?: boolean;
}

export async function gatherReport(
  stories: StoriesService,
  claims: ClaimsService,
  readArticle: (id: string) => Promise<Article>,
  request: ReportRequest,
): Promise<Report> {
  const list = await stories.list();
  // Chosen claims: only the stories holding them are gathered.
  const claimArticles = new Set((request.scope.claimIds ?? []).map((id) => id.slice(0, 16)));
  const wanted =
    request.scope.kind === 'story'
      ? list.filter((s) => s.id === request.scope.storyId)
      : request.scope.kind === 'claims'
        ? list.filter((s) => s.articleIds.some((id) => claimArticles.has(id)))
        : list;
  if (request.scope.kind === 'story' && wanted.length === 0)
    throw new WorkbenchError('not-found', `No story ${request.scope.storyId} in this workspace.`);
  if (request.scope.kind === 'claims') {
    const missing = [...claimArticles].filter((id) => !list.some((s) => s.articleIds.includes(id)));
    if (missing.length)
      throw new WorkbenchError('not-found', `No article ${missing[0]} for the chosen claims.`);
  }
  const source: ReportSource = { stories: [] };
  for (const story of wanted) {
    const detail = await stories.detail(story.id);
    const articles = await Promise.all(detail.articleIds.map((id) => readArticle(id)));
    const changes = articles.slice(1).map((after, i) => {
      const before = articles[i]!;
      const { rows } = compareSentences(before.sentences, after.sentences);
      return {
        from: before.id,
        to: after.id,
        changes: rows
          .flatMap((r) => r.changes)
          .filter((c) => c.kind === 'substantive')
          .map(({ before: b, after: a, reason }) => ({ before: b, after: a, reason })),
      };
    });
    const storyClaims: Claim[] = [];
    for (const id of detail.articleIds) storyClaims.push(...(await claims.forArticle(id)));
    // Reviewed claims are followed through the versions (ClaimReview's firstAppearance and
    // appearance); claims of one article share each alignment.
    const align = cachedAlign();
    const lineage = new Map<string, { firstAppearance: string; appearances: string[] }>();
    for (const claim of storyClaims) {
      if (!claim.verdict) continue;
      const origin = articles.find((a) => a.id === claim.articleId);
      if (!origin) continue;
      const trail = claimLineage(claim, origin, articles, align);
      lineage.set(claim.id, {
        firstAppearance: trail.firstAppearance,
        // A version that changed the claim's figure, date or source makes another claim.
        appearances: trail.appearances
          .filter((a) => a.status === 'unchanged' || a.status === 'moved' || a.status === 'reworded')
          .map((a) => a.articleId),
      });
    }
    // The matrix as the app shows it: the story's versions, then its related stories' articles.
    // Built only for a story the report will print (one with a verdict, the story asked for,
    // or any story when the appendix lists unreviewed claims): it aligns every version.
    const printed =
      request.matrix !== false &&
      (request.scope.kind === 'story' || request.appendix === true || storyClaims.some((c) => c.verdict));
    // The same alignments as the lineage above: each pair of versions is aligned once.
    const full = printed ? await claims.matrix(story.id, align) : null;
    const matrix =
      !full || full.columns.length < 2
        ? undefined
        : {
            columns: full.columns.map((c) => ({
              articleId: c.articleId,
              outlet: c.outlet,
              date: c.date,
              related: c.related,
            })),
            rows: full.rows.map((r) => ({
              claimId: r.claimId,
              text: r.text,
              conflicting: r.conflicting,
              cells: r.cells.map((c) => ({ value: c.value, conflicting: c.conflicting })),
            })),
          };
    (source.stories as ReportSource['stories'][number][]).push({
      id: story.id,
      title: detail.title ?? detail.versions[0]?.title ?? null,
      versions: detail.versions.map((v) => ({
        articleId: v.articleId,
        outlet: v.outlet,
        date: v.date,
        title: v.title,
      })),
      changes,
      claims: storyClaims,
      lineage,
      ...(matrix ? { matrix } : {}),
    });
  }
  return buildReport(source, {
    scope: request.scope,
    ...(request.title !== undefined ? { title: request.title } : {}),
    organisation: request.organisation ?? null,
    appendix: request.appendix ?? false,
    generatedAt: new Date().toISOString(),
  });
}

/** The API's report request as the gathering wants it. */
export function reportRequest(input: {
  scope: 'workspace' | 'story' | 'claims';
  storyId?: string | undefined;
  claimIds?: string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  title?: string | undefined;
  organisation?: string | undefined;
  appendix?: boolean | undefined;
  matrix?: boolean | undefined;
}): ReportRequest {
  return {
    scope: {
      kind: input.scope,
      ...(input.storyId ? { storyId: input.storyId } : {}),
      ...(input.claimIds ? { claimIds: input.claimIds } : {}),
      ...(input.from ? { from: input.from } : {}),
      ...(input.to ? { to: input.to } : {}),
    },
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.organisation !== undefined ? { organisation: input.organisation } : {}),
    ...(input.appendix !== undefined ? { appendix: input.appendix } : {}),
    ...(input.matrix !== undefined ? { matrix: input.matrix } : {}),
  };
}
