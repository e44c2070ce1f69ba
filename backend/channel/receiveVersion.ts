// Fills a staging folder with the content a channel's source holds now: a shallow clone or fetch of a Git
// repository (read-only, with isomorphic-git, so reps need no Git installed), a content pack downloaded from a URL
// (opened with the same checks as `pbt pack import`), or a copy of a shared folder. Nothing is validated here: the
// whole version is, after it is received (ContentChannel).
import fs from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import git, { type HttpClient } from 'isomorphic-git';
import nodeHttp from 'isomorphic-git/http/node';
import type { ChannelSubscription } from '../../core/channel/channelTypes';
import { CONTENT_FOLDERS } from '../../core/interchange/pack/packPaths';
import { ROOT_CACHE_DIR, ROOT_CACHE_FILES } from '../content/rootCaches';
import { pathInside } from '../files/pathInside';
import { writeFileAtomically } from '../files/writeFileAtomically';
import { DEFAULT_PACK_LIMITS, readPack } from '../packs/readPack';
import { copyVersionFiles } from './versionFiles';

/** A source that could not be read, with a message the learner can act on. */
export class ChannelSourceError extends Error {}

export interface ReceiveOptions {
  /** Where the Git clone is kept between checks. */
  gitDir: string;
  /** Credentials for a Git server or pack URL that asks for them. */
  credentials?: { username: string; password: string } | undefined;
  /** A server that stops answering fails the check after this long (default two minutes). */
  timeoutMs?: number | undefined;
}

const DEFAULT_TIMEOUT_MS = 120_000;

/** Why a request failed, in words: a timeout is the only thing that aborts one. */
function reasonOf(error: unknown): string {
  if (error instanceof Error && ['TimeoutError', 'AbortError'].includes(error.name)) return 'the server did not answer in time';
  return error instanceof Error ? error.message : String(error);
}

/** Puts the source's content into `into` (an empty folder); returns what the source calls this version. */
export async function receiveVersion(subscription: ChannelSubscription, into: string, options: ReceiveOptions): Promise<{ label?: string }> {
  switch (subscription.kind) {
    case 'folder':
      return receiveFolder(subscription.location, into);
    case 'pack':
      return receivePack(subscription.location, into, options);
    case 'git':
      return receiveGit(subscription, into, options);
  }
}

async function receiveFolder(location: string, into: string): Promise<{ label?: string }> {
  const info = await stat(location).catch(() => undefined);
  if (!info?.isDirectory()) throw new ChannelSourceError(`The shared folder ${location} cannot be reached (is the drive connected?).`);
  await copyVersionFiles(location, into);
  return {};
}

async function receivePack(location: string, into: string, options: ReceiveOptions): Promise<{ label?: string }> {
  const url = URL.parse(location);
  if (!url) throw new ChannelSourceError(`"${location}" is not a URL: a pack URL looks like https://intranet.example.com/packs/sales.zip`);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ChannelSourceError(`A pack URL starts with https:// (or http://), not ${url.protocol}`);
  const headers: Record<string, string> = options.credentials ? { authorization: `Basic ${Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString('base64')}` } : {};
  const failed = (error: unknown) => {
    if (error instanceof ChannelSourceError) throw error;
    throw new ChannelSourceError(`The pack could not be downloaded from ${location}: ${reasonOf(error)}`);
  };
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) }).catch(failed);
  if (!response.ok) throw new ChannelSourceError(`The server answered ${response.status} ${response.statusText} for ${location}.`);
  const data = await readLimited(response, DEFAULT_PACK_LIMITS.packBytes).catch(failed);
  const zip = `${into}.zip`;
  try {
    await writeFile(zip, data);
    const pack = await readPack(zip);
    if (!pack.manifest) {
      throw new ChannelSourceError(`The file at ${location} is not a usable content pack: ${pack.diagnostics.map((d) => d.message).join('; ')}`);
    }
    for (const entry of [...pack.entries, ...pack.caches]) await writeFileAtomically(pathInside(into, entry.path)!, entry.data);
    return { label: `${pack.manifest.name} ${pack.manifest.version}` };
  } finally {
    await rm(zip, { force: true });
  }
}

/** The body, refused as soon as it grows past `limit` bytes (a server's Content-Length is not trusted). */
async function readLimited(response: Response, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > limit) throw new ChannelSourceError(`The pack is larger than the ${Math.round(limit / 1024 / 1024)} MB a pack may be.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function receiveGit(subscription: ChannelSubscription, into: string, options: ReceiveOptions): Promise<{ label?: string }> {
  const dir = options.gitDir;
  const onAuth = options.credentials ? () => options.credentials! : undefined;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const http: HttpClient = { request: (request) => nodeHttp.request({ ...request, signal: AbortSignal.timeout(timeoutMs) }) };
  const url = subscription.location;
  if (!/^https?:\/\//i.test(url)) throw new ChannelSourceError(`"${url}" is not an https:// address: the app reads Git repositories over HTTPS (copy the repository's HTTPS clone URL, not its SSH one).`);
  try {
    const cloned = await git.getConfig({ fs, dir, path: 'remote.origin.url' }).catch(() => undefined);
    if (cloned !== url) {
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      await git.clone({ fs, http, dir, url, ...(subscription.branch ? { ref: subscription.branch } : {}), singleBranch: true, depth: 1, noCheckout: true, noTags: true, ...(onAuth ? { onAuth } : {}) });
    }
    const branch = subscription.branch ?? (await git.currentBranch({ fs, dir }));
    if (!branch) throw new ChannelSourceError('The repository has no branch to follow.');
    if (cloned === url) await git.fetch({ fs, http, dir, url, ref: branch, singleBranch: true, depth: 1, tags: false, ...(onAuth ? { onAuth } : {}) });
    const oid = await git.resolveRef({ fs, dir, ref: `refs/remotes/origin/${branch}` });
    await writeTree(dir, oid, into);
    return { label: `${branch} ${oid.slice(0, 7)}` };
  } catch (error) {
    if (error instanceof ChannelSourceError) throw error;
    const status = (error as { data?: { statusCode?: number } }).data?.statusCode;
    const hint = status === 401 || status === 403 ? ' The server wants a user name and token that may read it: set PBT_GIT_USERNAME and PBT_GIT_TOKEN (the desktop app keeps them with its Git settings).' : '';
    throw new ChannelSourceError(`The repository ${url} could not be read: ${reasonOf(error)}.${hint}`);
  }
}

const REGULAR_FILE_MODES = new Set([0o100644, 0o100755]);

/** Writes the commit's content folders and carried caches into `into`, straight from the repository's objects. */
async function writeTree(dir: string, oid: string, into: string): Promise<void> {
  const caches = new Set<string>(ROOT_CACHE_FILES.map((file) => `${ROOT_CACHE_DIR}/${file}`));
  const wanted = (file: string) => CONTENT_FOLDERS.some((folder) => file === folder || file.startsWith(`${folder}/`)) || file === ROOT_CACHE_DIR || caches.has(file);
  await git.walk({
    fs,
    dir,
    trees: [git.TREE({ ref: oid })],
    map: async (file, [entry]) => {
      if (file === '.') return true;
      if (!entry || !wanted(file)) return null;
      if ((await entry.type()) !== 'blob') return true;
      // Links and submodules are not content.
      if (!REGULAR_FILE_MODES.has(await entry.mode())) return null;
      const target = pathInside(into, file);
      const data = await entry.content();
      if (target && data) await writeFileAtomically(target, data);
      return true;
    },
  });
}
