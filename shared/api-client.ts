// The WorkbenchApi client, written once for every door: given how to carry one call (`invoke`:
// the preload's IPC, browser mode's HTTP), it makes one function per method of the contract
// (API_METHODS, the keys of apiSchemas) and turns every `ok:false` answer into a thrown
// ApiError with the service's code. Pure: no DOM, no Node, no electron.
// It must never check, change or fill in inputs and results: the services' gate (api-dispatch)
// validates on the other side, and a second, drifting check here would only hide bugs.
import { API_METHODS, type ApiInput, type ApiMethod, type ApiResponse, type WorkbenchApi } from './api';
import {
  ApiError,
  isApiError,
  isApiErrorData,
  toApiErrorCode,
  type ApiErrorCode,
  type ApiErrorData,
} from './api-error';

/**
 * Carries one call to the services and brings their answer back as data. It resolves with an
 * `ok:false` answer rather than throwing, for the services' failures and (by convention) for
 * the carrier's own (`unreachable`, `bad-response`), so that every ApiError is made in one place.
 */
export type ApiInvoke = (method: ApiMethod, input: unknown) => Promise<ApiResponse<unknown>>;

// The contract's two lists must agree, checked by the compiler: every schema in apiSchemas is
// a method of WorkbenchApi and the reverse, and each method takes its schema's input.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const methodsMatch: Same<ApiMethod, keyof WorkbenchApi> = true;
type MethodWithOtherInput = {
  [M in ApiMethod]: Same<Parameters<WorkbenchApi[M]>, [ApiInput<M>]> extends true ? never : M;
}[ApiMethod];
const inputsMatch: Same<MethodWithOtherInput, never> = true;
void [methodsMatch, inputsMatch];

/** The value an answer carries, or the ApiError it stands for. */
export function unwrapResponse<T>(response: ApiResponse<T>): T {
  if (response.ok) return response.value;
  throw new ApiError(toApiErrorCode(response.error.code), response.error.message);
}

type Rejection = (code: ApiErrorCode, message: string) => unknown;

function buildClient(invoke: ApiInvoke, rejection: Rejection): WorkbenchApi {
  const call = async (method: ApiMethod, input: unknown): Promise<unknown> => {
    const response = await invoke(method, input ?? {});
    if (response.ok) return response.value;
    throw rejection(toApiErrorCode(response.error.code), response.error.message);
  };
  const client: Partial<Record<ApiMethod, (input: unknown) => Promise<unknown>>> = Object.fromEntries(
    API_METHODS.map((method) => [method, (input: unknown) => call(method, input)]),
  );
  // The cast. API_METHODS is an array known only at run time, so the compiler can see
  // neither that every method is present nor that each resolves with its own result type.
  // Both hold by construction: the keys are apiSchemas' keys, checked equal to WorkbenchApi's
  // above (a method missing on either side fails to compile there), and each value is what the
  // services' gate produced for exactly that method.
  return client as WorkbenchApi;
}

/** The client the UI calls: every failure rejects with an ApiError. */
export function createApiClient(invoke: ApiInvoke): WorkbenchApi {
  return buildClient(invoke, (code, message) => new ApiError(code, message));
}

/**
 * The preload's client, handed to the page through contextBridge: it rejects with
 * ApiErrorData, since the bridge would cut a thrown Error down to its message.
 */
export function createBridgedApi(invoke: ApiInvoke): WorkbenchApi {
  return buildClient(invoke, (code, message): ApiErrorData => ({ name: 'ApiError', code, message }));
}

/**
 * The page's side of the bridge: calls the preload's api and answers as data again, so that
 * createApiClient over it makes the page's own ApiErrors. Any other rejection (a bug, a stand-in
 * bridge's plain Error) passes through unchanged.
 */
export function invokeThrough(api: WorkbenchApi): ApiInvoke {
  return async (method, input) => {
    try {
      // `input` goes on as the page's client took it, typed there as this method's input.
      return { ok: true, value: await api[method](input as never) };
    } catch (error) {
      if (isApiErrorData(error) || isApiError(error))
        return { ok: false, error: { code: error.code, message: error.message } };
      throw error;
    }
  };
}
