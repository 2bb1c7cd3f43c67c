// The one report model every format is rendered from: scope, reviewers, counts by verdict, and
// per story its versions, the substantive changes between consecutive versions, and its claims
// with verdicts, notes and evidence. Built from plain data the services gather; pure.
import type { Claim, ClaimKind, Evidence, VerdictStatus } from '../model';

export const REPORT_VERSION = 1;

export interface ReportVersion {
  readonly articleId: string;
  readonly outlet: string | null;
  readonly date: string | null;
  readonly title: string | null;
  /** Where the article was published, when its file said so. */
  readonly url?: string | null;
}

export interface ReportChange {
  readonly from: string;
  readonly to: string;
  readonly changes: readonly { readonly before: string; readonly after: string; readonly reason: string }[];
}

export interface ReportClaim {
  readonly id: string;
  readonly storyId: string;
  readonly storyTitle: string | null;
  readonly articleId: string;
  readonly outlet: string | null;
  readonly date: string | null;
  readonly text: string;
  readonly kinds: readonly ClaimKind[];
  readonly status: VerdictStatus | null;
  readonly note: string;
  readonly reviewer: string | null;
  readonly decidedAt: string | null;
  readonly suggestion: 'consistent' | 'conflicting' | null;
  readonly suggestionReasons: readonly string[];
  readonly evidence: readonly (Evidence & { readonly outlet: string | null; readonly date: string | null })[];
  /** Where the claim's wording appears in the story (shared/claims/lineage.ts); absent when not followed. */
  readonly lineage?: ClaimTrail;
}

/**
 * A story's consistency matrix as the report prints it: a value per claim and article — the
 * story's versions, then its related stories' articles (`related`).
 */
export interface ReportMatrix {
  readonly columns: readonly {
    readonly articleId: string;
    readonly outlet: string | null;
    readonly date: string | null;
    readonly related: boolean;
  }[];
  readonly rows: readonly {
    readonly claimId: string;
    readonly text: string;
    readonly conflicting: boolean;
    /** One per column: the value given (null where the version is silent), and whether it conflicts. */
    readonly cells: readonly { readonly value: string | null; readonly conflicting: boolean }[];
  }[];
}

/** The versions carrying a claim: the first one, and every one (in the story's order). */
export interface ClaimTrail {
  readonly firstAppearance: string;
  readonly appearances: readonly string[];
}

export interface ReportStory {
  readonly id: string;
  readonly title: string | null;
  readonly versions: readonly ReportVersion[];
  readonly changes: readonly ReportChange[];
  /** Reviewed claims (and, when asked for, the unreviewed ones too: see `appendix`). */
  readonly claims: readonly ReportClaim[];
  /** The story's consistency matrix, when it has two or more articles (versions or related). */
  readonly matrix?: ReportMatrix;
}

export interface ReportScope {
  readonly kind: 'workspace' | 'story' | 'claims';
  readonly storyId?: string;
  readonly claimIds?: readonly string[];
  /** Only claims of articles dated within this range (inclusive, ISO dates). */
  readonly from?: string;
  readonly to?: string;
}

export interface Report {
  readonly version: typeof REPORT_VERSION;
  readonly title: string;
  readonly generatedAt: string;
  readonly organisation: string | null;
  readonly reviewers: readonly string[];
  readonly scope: ReportScope;
  readonly summary: {
    readonly claims: number;
    readonly reviewed: number;
    readonly consistent: number;
    readonly conflicting: number;
    readonly unclear: number;
  };
  readonly stories: readonly ReportStory[];
  /** Unreviewed claims, listed apart when the appendix is asked for; else empty. */
  readonly appendix: readonly ReportClaim[];
}

/** What the services hand over: stories with their versions, changes and claims. */
export interface ReportSource {
  readonly stories: readonly {
    readonly id: string;
    readonly title: string | null;
    readonly versions: readonly ReportVersion[];
    readonly changes: readonly ReportChange[];
    readonly claims: readonly Claim[];
    /** By claim id: the versions carrying it (followed for reviewed claims). */
    readonly lineage?: ReadonlyMap<string, ClaimTrail>;
    readonly matrix?: ReportMatrix;
  }[];
}

export interface ReportOptions {
  readonly title?: string;
  readonly organisation?: string | null;
  readonly scope: ReportScope;
  readonly appendix?: boolean;
  readonly generatedAt: string;
}

export function buildReport(source: ReportSource, options: ReportOptions): Report {
  const { scope } = options;
  const wanted = (claim: Claim, date: string | null) =>
    (scope.kind !== 'claims' || (scope.claimIds ?? []).includes(claim.id)) &&
    (!scope.from || (date !== null && date >= scope.from)) &&
    (!scope.to || (date !== null && date <= scope.to));
  const stories: ReportStory[] = [];
  const appendix: ReportClaim[] = [];
  const all: ReportClaim[] = [];
  for (const story of source.stories) {
    if (scope.kind === 'story' && story.id !== scope.storyId) continue;
    const versionOf = new Map(story.versions.map((v) => [v.articleId, v]));
    const claims: ReportClaim[] = [];
    for (const claim of story.claims) {
      const version = versionOf.get(claim.articleId);
      if (!wanted(claim, version?.date ?? null)) continue;
      const item = reportClaim(
        story,
        claim,
        version,
        (id) => versionOf.get(id),
        story.lineage?.get(claim.id),
      );
      all.push(item);
      if (item.status) claims.push(item);
      else if (options.appendix) appendix.push(item);
    }
    const inAppendix = appendix.some((c) => c.storyId === story.id);
    if (claims.length === 0 && scope.kind !== 'story' && !inAppendix) continue;
    stories.push({
      id: story.id,
      title: story.title,
      versions: story.versions,
      changes: story.changes,
      claims,
      ...(story.matrix ? { matrix: story.matrix } : {}),
    });
  }
  const count = (status: VerdictStatus) => all.filter((c) => c.status === status).length;
  const reviewers = [...new Set(all.flatMap((c) => (c.reviewer ? [c.reviewer] : [])))].sort();
  return {
    version: REPORT_VERSION,
    title: options.title?.trim() || 'Fact-check review',
    generatedAt: options.generatedAt,
    organisation: options.organisation ?? null,
    reviewers,
    scope,
    summary: {
      claims: all.length,
      reviewed: all.filter((c) => c.status).length,
      consistent: count('consistent'),
      conflicting: count('conflicting'),
      unclear: count('unclear'),
    },
    stories,
    appendix,
  };
}

function reportClaim(
  story: { id: string; title: string | null },
  claim: Claim,
  version: ReportVersion | undefined,
  versionOf: (articleId: string) => ReportVersion | undefined,
  lineage: ClaimTrail | undefined,
): ReportClaim {
  const v = claim.verdict;
  return {
    ...(lineage ? { lineage } : {}),
    id: claim.id,
    storyId: story.id,
    storyTitle: story.title,
    articleId: claim.articleId,
    outlet: version?.outlet ?? null,
    date: version?.date ?? null,
    text: claim.text,
    kinds: claim.kinds,
    status: v?.status ?? null,
    note: v?.note ?? '',
    reviewer: v?.reviewer ?? null,
    decidedAt: v?.at ?? null,
    suggestion: claim.suggestion,
    suggestionReasons: claim.suggestionReasons,
    evidence: (v?.evidence ?? []).map((e) => ({
      ...e,
      outlet: versionOf(e.articleId)?.outlet ?? null,
      date: versionOf(e.articleId)?.date ?? null,
    })),
  };
}
