// Groups texts into stories in one go: the batch form of VersionIndex (candidates from MinHash
// + LSH, each candidate pair verified on exact shingle sets, verified pairs joined). Pure and
// in memory.
import { VersionIndex, type VersionInput, type VersionPair } from './version-index';

/** The cleaned text (what the reviewer reads, not the raw file), with page address, outlet, date. */
export type StoryInput = VersionInput;

export interface VersionGroups {
  /** Article ids per story, each in input order; stories ordered by their first article. */
  readonly groups: string[][];
  /** The verified version pairs, for explaining a grouping. */
  readonly pairs: readonly VersionPair[];
}

export function groupVersions(docs: readonly StoryInput[]): VersionGroups {
  const index = new VersionIndex();
  const pairs = index.add(docs);
  return { groups: index.groups(), pairs };
}
