// Plain data describing stories (the `stories --json` contract in DESIGN.md).

export interface Story {
  /** Stable while the story's first article stays in it: "st-" + that article's id. */
  readonly id: string;
  readonly title: string | null;
  /** Versions in order: by date where known, else by import order. */
  readonly articleIds: readonly string[];
  readonly relatedStoryIds: readonly string[];
}

/** The reviewer's corrections to automatic grouping, kept by article id so they survive regrouping. */
export interface StoryOverrides {
  /** Pairs of articles the reviewer put in one story. */
  readonly together: readonly (readonly [string, string])[];
  /** Articles the reviewer moved out of their story (each becomes its own story). */
  readonly apart: readonly string[];
  /** Pairs of articles whose stories the reviewer marked as not related. */
  readonly notRelated: readonly (readonly [string, string])[];
}

export const NO_OVERRIDES: StoryOverrides = { together: [], apart: [], notRelated: [] };
