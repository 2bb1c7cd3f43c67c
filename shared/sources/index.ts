// Public face of cross-source checking: the workspace-wide statement index, the facts a
// statement states, how two statements relate, and the search for a text's sources.
export { statementTerms, statementKey, stem, isValueWord, type StatementTerms } from './statement-terms';
export {
  StatementIndex,
  type Candidate,
  type IndexedSentence,
  type IndexedStatement,
  type Occurrence,
} from './statement-index';
export { statementFacts, FactsCache, type StatementFacts, type Slot } from './statement-facts';
export { relateStatements, containment, type Relation, type Weight } from './relate-statements';
export { findSources, type SourceHit, type SourceQuery, type SourceContext } from './find-sources';
export { indexedSentences } from './indexed-sentences';
export {
  collapseMatches,
  orderMatches,
  sourceMatches,
  newestFirst,
  type ArticleMeta,
  type MetaOf,
} from './collapse-matches';
export { storySentences, versionMatches, type StorySentences, type Carrier } from './story-matches';
