// Plain data describing stories (the `stories --json` contract in DESIGN.md).

export interface Story {
  /** Stable while the story's first article stays in it: "st-" + that article's id. */
  readonly id: string;
  readonly title: string | null;
  /** Versions in order: by date where known, else by import order. */
  readonly articleIds: readonly string[];
  readonly relatedStoryIds: readonly string[];
  /**
   * When two or more versions share one page address (same URL or canonical link, once
   * normalised): the address as the earliest of them gives it, and how many versions have it.
   * Those versions are one page's history, grouped whatever their similarity. Null otherwise.
   */
  readonly page?: StoryPage | null;
}

export interface StoryPage {
  readonly url: string;
  readonly versions: number;
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

/** How a version differs from the one before it, in sentences (until the compare view classifies changes). */
export interface VersionChange {
  readonly added: number;
  readonly removed: number;
  /** Sentences reworded rather than added or removed (a pair counted once). */
  readonly changed: number;
  /** One line for the timeline, e.g. "2 sentences reworded, 1 added". */
  readonly summary: string;
}

export interface StoryVersion {
  readonly articleId: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
  /** The publication time when the file states one (Article.publishedAt). */
  readonly publishedAt?: string | null;
  readonly words: number;
  /** null for the first version. */
  readonly change: VersionChange | null;
}

export interface StoryDetail extends Story {
  /** The timeline: versions in order with what changed from the previous one. */
  readonly versions: readonly StoryVersion[];
  readonly related: readonly {
    readonly id: string;
    readonly title: string | null;
    readonly versions: number;
  }[];
}

/** One change inside a reworded sentence, with the reason a reviewer reads. */
export interface WordChange {
  readonly kind: 'substantive' | 'cosmetic';
  readonly before: string;
  readonly after: string;
  readonly reason: string;
}

/** One aligned row of two compared articles. */
export interface ComparisonRow {
  readonly kind: 'same' | 'changed' | 'added' | 'removed' | 'moved';
  readonly a: { readonly text: string; readonly start: number; readonly end: number } | null;
  readonly b: { readonly text: string; readonly start: number; readonly end: number } | null;
  readonly changes: readonly WordChange[];
  /**
   * Changed rows only, and not part of the CLI's `diff --json`: the pair's words in order, each
   * run unchanged, removed or added and tied to its change (an index into `changes`), so the
   * compare view marks words without diffing again.
   */
  readonly parts?: readonly {
    readonly op: 'same' | 'removed' | 'added';
    readonly text: string;
    readonly change: number | null;
  }[];
}

/** Two articles compared (the `diff --json` contract in DESIGN.md, rows with their word runs). */
export interface ArticleComparison {
  readonly a: string;
  readonly b: string;
  readonly rows: readonly ComparisonRow[];
  readonly summary: {
    readonly substantive: number;
    readonly cosmetic: number;
    readonly added: number;
    readonly removed: number;
    readonly moved: number;
  };
}
