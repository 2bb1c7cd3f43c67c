// What the other articles say, as lines to show: a claim's matches or the answer to "Who else
// says this?", each line one wording (its copies collapsed), grouped by relation — differs,
// agrees, related — in the order the services gave (newest first within each). Pure, so it is
// tested without a browser; components only lay it out.
import type { ArticleSummary, ClaimMatch, MatchRelation, SourceMatch } from '../../shared/model';

export interface SourceLine {
  /** Stable within one list: the newest carrier and where the words are in it. */
  readonly key: string;
  readonly articleId: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly relation: MatchRelation;
  readonly reasons: readonly string[];
  /** Another version of the story asked about, another story, or not known. */
  readonly scope: 'version' | 'source' | null;
  readonly storyId: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
  /** Articles carrying this wording, the newest (this line's article) included. */
  readonly copies: number;
  /** The other carriers, newest first. */
  readonly copyArticleIds: readonly string[];
}

export interface RelationGroup {
  readonly relation: MatchRelation;
  readonly title: string;
  readonly lines: readonly SourceLine[];
  /** Articles behind the lines, copies counted. */
  readonly articles: number;
}

const TITLES: Record<MatchRelation, string> = { differs: 'Differs', agrees: 'Agrees', related: 'Related' };
const ORDER: readonly MatchRelation[] = ['differs', 'agrees', 'related'];

function scopeOf(
  scope: SourceLine['scope'] | undefined,
  storyId: string | null,
  home: string | null,
): SourceLine['scope'] {
  if (scope) return scope;
  if (!storyId || !home) return null;
  return storyId === home ? 'version' : 'source';
}

/** A match of a claim; `home` is the claim's story, for matches that do not say their scope. */
export function lineOfMatch(m: ClaimMatch, home: string | null): SourceLine {
  const storyId = m.storyId ?? null;
  return {
    key: `${m.articleId}:${m.start}:${m.relation}`,
    articleId: m.articleId,
    text: m.text,
    start: m.start,
    end: m.end,
    relation: m.relation,
    reasons: m.reasons,
    scope: scopeOf(m.scope, storyId, home),
    storyId,
    outlet: m.outlet ?? null,
    date: m.date ?? null,
    copies: Math.max(1, m.copies ?? 1),
    copyArticleIds: m.copyArticleIds ?? [],
  };
}

/** A statement found by "Who else says this?"; `home` is the story the words were taken from. */
export function lineOfSource(m: SourceMatch, home: string | null): SourceLine {
  // The same shape as a claim's match, without a scope: the story decides it.
  return lineOfMatch({ ...m, scope: undefined }, home);
}

/** The lines by relation, differs first; empty groups left out; order within a group kept. */
export function groupByRelation(lines: readonly SourceLine[]): RelationGroup[] {
  return ORDER.flatMap((relation) => {
    const mine = lines.filter((l) => l.relation === relation);
    if (mine.length === 0) return [];
    const articles = mine.reduce((n, l) => n + l.copies, 0);
    return [{ relation, title: TITLES[relation], lines: mine, articles }];
  });
}

/** A copy of a wording, described from the library's list (an unknown id says so). */
export interface CopyRow {
  readonly articleId: string;
  readonly outlet: string | null;
  readonly date: string | null;
  readonly title: string | null;
  /** False when the id is not in the library's list (an article removed since). */
  readonly known: boolean;
}

export function copyRows(ids: readonly string[], byId: ReadonlyMap<string, ArticleSummary>): CopyRow[] {
  return ids.map((articleId) => {
    const a = byId.get(articleId);
    return {
      articleId,
      outlet: a?.outlet ?? null,
      date: a?.date ?? null,
      title: a?.title ?? null,
      known: a !== undefined,
    };
  });
}

/** "3 statements in 290 articles: 1 differs, 2 agree" — the answer in one sentence. */
export function summarize(groups: readonly RelationGroup[]): string {
  const lines = groups.reduce((n, g) => n + g.lines.length, 0);
  const articles = groups.reduce((n, g) => n + g.articles, 0);
  if (lines === 0) return 'No statement found.';
  const parts = groups.map((g) => `${g.lines.length} ${VERB[g.relation](g.lines.length)}`);
  const statements = `${lines} ${lines === 1 ? 'statement' : 'statements'}`;
  const where = articles === lines ? '' : ` in ${articles} articles`;
  return `${statements}${where}: ${parts.join(', ')}`;
}
const VERB: Record<MatchRelation, (n: number) => string> = {
  differs: (n) => (n === 1 ? 'differs' : 'differ'),
  agrees: (n) => (n === 1 ? 'agrees' : 'agree'),
  related: () => 'related',
};
