// A real Git server for tests: Debian's `git http-backend` run as CGI behind a Node http server on
// 127.0.0.1, serving the bare repositories a test creates in a temporary folder. Pushes are enabled
// (http.receivepack), and optional Basic auth passes the user on as REMOTE_USER, as a web server would.
import { spawn, execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const HTTP_BACKEND = process.env.GIT_HTTP_BACKEND ?? '/usr/lib/git-core/git-http-backend';

export interface GitHttpServer {
  /** The clone URL of a repository under the server's root, e.g. `url('content')` → `http://127.0.0.1:PORT/content.git`. */
  url(repoName: string): string;
  /** The folder holding the bare repositories (`<root>/<name>.git`). */
  root: string;
  /** Path of a bare repository on disk, for checks with the git CLI. */
  repoPath(repoName: string): string;
  close(): Promise<void>;
}

export interface GitHttpServerOptions {
  /** Require Basic auth with one of these users; without it every request is anonymous (and pushes still work). */
  users?: { username: string; password: string }[];
}

export async function startGitHttpServer(options: GitHttpServerOptions = {}): Promise<GitHttpServer> {
  const root = await mkdtemp(path.join(tmpdir(), 'pbt-git-server-'));
  const server = http.createServer((request, response) => {
    const user = authenticate(request.headers.authorization, options.users);
    if (user === null) {
      response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"', 'Content-Type': 'text/plain' });
      response.end('Authentication required\n');
      return;
    }
    serveCgi(root, user, request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    root,
    url: (repoName) => `http://127.0.0.1:${port}/${repoName}.git`,
    repoPath: (repoName) => path.join(root, `${repoName}.git`),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** The authenticated user name, '' for anonymous access, or null when credentials are required and wrong. */
function authenticate(header: string | undefined, users: GitHttpServerOptions['users']): string | null {
  if (!users) return '';
  const match = /^Basic (.+)$/i.exec(header ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const username = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  return users.some((u) => u.username === username && u.password === password) ? username : null;
}

function serveCgi(root: string, user: string, request: http.IncomingMessage, response: http.ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    // Anonymous pushes are refused by default; the tests push with and without auth.
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'http.receivepack',
    GIT_CONFIG_VALUE_0: 'true',
    GIT_CONFIG_NOSYSTEM: '1',
    HOME: root,
    GATEWAY_INTERFACE: 'CGI/1.1',
    SERVER_PROTOCOL: 'HTTP/1.1',
    REQUEST_METHOD: request.method ?? 'GET',
    PATH_INFO: decodeURIComponent(url.pathname),
    QUERY_STRING: url.search.slice(1),
    CONTENT_TYPE: request.headers['content-type'] ?? '',
    REMOTE_ADDR: request.socket.remoteAddress ?? '127.0.0.1',
  };
  if (request.headers['content-length']) env.CONTENT_LENGTH = request.headers['content-length'];
  if (user) env.REMOTE_USER = user;
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') env[`HTTP_${name.toUpperCase().replace(/-/g, '_')}`] = value;
  }

  const cgi = spawn(HTTP_BACKEND, [], { env });
  // A backend that exits before reading the whole request (or is missing) answers below; no EPIPE crash.
  cgi.stdin.on('error', () => undefined);
  cgi.on('error', (error) => {
    if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
    response.end(`${HTTP_BACKEND} could not run: ${error.message}\n`);
  });
  request.pipe(cgi.stdin);
  let stderr = '';
  cgi.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

  // CGI output: header lines, a blank line, then the body (streamed as it comes).
  let head = Buffer.alloc(0);
  let headerDone = false;
  cgi.stdout.on('data', (chunk: Buffer) => {
    if (headerDone) {
      response.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = findHeaderEnd(head);
    if (!end) return;
    headerDone = true;
    writeCgiHead(head.subarray(0, end.index).toString('latin1'), response);
    response.write(head.subarray(end.index + end.length));
  });
  cgi.on('close', (code) => {
    if (response.writableEnded) return;
    if (!headerDone) {
      response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(`git http-backend exited with ${code}: ${stderr}`);
      return;
    }
    response.end();
  });
}

function findHeaderEnd(buffer: Buffer): { index: number; length: number } | undefined {
  const crlf = buffer.indexOf('\r\n\r\n');
  const lf = buffer.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf <= lf)) return { index: crlf, length: 4 };
  if (lf >= 0) return { index: lf, length: 2 };
  return undefined;
}

function writeCgiHead(text: string, response: http.ServerResponse): void {
  let status = 200;
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
    else headers[name] = value;
  }
  response.writeHead(status, headers);
}

/** Files by path relative to the repository root, e.g. `{ 'playbooks/en/x.md': '…' }`. */
export type RepoFiles = Record<string, string>;

const COMMITTER_ENV = {
  GIT_AUTHOR_NAME: 'Test Trainer',
  GIT_AUTHOR_EMAIL: 'trainer@example.com',
  GIT_COMMITTER_NAME: 'Test Trainer',
  GIT_COMMITTER_EMAIL: 'trainer@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  // A refused login fails instead of waiting for a password at a terminal.
  GIT_TERMINAL_PROMPT: '0',
};

/**
 * Creates `<root>/<name>.git` as a bare repository whose branch (default `main`) holds `files` in one commit.
 * Returns the path of the bare repository.
 */
export async function createBareRepo(server: GitHttpServer, repoName: string, files: RepoFiles, options: { branch?: string } = {}): Promise<string> {
  const branch = options.branch ?? 'main';
  const bare = server.repoPath(repoName);
  await git(server.root, ['init', '--quiet', '--bare', `--initial-branch=${branch}`, bare]);
  await commitFilesToBareRepo(bare, files, 'Initial content', { branch, initial: true });
  return bare;
}

/**
 * Commits `files` (written over what is there; a `null` value deletes the file) to a bare repository's
 * branch through a temporary clone, as another trainer pushing would. Returns the new commit id.
 */
export async function commitFilesToBareRepo(
  bare: string,
  files: Record<string, string | null>,
  message: string,
  options: { branch?: string; initial?: boolean } = {},
): Promise<string> {
  const branch = options.branch ?? 'main';
  const work = await mkdtemp(path.join(tmpdir(), 'pbt-git-work-'));
  try {
    if (options.initial) await git(work, ['init', '--quiet', `--initial-branch=${branch}`, '.']);
    else await git(work, ['clone', '--quiet', '--branch', branch, bare, '.']);
    for (const [file, text] of Object.entries(files)) {
      const target = path.join(work, file);
      if (text === null) {
        await rm(target, { force: true });
        continue;
      }
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text, 'utf8');
    }
    await git(work, ['add', '--all']);
    await git(work, ['commit', '--quiet', '-m', message]);
    await git(work, ['push', '--quiet', bare, `HEAD:refs/heads/${branch}`]);
    return (await git(work, ['rev-parse', 'HEAD'])).trim();
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Runs the git CLI (test side only; the app itself uses isomorphic-git) and returns what it printed. */
export async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, env: { ...process.env, ...COMMITTER_ENV } });
  return stdout;
}
