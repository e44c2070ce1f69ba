// The team's statements at an LRS, oldest first from a `stored` time on, for TeamRecords.loadLrs. Credentials come
// from the environment for the web host and the CLI (PBT_LRS_ENDPOINT, PBT_LRS_KEY, PBT_LRS_SECRET).
import { LrsClient, type LrsConfig } from '../records/LrsClient';
import type { LrsStatementSource } from './TeamRecords';

/**
 * `since` is exclusive and several statements can share a stored millisecond, so each query starts a second before
 * the cursor: the overlap comes back and counts once (statement ids), nothing stored in that second is missed.
 */
const OVERLAP_MS = 1000;
const PAGE = 500;

export function lrsStatements(config: LrsConfig): LrsStatementSource {
  const client = new LrsClient(config);
  return {
    endpoint: config.endpoint,
    statements: (since) =>
      client.query({
        ...(since ? { since: new Date(Date.parse(since) - OVERLAP_MS).toISOString() } : {}),
        ascending: true,
        limit: PAGE,
      }) as AsyncIterable<unknown>,
  };
}

/** The LRS configured in the environment (`endpoint` overrides PBT_LRS_ENDPOINT), or why there is none. */
export function lrsConfigFromEnv(env: NodeJS.ProcessEnv, endpoint?: string): LrsConfig | { error: string } {
  const url = endpoint ?? env.PBT_LRS_ENDPOINT;
  if (!url) return { error: 'no LRS configured: set PBT_LRS_ENDPOINT (or give --lrs URL), PBT_LRS_KEY and PBT_LRS_SECRET' };
  const key = env.PBT_LRS_KEY;
  const secret = env.PBT_LRS_SECRET;
  if (!key || !secret) return { error: `no credentials for ${url}: set PBT_LRS_KEY and PBT_LRS_SECRET` };
  return { endpoint: url, key, secret };
}
