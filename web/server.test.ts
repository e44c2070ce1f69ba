import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../core/api/contract';
import { ApiError } from '../core/api/contract';
import type { RunningWebServer } from './server';
import { startWebServer } from './server';

const TOKEN = 'test-token-0123456789';
let base: string;
let server: RunningWebServer;
const calls: unknown[] = [];
const saved: number[] = [];

/** Only the methods these tests call; anything else would be a test bug. */
const api = {
  listProfiles: async (args: unknown) => {
    calls.push(args);
    return { profiles: [], activeId: null };
  },
  getPlaybook: async () => {
    throw new ApiError('not-found', 'No playbook "x".');
  },
  getDiagnostics: async () => {
    throw new Error('disk on fire');
  },
  saveSource: async ({ text }: { text: string }) => {
    saved.push(text.length);
    return { saved: true };
  },
} as unknown as Api;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'pbt-web-'));
  const rendererDir = path.join(base, 'renderer');
  const contentRoot = path.join(base, 'content-root');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await mkdir(path.join(contentRoot, 'playbooks'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(rendererDir, 'notes.txt'), 'not served');
  await writeFile(path.join(contentRoot, 'playbooks', 'funnel.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  server = await startWebServer({
    api,
    contentRoots: [contentRoot],
    rendererDir,
    port: 0,
    token: TOKEN,
    logError: () => {},
  });
});
afterAll(async () => {
  await server?.close();
  await rm(base, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: pathname,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** What a browser sends to another server on 127.0.0.1 (a different port, any path) after `setCookie`: every cookie. */
async function cookiesSeenBySecondServer(setCookie: string[]): Promise<string> {
  const seen: string[] = [];
  const other = createServer((req, res) => {
    seen.push(req.headers.cookie ?? '');
    res.end();
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  const { port } = other.address() as AddressInfo;
  const cookie = setCookie.map((header) => header.split(';')[0]).join('; ');
  await new Promise<void>((resolve, reject) => request({ host: '127.0.0.1', port, path: '/content/any', headers: { Cookie: cookie } }, (res) => res.resume().on('end', resolve)).on('error', reject).end());
  await new Promise((resolve) => other.close(resolve));
  return seen.join('; ');
}

function callApi(method: string, body: unknown, headers: Record<string, string> = {}) {
  return send(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Playbook-Token': TOKEN, ...headers },
    body: JSON.stringify(body),
  });
}

describe('web host API', () => {
  it('answers a call carrying the token with the dispatched result', async () => {
    const reply = await callApi('listProfiles', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, result: { profiles: [], activeId: null } });
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('refuses a call without the token or with a wrong one (401) and never reaches the API', async () => {
    calls.length = 0;
    const missing = await send('/api/listProfiles', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    const wrong = await callApi('listProfiles', {}, { 'X-Playbook-Token': 'test-token-0123456780' });
    expect(missing.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body).error.message).toMatch(/token/);
    expect(calls).toEqual([]);
  });

  it('refuses a foreign Host (DNS rebinding) with 403, even with the token', async () => {
    const reply = await callApi('listProfiles', {}, { Host: `evil.example:${server.port}` });
    expect(reply.status).toBe(403);
    const page = await send('/', { headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
  });

  it('refuses a foreign Origin with 403, even with the token, and accepts its own origin', async () => {
    expect((await callApi('listProfiles', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await callApi('listProfiles', {}, { Origin: `http://127.0.0.1:${server.port + 1}` })).status).toBe(403);
    expect((await callApi('listProfiles', {}, { Origin: `http://localhost:${server.port}` })).status).toBe(200);
  });

  it('maps API errors to HTTP statuses with the error body', async () => {
    const notFound = await callApi('getPlaybook', { id: 'x', lang: 'en' });
    expect(notFound.status).toBe(404);
    expect(JSON.parse(notFound.body)).toEqual({ ok: false, error: { code: 'not-found', message: 'No playbook "x".' } });
    const invalid = await callApi('getPlaybook', { id: 'x', lang: 'xx' });
    expect(invalid.status).toBe(400);
    const unknown = await callApi('dropDatabase', {});
    expect(unknown.status).toBe(400);
    const internal = await callApi('getDiagnostics', {});
    expect(internal.status).toBe(500);
    expect(JSON.parse(internal.body).error.code).toBe('internal');
  });

  it('refuses other methods, other content types, bad JSON and oversized bodies', async () => {
    const auth = { 'X-Playbook-Token': TOKEN };
    expect((await send('/api/listProfiles', { headers: auth })).status).toBe(405);
    expect((await send('/api/listProfiles', { method: 'POST', headers: { ...auth, 'Content-Type': 'text/plain' }, body: '{}' })).status).toBe(415);
    expect((await send('/api/listProfiles', { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: '{' })).status).toBe(400);
    const huge = JSON.stringify({ pad: 'x'.repeat(14 * 1024 * 1024) });
    expect((await send('/api/listProfiles', { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: huge })).status).toBe(413);
  });

  // The editor may save what the contract allows: a text of 2,000,000 characters and the text it replaces.
  // Chinese is 3 bytes a character in UTF-8, so that is 12 MB (bodies over 1 MB used to be refused with 413).
  it('accepts a save of a Chinese playbook at the size limit', async () => {
    const text = '销'.repeat(2_000_000);
    const reply = await callApi('saveSource', { path: 'playbooks/big.md', text, expected: text });
    expect(reply.status).toBe(200);
    expect(saved).toEqual([2_000_000]);
  });
});

describe('web host files', () => {
  it('serves the renderer page with the CSP and security headers', async () => {
    const reply = await send('/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>app</title>');
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('serves assets with their type and nothing it does not know or outside the folder', async () => {
    const script = await send('/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect((await send('/notes.txt')).status).toBe(404);
    expect((await send('/../content-root/playbooks/funnel.svg')).status).toBe(404);
    expect((await send('/%2e%2e/content-root/playbooks/funnel.svg')).status).toBe(404);
    expect((await send('/', { method: 'DELETE' })).status).toBe(405);
  });

  it('serves content images only to the page that was opened with the token', async () => {
    expect((await send('/content/0/playbooks/funnel.svg')).status).toBe(401);
    const page = await send(`/?token=${TOKEN}`);
    const cookie = String(page.headers['set-cookie']).split(';')[0]!;
    expect(page.headers['set-cookie']).toEqual([expect.stringMatching(/; Path=\/content\/; HttpOnly; SameSite=Strict$/)]);
    const image = await send('/content/0/playbooks/funnel.svg', { headers: { Cookie: cookie } });
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/svg+xml');
    expect(image.headers['content-security-policy']).toContain("default-src 'none'");
    expect((await send('/content/0/playbooks/funnel.svg', { headers: { Cookie: `${cookie.split('=')[0]}=wrong` } })).status).toBe(401);
  });

  // Cookies ignore ports: any other server on 127.0.0.1 the browser visits receives them. What it receives must
  // not open the API (it once held the API token itself, and a foreign server could call the API with it).
  it("gives a second local server that receives the app's cookies nothing usable against the API", async () => {
    const setCookie = (await send(`/?token=${TOKEN}`)).headers['set-cookie'] as string[];
    const received = await cookiesSeenBySecondServer(setCookie);
    const values = received.split(';').map((cookie) => cookie.trim().split('=')[1]!);
    expect(values.length).toBeGreaterThan(0);
    expect(values).not.toContain(TOKEN);
    for (const value of values) {
      expect((await callApi('listProfiles', {}, { 'X-Playbook-Token': value })).status).toBe(401);
      expect((await callApi('listProfiles', {}, { 'X-Playbook-Token': '', Cookie: received })).status).toBe(401);
    }
  });

  it('sets no cookie for a page opened with a wrong token', async () => {
    expect((await send('/?token=guess')).headers['set-cookie']).toBeUndefined();
  });
});

describe('web host lifecycle', () => {
  it('listens on 127.0.0.1 with a random token per launch and prints it in its URL', async () => {
    const other = await startWebServer({ api, contentRoots: [], rendererDir: base, port: 0 });
    try {
      expect(other.url).toBe(`http://127.0.0.1:${other.port}/?token=${other.token}`);
      expect(other.token).toMatch(/^[\w-]{40,}$/);
      expect(other.token).not.toBe(TOKEN);
    } finally {
      await other.close();
    }
  });

  it('fails to start on a port that is taken', async () => {
    await expect(startWebServer({ api, contentRoots: [], rendererDir: base, port: server.port })).rejects.toThrow(/EADDRINUSE/);
  });
});
