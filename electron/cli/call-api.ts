// How the CLI calls the services: through `dispatch`, the gate IPC and browser-mode HTTP go
// through, so what a person types is checked by the same schemas (shared/api.ts) as what the
// app sends. A refused or failed call throws into the CLI's error handling: the schema's
// refusal as an `invalid-input` WorkbenchError (exit 1, its sentence on stderr); a service's
// error as the very error the service threw, so its sentence — and, for a bug, its stack under
// CROSSCHECK_DEBUG — reaches stderr exactly as when the CLI called the service directly.
import type { ApiInput, ApiMethod, WorkbenchApi } from '../../shared/api';
import { WorkbenchError } from '../../shared/model';
import { dispatch } from '../services/api-dispatch';

export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<WorkbenchApi[M]>>;

export async function call<M extends ApiMethod>(
  api: Pick<WorkbenchApi, M>,
  method: M,
  input: ApiInput<M>,
): Promise<ApiResult<M>> {
  const service = api[method] as unknown as ((input: unknown) => Promise<unknown>) | undefined;
  let thrown: { readonly error: unknown } | undefined;
  // dispatch is handed this one method, which keeps what the service threw: dispatch's answer
  // carries only a code and a message, and would turn a Node error's sentence into "failed
  // unexpectedly".
  const gate =
    typeof service === 'function'
      ? {
          [method]: async (checked: unknown) => {
            try {
              return await service.call(api, checked);
            } catch (error) {
              thrown = { error };
              throw error;
            }
          },
        }
      : {};
  // No log: the CLI prints the error itself, once.
  const answer = await dispatch(gate as unknown as WorkbenchApi, method, input, () => {});
  if (answer.ok) return answer.value as ApiResult<M>;
  if (thrown) throw thrown.error;
  throw new WorkbenchError(answer.error.code as WorkbenchError['code'], answer.error.message);
}
