// Builds an `Api` over any transport that carries `(method, args)` to `dispatch` and brings back its outcome.
// Both clients (HTTP in the browser, IPC in Electron) are this function with a different `send`,
// so the UI sees the same methods and the same `ApiError`s whichever host it runs in.
import type { Api, ApiMethod } from './contract';
import { API_METHODS, ApiError } from './contract';
import type { ApiOutcome } from './dispatch';

export type ApiTransport = (method: ApiMethod, args: unknown) => Promise<ApiOutcome>;

export function createApiClient(send: ApiTransport): Api {
  const client: Partial<Record<ApiMethod, (args: unknown) => Promise<unknown>>> = {};
  for (const method of API_METHODS) {
    client[method] = async (args) => unwrapOutcome(await send(method, args));
  }
  // Every method of the contract is filled in by the loop above.
  return client as Api;
}

/** The result of an outcome, or its error thrown as the `ApiError` it was on the other side. */
function unwrapOutcome(outcome: ApiOutcome): unknown {
  if (outcome.ok) return outcome.result;
  const { code, message, diagnostics } = outcome.error;
  throw new ApiError(code, message, diagnostics);
}
