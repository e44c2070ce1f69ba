// The one entry point both hosts (IPC and HTTP) use to call the API with untrusted input:
// the method name and its argument are validated against `apiArgs` before anything runs,
// and every failure comes back as an `ApiErrorBody` value instead of a thrown error.
import { z } from 'zod';
import type { Api, ApiErrorBody, ApiMethod } from './contract';
import { ApiError, apiArgs } from './contract';

/** What crosses the boundary: a result, or an error body the client turns back into an `ApiError`. */
export type ApiOutcome = { ok: true; result: unknown } | { ok: false; error: ApiErrorBody };

export interface DispatchOptions {
  /** Told about unexpected (non-`ApiError`) failures, so the host can log the stack the client never sees. */
  onInternalError?: (error: unknown, operation: string) => void;
}

export function isApiMethod(method: unknown): method is ApiMethod {
  return typeof method === 'string' && Object.hasOwn(apiArgs, method);
}

export async function dispatch(
  api: Api,
  method: unknown,
  rawArgs: unknown,
  options: DispatchOptions = {},
): Promise<ApiOutcome> {
  if (!isApiMethod(method)) {
    return fail(new ApiError('bad-request', `Unknown API method: ${describe(method)}.`));
  }
  const parsed = validateArgs(apiArgs[method], rawArgs, method);
  if (!parsed.ok) return parsed;
  // The schema for `method` produced these args, so they match that method's parameter type.
  const call = api[method] as (args: unknown) => Promise<unknown>;
  return settle(() => call.call(api, parsed.data), method, options);
}

/** Parses an untrusted argument object (missing counts as `{}`); a failure is a 'bad-request' naming the fields. */
export function validateArgs<S extends z.ZodType>(
  schema: S,
  rawArgs: unknown,
  label: string,
): { ok: true; data: z.infer<S> } | { ok: false; error: ApiErrorBody } {
  const parsed = schema.safeParse(rawArgs ?? {});
  if (parsed.success) return { ok: true, data: parsed.data };
  return fail(new ApiError('bad-request', `Invalid arguments for ${label}:\n${z.prettifyError(parsed.error)}`));
}

/**
 * Runs one back-end operation and reports how it went as data: its result, an `ApiError` as its body, or any
 * other failure as an 'internal' error (after telling the host, which keeps the stack the client never sees).
 */
export async function settle(run: () => Promise<unknown>, label: string, options: DispatchOptions = {}): Promise<ApiOutcome> {
  try {
    return { ok: true, result: await run() };
  } catch (error) {
    if (error instanceof ApiError) return fail(error);
    options.onInternalError?.(error, label);
    const message = error instanceof Error ? error.message : String(error);
    return fail(new ApiError('internal', `${label} failed: ${message}`));
  }
}

function fail(error: ApiError): { ok: false; error: ApiErrorBody } {
  return { ok: false, error: error.toBody() };
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 100)) : `a value of type ${typeof value}`;
}
