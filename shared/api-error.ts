// The one error a WorkbenchApi call rejects with, whichever door carried it (the preload's IPC
// or browser mode's HTTP): the code says what kind of failure it was, so the renderer can tell
// "that article is gone" from a bug; the message is the sentence a reviewer reads.
// Pure: no DOM, no Node. It must never hold more than code and message (no stacks from the
// other process, no internals): both travel as plain data and are rebuilt on the caller's side.
import type { WorkbenchError } from './model/errors';

/** The codes the services answer with (a WorkbenchError's code), as a value to check wire data. */
export const SERVICE_ERROR_CODES = [
  'invalid-input',
  'not-found',
  'ambiguous',
  'forbidden',
  'busy',
  'failed',
] as const;
export type ServiceErrorCode = (typeof SERVICE_ERROR_CODES)[number];

/**
 * Failures of the carrier itself, never sent by a service (browser mode only; IPC has none):
 * - `unreachable`: no answer at all (the server stopped, the network refused the request);
 * - `bad-response`: an answer outside the contract (an HTTP error status without an
 *   ApiResponse body, or a body that is not one: a proxy's page, a cut-off reply).
 * A refused browser-mode token is not one of these: it is the service code `forbidden`.
 */
export const TRANSPORT_ERROR_CODES = ['unreachable', 'bad-response'] as const;
export type TransportErrorCode = (typeof TRANSPORT_ERROR_CODES)[number];

export type ApiErrorCode = ServiceErrorCode | TransportErrorCode;

// Kept equal to the services' own list: a code added to WorkbenchError fails to compile here
// until SERVICE_ERROR_CODES carries it too.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const serviceCodesMatch: Same<ServiceErrorCode, WorkbenchError['code']> = true;
void serviceCodesMatch;

const KNOWN_CODES: ReadonlySet<unknown> = new Set<ApiErrorCode>([
  ...SERVICE_ERROR_CODES,
  ...TRANSPORT_ERROR_CODES,
]);

function isKnownCode(code: unknown): code is ApiErrorCode {
  return KNOWN_CODES.has(code);
}

/**
 * A code read from an ApiResponse (typed `string` on the wire). A code this build does not know
 * (a newer server) is reported as `failed`: still an error, never mistaken for a known case.
 */
export function toApiErrorCode(code: unknown): ApiErrorCode {
  return isKnownCode(code) ? code : 'failed';
}

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * An ApiError as plain data. Electron's contextBridge rebuilds an Error thrown in the preload
 * from its message alone (the code would be lost), while plain data crosses it whole: so the
 * preload rejects with this, and the page turns it back into an ApiError (api-client.ts).
 */
export interface ApiErrorData {
  readonly name: 'ApiError';
  readonly code: ApiErrorCode;
  readonly message: string;
}

export function isApiErrorData(value: unknown): value is ApiErrorData {
  if (typeof value !== 'object' || value === null || value instanceof Error) return false;
  const { name, code, message } = value as Partial<Record<string, unknown>>;
  return name === 'ApiError' && isKnownCode(code) && typeof message === 'string';
}

/**
 * True for an ApiError. Checked by shape as well as by class, so an ApiError made by another
 * copy of this module (another bundle, another JavaScript world) is still recognised.
 */
export function isApiError(error: unknown): error is ApiError {
  if (error instanceof ApiError) return true;
  if (!(error instanceof Error) || error.name !== 'ApiError') return false;
  return isKnownCode(Reflect.get(error, 'code'));
}
