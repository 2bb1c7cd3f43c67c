// "What do the other sources say about this?": the statements of the workspace that speak to
// a text, each with its relation to it. The index proposes the statements sharing the text's
// rare words; each is then related to the text (relate-statements.ts). A wording carried by
// many articles is one result with all its occurrences (copies).
import type { MatchRelation } from '../model';
import { FactsCache } from './statement-facts';
import { CANDIDATE_FLOOR, relateStatements } from './relate-statements';
import type { IndexedStatement, Occurrence, StatementIndex } from './statement-index';
import { statementKey, statementTerms } from './statement-terms';

export interface SourceQuery {
  readonly text: string;
  /** The date of the article the text comes from ('YYYY-MM-DD'), to resolve "on Monday". */
  readonly date?: string | null;
  /** Occurrences in these articles are left out (the claim's own article, its story's versions). */
  readonly exclude?: ReadonlySet<string>;
  /** When given, only these articles are searched (a set the reviewer chose). */
  readonly within?: ReadonlySet<string>;
  /** The article the text comes from, if any: the names it mentions tell what it is about. */
  readonly articleId?: string | null;
}

export interface SourceHit {
  readonly statement: IndexedStatement;
  readonly relation: MatchRelation;
  readonly reasons: readonly string[];
  /** The statement's occurrences outside the excluded articles (at least one). */
  readonly occurrences: readonly Occurrence[];
  /** How closely the wording follows the query (for ordering within a relation). */
  readonly score: number;
}

export interface SourceContext {
  readonly index: StatementIndex;
  /** An article's publication date, to resolve its relative days. */
  readonly dateOf: (articleId: string) => string | null;
  readonly facts?: FactsCache;
}

/** Candidates related to the query one by one, best first. */
const VERIFIED = 30;
/** Wordings kept per relation and query (each with all its copies). */
const MAX_PER_RELATION: Record<MatchRelation, number> = { differs: 10, agrees: 10, related: 5 };

const RELATION_ORDER: Record<MatchRelation, number> = { differs: 0, agrees: 1, related: 2 };

export function findSources(query: SourceQuery, ctx: SourceContext): SourceHit[] {
  const facts = ctx.facts ?? new FactsCache();
  const weight = (t: string) => ctx.index.idf(t);
  const mine = facts.get(query.text, query.date ?? null);
  const ownKey = statementKey(query.text);
  const hits: SourceHit[] = [];
  let looked = 0;
  const terms = mine.terms.subject.length ? mine.terms : statementTerms(query.text);
  for (const c of ctx.index.search(terms, undefined, query.exclude, query.within)) {
    // Statements sharing next to nothing with the query need no closer look.
    if (c.statement.key !== ownKey && Math.max(c.queryCovered, c.statementCovered) < CANDIDATE_FLOOR)
      continue;
    const occurrences =
      query.exclude || query.within
        ? c.statement.occurrences.filter(
            (o) => !query.exclude?.has(o.articleId) && (!query.within || query.within.has(o.articleId)),
          )
        : c.statement.occurrences;
    if (occurrences.length === 0) continue;
    const first = occurrences[0]!;
    if (c.statement.key === ownKey) {
      hits.push({
        statement: c.statement,
        relation: 'agrees',
        reasons: ['same wording'],
        occurrences,
        score: 2,
      });
      continue;
    }
    // The closest few are related one by one; the rest of a long tail says little more.
    if (++looked > VERIFIED) break;
    const theirs = facts.of(c.statement, ctx.dateOf(first.articleId));
    const rel = relateStatements(mine, theirs, weight, {
      a: query.articleId ? ctx.index.namesOf(query.articleId) : undefined,
      b: ctx.index.namesOf(first.articleId),
    });
    if (!rel) continue;
    hits.push({
      statement: c.statement,
      relation: rel.relation,
      reasons: rel.reasons,
      occurrences,
      score: Math.max(c.queryCovered, c.statementCovered),
    });
  }
  hits.sort((x, y) => RELATION_ORDER[x.relation] - RELATION_ORDER[y.relation] || y.score - x.score);
  // The closest wordings of each relation, not every one in the folder: a sentence a template
  // repeats across hundreds of stories is not hundreds of findings.
  const kept: Record<MatchRelation, number> = { differs: 0, agrees: 0, related: 0 };
  return hits.filter((h) => ++kept[h.relation] <= MAX_PER_RELATION[h.relation]);
}
