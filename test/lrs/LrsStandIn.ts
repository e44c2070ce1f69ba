// An in-process Learning Record Store for tests: the xAPI 1.0.3 statement resource on 127.0.0.1, strict where the
// specification is (version header, Basic auth, ids, conflicts, paging, `stored` set by the LRS), validating every
// received statement with Learning Locker's library, and able to misbehave on purpose (down, 500, 401, slow).
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import { statementProblems } from './statementProblems';

export interface LrsUser {
  key: string;
  secret: string;
}

/**
 * How the LRS misbehaves until told otherwise: `down` drops every connection unanswered; `500` and `401` answer
 * every statement request so; `slow` takes in a request, then waits `delayMs` before handling it; `dropAfterStore` stores a POST or PUT and
 * then drops the connection, so the client never learns it succeeded.
 */
export type LrsFault = 'none' | 'down' | '500' | '401' | 'slow' | 'dropAfterStore';

export interface LrsStandInOptions {
  users?: LrsUser[];
  /** Most statements per page of a GET (a smaller `limit` wins). */
  pageSize?: number;
}

export interface LrsStandIn {
  /** The statement API's base, ending in `/`, e.g. `http://127.0.0.1:PORT/xapi/`. */
  endpoint: string;
  users: LrsUser[];
  /** Everything stored, in the order stored. */
  statements(): StoredStatement[];
  /** Requests received on the statement resource (POST, PUT, GET), whatever their outcome. */
  requests(): number;
  fault(mode: LrsFault, options?: { delayMs?: number }): void;
  close(): Promise<void>;
}

export type StoredStatement = Record<string, unknown> & { id: string; stored: string };

