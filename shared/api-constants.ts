// Limits and names of the API contract that the renderer needs at run time. Kept apart from
// api.ts so that importing them does not pull zod into the renderer bundle.

/** Largest file the importer accepts; larger files are rejected with this limit named. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** Browser uploads are sent in batches; one batch carries at most this many files. */
export const MAX_UPLOAD_FILES = 500;
/**
 * Paths one import may name: a shell's glob of a folder's files (`crosscheck import dir/*.txt`)
 * names thousands, each walked in turn; the HTTP body limit bounds a request anyway.
 */
export const MAX_IMPORT_PATHS = 20_000;
/** Browser mode: the header carrying the per-launch token on every API request. */
export const TOKEN_HEADER = 'x-crosscheck-token';
/** Browser mode: API calls are `POST ${API_PATH_PREFIX}<method>` with the input as JSON body. */
export const API_PATH_PREFIX = '/api/';
/** The reason given for every file an import did not read because the reviewer cancelled it. */
export const IMPORT_CANCELLED_REASON = 'not imported: the import was cancelled before this file was read';
