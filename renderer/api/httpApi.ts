// The `Api` over the web host: every method is a JSON POST to `/api/<method>` carrying the launch token.
import type { Api } from '../../core/api/contract';
import { createApiClient } from '../../core/api/createApiClient';
import type { ApiOutcome } from '../../core/api/dispatch';
import { API_PREFIX, readApiOutcome, TOKEN_HEADER } from '../../core/api/httpProtocol';

export function createHttpApi(baseUrl: string, token: string, fetchImpl: typeof fetch = fetch): Api {
  return createApiClient(async (method, args) => {
    let response: Response;
    try {
      response = await fetchImpl(new URL(`${API_PREFIX}${method}`, baseUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(args ?? {}),
      });
    } catch {
      return unreachable('The Playbook Trainer web host is not reachable. Is it still running?');
    }
    const outcome = readApiOutcome(await response.json().catch(() => undefined));
    return outcome ?? unreachable(`The web host answered ${response.status} without a readable body.`);
  });
}

function unreachable(message: string): ApiOutcome {
  return { ok: false, error: { code: 'internal', message } };
}
