// The API over HTTP, as both sides of it see it: the web host (web/) and the renderer's client
// (renderer/api/httpApi.ts). Every method is a JSON POST to `<API_PREFIX><method>` with the launch token in
// TOKEN_HEADER; the answer is an ApiOutcome, which the client checks before trusting it.
import { z } from 'zod';
import type { ApiOutcome } from './dispatch';

export const API_PREFIX = '/api/';
/** Lower case, as Node presents request headers; HTTP header names are case-insensitive. */
export const TOKEN_HEADER = 'x-playbook-token';

const diagnosticShape = z.object({
  file: z.string(),
  line: z.number(),
  column: z.number(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});

const outcomeShape = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.enum(['bad-request', 'not-found', 'conflict', 'internal']), message: z.string(), diagnostics: z.array(diagnosticShape).optional() }),
  }),
]);

/**
 * The outcome in a response body, or undefined when the body is not one (a proxy's error page, a truncated
 * answer). The result itself is the method's and is typed by the contract, not checked here.
 */
export function readApiOutcome(body: unknown): ApiOutcome | undefined {
  const parsed = outcomeShape.safeParse(body);
  if (!parsed.success) return undefined;
  const outcome = parsed.data;
  if (outcome.ok) return { ok: true, result: outcome.result };
  const { code, message, diagnostics } = outcome.error;
  return { ok: false, error: { code, message, ...(diagnostics ? { diagnostics } : {}) } };
}
