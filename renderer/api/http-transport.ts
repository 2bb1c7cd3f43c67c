// Browser mode's transport: every WorkbenchApi call is `POST /api/<method>` with the input as
// JSON and the launch token in a header; the answer is an ApiResponse. Failures of any kind
// (network, HTTP status, `ok:false`) become one thrown Error whose message a reviewer can read.
// This file must never hold business logic: it only moves inputs and results across HTTP.
import type { ApiInput, ApiMethod, ApiResponse, WorkbenchApi } from '../../shared/api';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../shared/api-constants';

type ApiOutput<M extends ApiMethod> = Awaited<ReturnType<WorkbenchApi[M]>>;

function isApiResponse(body: unknown): body is ApiResponse<unknown> {
  return typeof body === 'object' && body !== null && 'ok' in body && typeof body.ok === 'boolean';
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function statusMessage(status: number, hasToken: boolean): string {
  if ((status === 401 || status === 403) && !hasToken) {
    return 'This page has no access token. Open the link printed by “crosscheck serve”, which carries it.';
  }
  if (status === 401 || status === 403) {
    return 'The server refused the access token. Open the link printed by the running “crosscheck serve” again.';
  }
  return `The Crosscheck server answered with HTTP ${status}.`;
}

export function createHttpApi(token: string | null): WorkbenchApi {
  async function post<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers[TOKEN_HEADER] = token;

    let response: Response;
    try {
      response = await fetch(`${API_PATH_PREFIX}${method}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input),
        // Same origin only: the token must never travel anywhere else.
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch {
      throw new Error('Could not reach the Crosscheck server. Is “crosscheck serve” still running?');
    }

    const body = await readJson(response);
    if (!isApiResponse(body)) {
      if (!response.ok) throw new Error(statusMessage(response.status, token !== null));
      throw new Error(`The server sent an unreadable answer to ${method}.`);
    }
    // A refused token is fixed by reopening the launch link, which only we can say; otherwise
    // the server's own message is the most precise.
    if (response.status === 401) throw new Error(statusMessage(response.status, token !== null));
    if (!body.ok) throw new Error(body.error.message);
    if (!response.ok) throw new Error(statusMessage(response.status, token !== null));
    // The server validated and produced this value for exactly this method.
    return body.value as ApiOutput<M>;
  }

  // Written out rather than generated so the compiler checks every method of the contract:
  // adding one to WorkbenchApi fails here until this transport carries it too.
  return {
    getWorkspaceInfo: (input) => post('getWorkspaceInfo', input),
    listArticles: (input) => post('listArticles', input),
    getArticle: (input) => post('getArticle', input),
    importPaths: (input) => post('importPaths', input),
    reimportArticle: (input) => post('reimportArticle', input),
    importFiles: (input) => post('importFiles', input),
    startImport: (input) => post('startImport', input),
    getImportJob: (input) => post('getImportJob', input),
    cancelImport: (input) => post('cancelImport', input),
    setLineRestored: (input) => post('setLineRestored', input),
    listStories: (input) => post('listStories', input),
    getStory: (input) => post('getStory', input),
    compareArticles: (input) => post('compareArticles', input),
    mergeStories: (input) => post('mergeStories', input),
    moveArticleOut: (input) => post('moveArticleOut', input),
    setStoriesRelated: (input) => post('setStoriesRelated', input),
    listClaims: (input) => post('listClaims', input),
    findSources: (input) => post('findSources', input),
    getSourceCounts: (input) => post('getSourceCounts', input),
    setVerdict: (input) => post('setVerdict', input),
    getClaimHistory: (input) => post('getClaimHistory', input),
    getClaimLineage: (input) => post('getClaimLineage', input),
    getMatrix: (input) => post('getMatrix', input),
    undoVerdict: (input) => post('undoVerdict', input),
    redoVerdict: (input) => post('redoVerdict', input),
    getReviewInfo: (input) => post('getReviewInfo', input),
    listOrphanedVerdicts: (input) => post('listOrphanedVerdicts', input),
    addClaim: (input) => post('addClaim', input),
    deleteClaim: (input) => post('deleteClaim', input),
    mergeClaims: (input) => post('mergeClaims', input),
    getReport: (input) => post('getReport', input),
    exportReport: (input) => post('exportReport', input),
    getSettings: (input) => post('getSettings', input),
    saveSettings: (input) => post('saveSettings', input),
    listWorkspaces: (input) => post('listWorkspaces', input),
    openWorkspace: (input) => post('openWorkspace', input),
  };
}
