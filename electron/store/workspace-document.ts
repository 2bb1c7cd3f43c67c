// The shape of crosscheck.json, the lowdb document of a workspace. Only small, often-changed
// data lives here (the article index, later stories, claims and verdicts); each article's
// bulky text lives in its own immutable file under articles/.
import type { BoilerplateLine } from '../../shared/ingest';
import { NO_OVERRIDES, type ArticleSummary, type StoryOverrides } from '../../shared/model';

export const SCHEMA_VERSION = 4;

export interface ArticleIndexEntry extends ArticleSummary {
  readonly sourceIndex: number;
  readonly importedAt: string;
  /** SHA-256 of the file the article came from (absent in entries written before it was kept). */
  readonly sha256?: string;
  /** The article this one replaced: same source path, different bytes (a later edit). */
  readonly supersedes: string | null;
}

export interface WorkspaceDocument {
  schemaVersion: number;
  createdAt: string;
  /** Article ids in import order: the order of the library when no date is known. */
  articleOrder: string[];
  articles: Record<string, ArticleIndexEntry>;
  /** Per article id: the removed lines the reviewer put back into the text. */
  restoredLines: Record<string, number[]>;
  /** Per outlet: short paragraphs found repeated under its different stories (removed on read). */
  outletBoilerplate: Record<string, BoilerplateLine[]>;
  /** The reviewer's corrections to story grouping (by article id). */
  storyOverrides: StoryOverrides;
}

export function emptyDocument(now: Date): WorkspaceDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    createdAt: now.toISOString(),
    articleOrder: [],
    articles: {},
    restoredLines: {},
    outletBoilerplate: {},
    storyOverrides: NO_OVERRIDES,
  };
}
