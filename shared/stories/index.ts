// Public face of story finding: which articles are versions of one text (MinHash + LSH,
// verified exactly), and which stories are about the same subject (TF-IDF cosine).
export { foldSpelling, shingleSet, shingleTokens } from './shingles';
export { minhashSignature, SIGNATURE_SIZE } from './minhash';
export { lshCandidatePairs } from './lsh';
export { compareShingles, isVersionPair, type PairSimilarity } from './verify';
export { groupVersions, type StoryInput, type VersionGroups } from './group-versions';
export {
  linkStories,
  relatedStories,
  storyVector,
  type RelatedInput,
  type RelatedLink,
  type TermVector,
} from './related';
export { applyGroupOverrides, applyRelatedOverrides } from './apply-overrides';
export { versionChange } from './timeline';
export {
  VersionIndex,
  type VersionBasis,
  type VersionIndexSnapshot,
  type VersionInput,
  type VersionPair,
} from './version-index';
export { pageKey } from './page-address';
