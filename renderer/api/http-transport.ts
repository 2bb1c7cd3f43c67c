// Browser mode's transport: every WorkbenchApi call is `POST /api/<method>` with the input as
// JSON and the launch token in a header; the answer is an ApiResponse. The client itself is
// the shared one (shared/api-client.ts); this file only carries one call and reports the
// carrier's own failures as `ok:false` answers, so every failure reaches the UI as one
// ApiError: the service's code, or `unreachable` / `bad-response` / `forbidden` (a refused
// token) with a sentence a reviewer can act on.
// This file must never hold business logic: it only moves inputs and results across HTTP.
import type { ApiMethod, ApiResponse, WorkbenchApi } from '../../shared/api';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../shared/api-constants';
import { createApiClient } from '../../shared/api-client';
import type { ApiErrorCode } from '../../shared/api-error';

function isApiResponse(body: unknown): body is ApiResponse<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  if (body.ok === true) return true;
  if (body.ok !== false || !('error' in body)) return false;
  const error = body.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

function failure(code: ApiErrorCode, message: string): ApiResponse<never> {
  return { ok: false, error: { code, message } };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function statusFailure(status: number, hasToken: boolean): ApiResponse<never> {
  if ((status === 401 || status === 403) && !hasToken) {
    return failure(
      'forbidden',
      'This page has no access token. Open the link printed by “crosscheck serve”, which carries it.',
    );
  }
  if (status === 401 || status === 403) {
    return failure(
      'forbidden',
      'The server refused the access token. Open the link printed by the running “crosscheck serve” again.',
    );
  }
  // Not `not-found` for a 404 and the like: without an ApiResponse the status speaks of the
  // server or a proxy in between, never of the article or story that was asked for.
  return failure('bad-response', `The Crosscheck server answered with HTTP ${status}.`);
}

async function post(method: ApiMethod, input: unknown, token: string | null): Promise<ApiResponse<unknown>> {
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
    return failure(
      'unreachable',
      'Could not reach the Crosscheck server. Is “crosscheck serve” still running?',
    );
  }

  const body = await readJson(response);
  if (!isApiResponse(body)) {
    if (!response.ok) return statusFailure(response.status, token !== null);
    return failure('bad-response', `The server sent an unreadable answer to ${method}.`);
  }
  // A refused token is fixed by reopening the launch link, which only we can say; otherwise
  // the server's own message (and code) is the most precise.
  if (response.status === 401) return statusFailure(response.status, token !== null);
  if (!body.ok) return body;
  if (!response.ok) return statusFailure(response.status, token !== null);
  return body;
}

export function createHttpApi(token: string | null): WorkbenchApi {
  return createApiClient((method, input) => post(method, input, token));
}