export const DEFAULT_USER: LrsUser = { key: 'learner-key', secret: 'learner-secret' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
// Properties the LRS sets or may rewrite: two statements differing only in these are the same statement.
const LRS_SET = ['stored', 'authority', 'version'];

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function startLrsStandIn(options: LrsStandInOptions = {}): Promise<LrsStandIn> {
  const users = options.users ?? [DEFAULT_USER];
  const pageSize = options.pageSize ?? 100;
  const stored: StoredStatement[] = [];
  const byId = new Map<string, StoredStatement>();
  const pages = new Map<string, { matches: StoredStatement[]; offset: number; limit: number }>();
  let mode: LrsFault = 'none';
  let delayMs = 0;
  let requestCount = 0;
  let lastStored = 0;
  const sockets = new Set<Socket>();

  const nextStoredTime = () => {
    // Strictly increasing, so `since` = the last `stored` seen never skips or repeats a statement.
    lastStored = Math.max(Date.now(), lastStored + 1);
    return new Date(lastStored).toISOString();
  };

  const sameStatement = (a: Record<string, unknown>, b: Record<string, unknown>) => {
    const strip = (s: Record<string, unknown>) => Object.fromEntries(Object.entries(s).filter(([key]) => !LRS_SET.includes(key)));
    return isDeepStrictEqual(strip(a), strip(b));
  };

  const checkStatement = (statement: unknown): Record<string, unknown> => {
    if (typeof statement !== 'object' || statement === null || Array.isArray(statement)) throw new HttpError(400, 'a statement must be a JSON object');
    const problems = statementProblems(statement);
    if (problems.length > 0) throw new HttpError(400, `invalid statement: ${problems.join('; ')}`);
    const id = (statement as { id?: unknown }).id;
    if (id !== undefined && (typeof id !== 'string' || !UUID.test(id))) throw new HttpError(400, `statement id ${String(id)} is not a UUID`);
    return statement as Record<string, unknown>;
  };

  /** Stores the batch all or nothing; identical re-sends are no-ops, a different statement under a known id is a conflict. */
  const store = (batch: Record<string, unknown>[], user: LrsUser): string[] => {
    const ids = batch.map((statement) => (statement.id as string | undefined) ?? randomUUID());
    if (new Set(ids).size !== ids.length) throw new HttpError(400, 'the batch holds the same statement id twice');
    const fresh: StoredStatement[] = [];
    batch.forEach((statement, index) => {
      const id = ids[index]!;
      const existing = byId.get(id);
      if (existing && !sameStatement(existing, statement)) throw new HttpError(409, `statement ${id} already exists with other content`);
      if (!existing) {
        fresh.push({
          ...statement,
          id,
          stored: '',
          authority: { objectType: 'Agent', name: user.key, account: { homePage: endpoint, name: user.key } },
          version: '1.0.3',
        });
      }
    });
    for (const statement of fresh) {
      statement.stored = nextStoredTime();
      stored.push(statement);
      byId.set(statement.id, statement);
    }
    return ids;
  };

  const authenticate = (request: IncomingMessage): LrsUser => {
    const header = request.headers.authorization ?? '';
    const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header);
    const [key, ...rest] = match ? Buffer.from(match[1]!, 'base64').toString('utf8').split(':') : [];
    const user = users.find((u) => u.key === key && u.secret === rest.join(':'));
    if (!user) throw new HttpError(401, 'unknown key or wrong secret');
    return user;
  };

  const query = (url: URL): { statements: StoredStatement[]; more: string } => {
    const token = url.searchParams.get('more');
    let page = token ? pages.get(token) : undefined;
    if (token && !page) throw new HttpError(400, 'unknown or expired more link');
    if (!page) {
      const since = url.searchParams.get('since');
      const until = url.searchParams.get('until');
      const verb = url.searchParams.get('verb');
      const activity = url.searchParams.get('activity');
      const ascending = url.searchParams.get('ascending') === 'true';
      const limitText = url.searchParams.get('limit') ?? '0';
      if (!/^\d+$/.test(limitText)) throw new HttpError(400, 'limit must be a non-negative integer');
      for (const [name, value] of [['since', since], ['until', until]] as const) {
        if (value !== null && Number.isNaN(Date.parse(value))) throw new HttpError(400, `${name} is not a timestamp`);
      }
      const matches = stored.filter(
        (s) =>
          (since === null || Date.parse(s.stored) > Date.parse(since)) &&
          (until === null || Date.parse(s.stored) <= Date.parse(until)) &&
          (verb === null || (s.verb as { id: string }).id === verb) &&
          (activity === null || (s.object as { id?: string }).id === activity),
      );
      if (!ascending) matches.reverse();
      const limit = Number(limitText);
      page = { matches, offset: 0, limit: limit === 0 ? pageSize : Math.min(limit, pageSize) };
    }
    const statements = page.matches.slice(page.offset, page.offset + page.limit);
    const rest = { ...page, offset: page.offset + page.limit };
    if (rest.offset >= rest.matches.length) return { statements, more: '' };
    const next = randomUUID();
    pages.set(next, rest);
    return { statements, more: `/xapi/statements?more=${next}` };
  };

  const readBody = async (request: IncomingMessage): Promise<unknown> => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    try {
      return JSON.parse(text);
    } catch {
      throw new HttpError(400, 'the body is not JSON');
    }
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/xapi/about' && request.method === 'GET') return sendJson(response, 200, { version: ['1.0.3'] });
    if (url.pathname !== '/xapi/statements') throw new HttpError(404, `no resource at ${url.pathname}`);
    requestCount += 1;
    if (mode === 'down') return void request.socket.destroy();
    // The body is read before a slow answer: a client that gives up (or dies) meanwhile still gets its statements stored.
    const body = request.method === 'POST' || request.method === 'PUT' ? await readBody(request).catch((error: unknown) => error) : undefined;
    if (mode === 'slow') await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (mode === '500') throw new HttpError(500, 'the LRS failed (fault mode)');
    if (mode === '401') throw new HttpError(401, 'credentials refused (fault mode)');
    const version = request.headers['x-experience-api-version'];
    if (typeof version !== 'string' || !/^1\.0(\.\d+)?$/.test(version)) throw new HttpError(400, 'missing or unsupported X-Experience-API-Version header');
    const user = authenticate(request);
    if (body instanceof Error) throw body;
    if (request.method === 'POST') {
      const batch = (Array.isArray(body) ? body : [body]).map(checkStatement);
      if (batch.length === 0) throw new HttpError(400, 'an empty batch');
      const ids = store(batch, user);
      if (mode === 'dropAfterStore') return void request.socket.destroy();
      return sendJson(response, 200, ids);
    }
    if (request.method === 'PUT') {
      const statementId = url.searchParams.get('statementId');
      if (!statementId || !UUID.test(statementId)) throw new HttpError(400, 'PUT needs a statementId parameter holding a UUID');
      const statement = checkStatement(body);
      if (statement.id !== undefined && statement.id !== statementId) throw new HttpError(400, 'the statement id differs from statementId');
      store([{ ...statement, id: statementId }], user);
      if (mode === 'dropAfterStore') return void request.socket.destroy();
      response.writeHead(204, { 'X-Experience-API-Version': '1.0.3' });
      return void response.end();
    }
    if (request.method === 'GET') {
      const statementId = url.searchParams.get('statementId');
      if (statementId) {
        const statement = byId.get(statementId);
        if (!statement) throw new HttpError(404, `no statement ${statementId}`);
        return sendJson(response, 200, statement);
      }
      const consistentThrough = new Date(Math.max(lastStored, Date.now())).toISOString();
      return sendJson(response, 200, query(url), { 'X-Experience-API-Consistent-Through': consistentThrough });
    }
    throw new HttpError(405, `${request.method} is not allowed on statements`);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent || request.socket.destroyed) return;
      const status = error instanceof HttpError ? error.status : 500;
      const headers: Record<string, string> = status === 401 ? { 'WWW-Authenticate': 'Basic realm="LRS"' } : {};
      sendJson(response, status, { error: error instanceof Error ? error.message : String(error) }, headers);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/xapi/`;

  return {
    endpoint,
    users,
    statements: () => stored.map((s) => structuredClone(s)),
    requests: () => requestCount,
    fault(next, faultOptions = {}) {
      mode = next;
      delayMs = faultOptions.delayMs ?? 2_000;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', ...headers });
  response.end(JSON.stringify(body));
}
