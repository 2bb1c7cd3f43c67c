// Public face of claims: extraction, matching, suggestions and the review log's fold.
export { sentenceValues, contentWords, jaccard, type SentenceValues } from './claim-values';
export { extractClaims, claimKinds, claimId, CLAIM_ID, type ExtractedClaim } from './extract-claims';
export { matchClaim, suggest, ValueCache, type MatchTarget } from './match-claims';
export { foldReview, ReviewFolder, type ReviewRecord, type ReviewState, type AddedClaim } from './review-log';
export {
  claimLineage,
  findAnchor,
  reanchorSpan,
  reanchorAcrossBreaks,
  textQuoteAnchor,
  type AlignRows,
  type AppearanceStatus,
  type ClaimAppearance,
  type ClaimLineage,
  type LineageVersion,
  type TextQuoteAnchor,
} from './lineage';
export {
  buildMatrix,
  cachedAlign,
  valueOf,
  rowFacets,
  type CellFacet,
  type CellStatus,
  type MatrixCell,
  type MatrixClaim,
  type MatrixColumn,
  type MatrixRow,
} from './matrix';
