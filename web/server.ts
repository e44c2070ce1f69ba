// The web host: the built renderer, the content images and the API over HTTP, on 127.0.0.1 only.
// Built on node:http so there is nothing between the checks in requestGuard and the handlers.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { appFileHeaders, resolveAppFile } from '../backend/hosting/appFiles';
import { CONTENT_URL_PREFIX } from '../backend/hosting/contentUrls';
import { MAX_FILE_CHARACTERS } from '../core/content/contentLimits';
import { securityHeaders } from '../backend/hosting/securityHeaders';
import type { Api, ApiErrorBody } from '../core/api/contract';
import type { ApiOutcome } from '../core/api/dispatch';
import { dispatch } from '../core/api/dispatch';
import { API_PREFIX } from '../core/api/httpProtocol';
import {
  checkHostAndOrigin,
  checkTokenHeader,
  contentCookie,
  hasContentCookie,
  sameSecret,
} from './requestGuard';

/**
 * The largest call is a save: a text of up to MAX_FILE_CHARACTERS and the text it replaces. UTF-8 takes at most
 * 3 bytes per UTF-16 character, so two full texts in any script fit, with room for the rest of the call.
 */
const MAX_BODY_BYTES = 2 * 3 * MAX_FILE_CHARACTERS + 1024 * 1024;
const STATUS_BY_CODE: Record<ApiErrorBody['code'], number> = {
  'bad-request': 400,
  'not-found': 404,
  conflict: 409,
  internal: 500,
};

export interface WebServerOptions {
  api: Api;
  contentRoots: readonly string[];
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Fixed only in tests; a fresh random token per launch otherwise. */
  token?: string;
  /** Where unexpected failures are reported (stack traces stay on the server). */
  logError?: (message: string, error: unknown) => void;
}

export interface RunningWebServer {
  port: number;
  token: string;
  /** The address to open, token included. */
  url: string;
  close(): Promise<void>;
}

export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  // What the content cookie holds: never the token (see contentCookie).
  const contentKey = randomBytes(32).toString('base64url');
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logError(`Request ${request.method} ${request.url} failed:`, error);
      if (!response.headersSent) sendJson(response, 500, failure('internal', 'The web host failed to answer.'));
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const origin = checkHostAndOrigin(request.headers, port);
    if (!origin.ok) return sendJson(response, origin.status, failure('bad-request', origin.message));
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname.startsWith(API_PREFIX)) return handleApi(request, response, url.pathname.slice(API_PREFIX.length));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendJson(response, 405, failure('bad-request', `${request.method} is not allowed here.`), { Allow: 'GET, HEAD' });
    }
    if (url.pathname.startsWith(CONTENT_URL_PREFIX) && !hasContentCookie(request.headers, port, contentKey)) {
      return sendJson(response, 401, failure('bad-request', 'Content files need the session cookie the app page sets.'));
    }
    return serveFile(request, response, url);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    const tokenCheck = checkTokenHeader(request.headers, token);
    if (!tokenCheck.ok) return sendJson(response, tokenCheck.status, failure('bad-request', tokenCheck.message));
    if (request.method !== 'POST') {
      return sendJson(response, 405, failure('bad-request', 'API calls use POST.'), { Allow: 'POST' });
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(response, 415, failure('bad-request', 'API calls send application/json.'));
    }
    const body = await readBody(request);
    if (body === null) return sendJson(response, 413, failure('bad-request', 'Request body too large.'));
    let args: unknown;
    try {
      args = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendJson(response, 400, failure('bad-request', 'Request body is not valid JSON.'));
    }
    const outcome = await dispatch(options.api, method, args, {
      onInternalError: (error) => logError(`API ${method} failed:`, error),
    });
    sendJson(response, outcome.ok ? 200 : STATUS_BY_CODE[outcome.error.code], outcome);
  }

  async function serveFile(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const found = await resolveAppFile(options.rendererDir, options.contentRoots, url.pathname);
    if (!found) return sendJson(response, 404, failure('not-found', `Nothing at ${url.pathname}.`));
    const headers: Record<string, string> = { ...appFileHeaders(found, 'web'), 'Cache-Control': 'no-cache' };
    const offered = url.searchParams.get('token');
    if (found.type.startsWith('text/html') && offered !== null && sameSecret(offered, token)) {
      headers['Set-Cookie'] = contentCookie(port, contentKey);
    }
    response.writeHead(200, headers);
    if (request.method === 'HEAD') return void response.end();
    createReadStream(found.file)
      .on('error', (error) => {
        logError(`Reading ${found.file} failed:`, error);
        response.destroy();
      })
      .pipe(response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () => closeServer(server),
  };
}

function failure(code: ApiErrorBody['code'], message: string): ApiOutcome {
  return { ok: false, error: { code, message } };
}

function sendJson(response: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...securityHeaders("default-src 'none'"),
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  response.end(text);
}

/** The request body as text, or null when it is larger than the API ever needs (the rest is drained, not kept). */
function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Stops accepting connections, lets in-flight requests finish briefly, then drops idle keep-alive sockets. */
function closeServer(server: ReturnType<typeof createServer>): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 2000).unref();
  });
}
