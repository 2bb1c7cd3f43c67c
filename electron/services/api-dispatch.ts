// The single gate every transport goes through: checks the method name, validates the input
// against its zod schema in shared/api.ts, calls the service, and turns the outcome into an
// ApiResponse. Expected failures keep their message; anything else is logged as a bug and
// reported without internals.
import {
  apiSchemas,
  type ApiMethod,
  type ApiResponse,
  type WorkbenchApi,
  type WorkspaceApi,
} from '../../shared/api';
import { WorkbenchError } from '../../shared/model';

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(apiSchemas, name);
}

/** `api` is a whole session, or one workspace's services alone (tests, the crash writer). */
export async function dispatch(
  api: WorkbenchApi | WorkspaceApi,
  method: string,
  input: unknown,
  log: (message: string) => void = (m) => console.error(m),
): Promise<ApiResponse<unknown>> {
  if (!isApiMethod(method))
    return { ok: false, error: { code: 'invalid-input', message: `Unknown operation "${method}".` } };
  const parsed = apiSchemas[method].safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: `Invalid input for ${method}${where}: ${issue?.message ?? 'rejected'}.`,
      },
    };
  }
  const call = (api as Partial<Record<ApiMethod, (input: unknown) => Promise<unknown>>>)[method];
  if (typeof call !== 'function')
    return { ok: false, error: { code: 'failed', message: `${method} is not available here.` } };
  try {
    return { ok: true, value: await call.call(api, parsed.data) };
  } catch (err) {
    if (err instanceof WorkbenchError) return { ok: false, error: { code: err.code, message: err.message } };
    log(`crosscheck: ${method} failed: ${(err as Error).stack ?? String(err)}`);
    return {
      ok: false,
      error: { code: 'failed', message: `${method} failed unexpectedly: ${(err as Error).message}` },
    };
  }
}
