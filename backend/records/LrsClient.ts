// Talks to a Learning Record Store over the xAPI 1.0.3 statement resource, through the @xapi/xapi client (URLs,
// version header, `more` paging). Requests go through our own fetch adapter so a failure keeps its HTTP status
// (the sender retries a 500 or a lost connection, but not a 401) and a hung LRS times out instead of blocking.
import type XAPI from '@xapi/xapi';
import type { Statement, StatementsResponse } from '@xapi/xapi';
import type { XapiStatement } from '../../core/records/xapiStatement';

export interface LrsConfig {
  /** The statement API's base, e.g. `https://lrs.example.com/data/xAPI/` (with or without the final `/`). */
  endpoint: string;
  key: string;
  secret: string;
  /** A request taking longer fails (default 30 s). */
  timeoutMs?: number;
}

export interface StatementQuery {
  /** Only statements stored after this time (exclusive, ISO 8601). */
  since?: string;
  /** Only statements stored at or before this time (inclusive). */
  until?: string;
  verb?: string;
  activity?: string;
  /** Statements per page (the LRS may send fewer); every page is followed through `more`. */
  limit?: number;
  /** Oldest first (the LRS's default is newest first). */
  ascending?: boolean;
}

/** A failed LRS request: `status` is the HTTP status, absent when no answer came (down, refused, timed out). */
export class LrsError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'LrsError';
  }

  /** Worth trying again later: no answer, a timeout, throttling or a server error. */
  get retryable(): boolean {
    return this.status === undefined || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

export interface LrsAbout {
  version: string[];
}

// The library's adapter type is not exported by name; this is it.
type AdapterFunction = Extract<NonNullable<ConstructorParameters<typeof XAPI>[0]['adapter']>, (...args: never[]) => unknown>;

function fetchAdapter(timeoutMs: number): AdapterFunction {
  return async ({ url, method, headers, data }) => {
    const body = data === undefined ? undefined : headers?.['Content-Type'] === 'application/json' ? JSON.stringify(data) : data;
    let response: Response;
    try {
      response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : describeCause(error);
      throw new LrsError(`${method} ${new URL(url).pathname}: ${reason}`);
    }
    const text = await response.text();
    if (!response.ok) {
      throw new LrsError(`${method} ${new URL(url).pathname}: ${response.status} ${response.statusText}${text ? ` (${text.slice(0, 300)})` : ''}`, response.status);
    }
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : text;
    } catch {
      // Not JSON (an empty 204, a plain-text answer): kept as text.
    }
    return { data: parsed as never, headers: Object.fromEntries(response.headers.entries()), status: response.status };
  };
}

function describeCause(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  return code ? `cannot reach the LRS (${code})` : `cannot reach the LRS (${cause instanceof Error ? cause.message : String(cause)})`;
}

/**
 * The library's client for one LRS. It is loaded on first use, not when the app starts (with axios behind it, it
 * costs more start-up time than the rest of the back end's libraries together, and most starts send nothing at once).
 */
async function statementApi(config: LrsConfig) {
  const { default: XapiClient } = await import('@xapi/xapi');
  /** The library's `requestResource` is protected; PUT with `statementId` has no public method, so it is added here. */
  class StatementApi extends XapiClient {
    putStatement(statement: Statement & { id: string }) {
      return this.requestResource<void>({
        resource: 'statements' as never,
        queryParams: { statementId: statement.id },
        requestConfig: { method: 'PUT', data: statement },
      });
    }
  }
  return new StatementApi({
    endpoint: config.endpoint,
    auth: XapiClient.toBasicAuth(config.key, config.secret),
    version: '1.0.3',
    adapter: fetchAdapter(config.timeoutMs ?? 30_000),
  });
}

export class LrsClient {
  #api: ReturnType<typeof statementApi> | undefined;

  constructor(readonly config: LrsConfig) {}

  private get api() {
    return (this.#api ??= statementApi(this.config));
  }

  /** Stores a batch in one request; resolves with the ids the LRS reports. */
  async post(statements: XapiStatement[]): Promise<string[]> {
    const response = await (await this.api).sendStatements({ statements: statements as unknown as Statement[] });
    return response.data;
  }

  /** Stores one statement under its own id (idempotent: the same statement again is a no-op at the LRS). */
  async put(statement: XapiStatement): Promise<void> {
    await (await this.api).putStatement(statement as unknown as Statement & { id: string });
  }

  /** Every statement matching the query, page after page. */
  async *query(query: StatementQuery = {}): AsyncGenerator<XapiStatement> {
    const params = {
      ...(query.since && { since: query.since }),
      ...(query.until && { until: query.until }),
      ...(query.verb && { verb: query.verb }),
      ...(query.activity && { activity: query.activity }),
      ...(query.limit && { limit: query.limit }),
      ...(query.ascending && { ascending: true }),
    };
    const api = await this.api;
    let page: StatementsResponse = (await api.getStatements(params)).data;
    for (;;) {
      for (const statement of page.statements) yield statement as unknown as XapiStatement;
      if (!page.more) return;
      page = (await api.getMoreStatements({ more: page.more })).data as StatementsResponse;
    }
  }

  /** The LRS's `/about`: the xAPI versions it speaks. Needs no credentials at most LRSs. */
  async about(): Promise<LrsAbout> {
    const response = await (await this.api).getAbout();
    return { version: (response.data as { version?: string[] }).version ?? [] };
  }
}
