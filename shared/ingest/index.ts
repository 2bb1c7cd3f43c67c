// Public face of ingestion: turn a file's bytes into cleaned, described articles.
export { ingestFile, type IngestOutcome, type ParsedArticle } from './ingest-file';
export { findDate } from './dates';
export { decodeBytes, type DecodedText } from './decode';
export { splitSentences } from './sentences';
export { readerView, withRestoredLines } from './restore-lines';
export {
  boilerplateLines,
  findOutletBoilerplate,
  fingerprint,
  keyHash,
  withoutBoilerplate,
  type ArticleFingerprint,
  type BoilerplateLine,
  type FoundLine,
} from './outlet-boilerplate';
export { wordCount } from './lines';
