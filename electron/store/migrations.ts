// Brings an older crosscheck.json up to SCHEMA_VERSION, one step per version. The store
// writes a backup before running any step, so a failed migration loses nothing.
import { WorkbenchError } from '../../shared/model';
import { SCHEMA_VERSION, type WorkspaceDocument } from './workspace-document';

type Step = (doc: Record<string, unknown>) => Record<string, unknown>;

/** STEPS[n] turns a version-n document into a version-(n+1) one. */
const STEPS: Record<number, Step> = {
  // Version 0: documents written before schemaVersion existed (article index only).
  0: (doc) => ({
    articleOrder: Object.keys((doc.articles as object) ?? {}),
    articles: {},
    ...doc,
    schemaVersion: 1,
  }),
  // Version 1 → 2: reviewers can restore removed lines.
  1: (doc) => ({ restoredLines: {}, ...doc, schemaVersion: 2 }),
  // Version 2 → 3: outlet boilerplate found across an import.
  2: (doc) => ({ outletBoilerplate: {}, ...doc, schemaVersion: 3 }),
  // Version 3 → 4: the reviewer's story overrides.
  3: (doc) => ({ storyOverrides: { together: [], apart: [], notRelated: [] }, ...doc, schemaVersion: 4 }),
};

/** True when the document is older than this build; throws when it is newer (we cannot read it safely). */
export function needsMigration(doc: { schemaVersion?: unknown }, file: string): boolean {
  const version = typeof doc.schemaVersion === 'number' ? doc.schemaVersion : 0;
  if (version > SCHEMA_VERSION) {
    throw new WorkbenchError(
      'failed',
      `The workspace ${file} was written by a newer Crosscheck (schema ${version}); update Crosscheck to open it.`,
    );
  }
  return version < SCHEMA_VERSION;
}

export function migrate(input: Record<string, unknown>, file: string): WorkspaceDocument {
  let doc = input;
  needsMigration(doc, file);
  let version = typeof doc.schemaVersion === 'number' ? doc.schemaVersion : 0;
  while (version < SCHEMA_VERSION) {
    const step = STEPS[version];
    if (!step) throw new WorkbenchError('failed', `No migration from schema ${version} for ${file}.`);
    doc = step(doc);
    version = doc.schemaVersion as number;
  }
  return doc as unknown as WorkspaceDocument;
}
