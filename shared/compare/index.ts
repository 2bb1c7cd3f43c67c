// Public face of comparing two versions: aligned sentences, word changes, their classification.
export { alignSentences, type AlignedPair } from './align-sentences';
export { classifyChange, type ClassifiedChange } from './classify-change';
export {
  compareSentences,
  wordChanges,
  type CompareRow,
  type CompareSummary,
  type DiffPart,
} from './compare-texts';
