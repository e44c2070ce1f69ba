import { cp, mkdtemp, readdir, readFile, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentRepository, loadContent } from './loadContent';
import { PARSE_CACHE_DIR, ParseCache } from './ParseCache';

const valid = fileURLToPath(new URL('../../test/fixtures/valid/', import.meta.url));

const temps: string[] = [];
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * Whole seconds: set with utimes, they read back exactly (finer times may be rounded on the way). Files are given
 * times well in the past, as files modified just before they are read are not cached (see loadContent).
 */
const STAMPED_AT = new Date('2026-01-05T10:00:00Z');
const EDITED_AT = new Date('2026-01-05T11:00:00Z');

/** Gives every file under `root` the time `at`. */
async function setTimes(root: string, at: Date): Promise<void> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  await Promise.all(entries.filter((entry) => entry.isFile()).map((entry) => utimes(path.join(entry.parentPath, entry.name), at, at)));
}

/** Writes a file as an edit made an hour after the fixtures were stamped. */
async function edit(file: string, from: string, to: string): Promise<void> {
  await writeFile(file, (await readFile(file, 'utf8')).replace(from, to));
  await utimes(file, EDITED_AT, EDITED_AT);
}

/** A copy of the valid fixtures, a data folder, and a cache in it already filled from that copy. */
async function filledCache() {
  const [root, dataDir] = await Promise.all([tempDir('pbt-content-'), tempDir('pbt-data-')]);
  await cp(valid, root, { recursive: true });
  await setTimes(root, STAMPED_AT);
  const playbook = path.join(root, 'playbooks', 'en', 'walk-away-point.md');
  const first = new ParseCache(dataDir, { saveDelayMs: 60_000 });
  const content = await loadContent([root], { cache: first });
  await first.flush();
  return { root, dataDir, content, playbook, reopen: () => new ParseCache(dataDir, { saveDelayMs: 60_000 }) };
}

/** The cache as saved in `dataDir`, with `root` loaded. */
async function savedCache(dataDir: string, root: string): Promise<ParseCache> {
  const cache = new ParseCache(dataDir);
  await cache.load(root);
  return cache;
}

/** Rewrites a file with text of the same length and gives it back its time: only reading it shows the change. */
async function rewriteUnstamped(file: string, from: string, to: string): Promise<void> {
  expect(to.length).toBe(from.length);
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
  await utimes(file, STAMPED_AT, STAMPED_AT);
}

describe('ParseCache', () => {
  it('forgets a root that is gone for good, file and all', async () => {
    const { root, dataDir, playbook, reopen } = await filledCache();
    expect(await readdir(path.join(dataDir, PARSE_CACHE_DIR))).toHaveLength(1);
    const cache = reopen();
    await cache.load(root);
    await cache.forget(root);
    expect(await readdir(path.join(dataDir, PARSE_CACHE_DIR))).toEqual([]);
    expect(cache.get(root, playbook, await stat(playbook))).toBeUndefined();
  });

  it('gives the same content as parsing the files', async () => {
    const { root, content, reopen } = await filledCache();
    expect(await loadContent([root], { cache: reopen() })).toEqual(content);
    expect(content.diagnostics).toEqual([]);
  });

  it('serves a file whose size and modification time are unchanged from the cache, without reading it', async () => {
    const { root, playbook, reopen } = await filledCache();
    await rewriteUnstamped(playbook, 'title: Your walk-away point', 'title: Your walk-away pzzzt');

    const cached = await loadContent([root], { cache: reopen() });
    expect(cached.playbooks.find((p) => p.id === 'walk-away-point')?.title).toBe('Your walk-away point');
    const fresh = await loadContent([root]);
    expect(fresh.playbooks.find((p) => p.id === 'walk-away-point')?.title).toBe('Your walk-away pzzzt');
  });

  it('parses a file again once it has changed, and keeps the new result', async () => {
    const { root, dataDir, playbook } = await filledCache();
    await edit(playbook, 'title: Your walk-away point', 'title: Your walk-away point, revised');

    const cache = new ParseCache(dataDir, { saveDelayMs: 60_000 });
    const content = await loadContent([root], { cache });
    expect(content.playbooks.find((p) => p.id === 'walk-away-point')?.title).toBe('Your walk-away point, revised');
    await cache.flush();
    expect((await savedCache(dataDir, root)).get(root, playbook, await stat(playbook))?.item).toMatchObject({ title: 'Your walk-away point, revised' });
  });

  it('keeps a reloaded file current in the cache, and forgets files deleted while the app was closed', async () => {
    const { root, dataDir, playbook, reopen } = await filledCache();
    const repository = await ContentRepository.open([root], { cache: reopen() });
    await edit(playbook, 'title: Your walk-away point', 'title: Your walk-away point, reloaded');
    await repository.reloadFile(playbook);
    const stamp = await stat(playbook);

    const other = path.join(root, 'playbooks', 'en', 'discovery-call.md');
    const otherStamp = await stat(other);
    await unlink(other);
    const cache = new ParseCache(dataDir, { saveDelayMs: 60_000 });
    await ContentRepository.open([root], { cache });
    await cache.flush();

    const saved = await savedCache(dataDir, root);
    expect(saved.get(root, playbook, stamp)?.item).toMatchObject({ title: 'Your walk-away point, reloaded' });
    expect(saved.get(root, other, otherStamp)).toBeUndefined();
  });

  it('does not cache a file modified just before it was read, whose time may not show a change made next', async () => {
    const { root, dataDir, playbook, reopen } = await filledCache();
    await writeFile(playbook, (await readFile(playbook, 'utf8')).replace('title: Your walk-away point', 'title: Your walk-away point, just now'));
    const cache = reopen();
    const repository = await ContentRepository.open([root], { cache });
    expect(repository.filesStamp).toBeUndefined();
    await cache.flush();
    expect((await savedCache(dataDir, root)).get(root, playbook, await stat(playbook))).toBeUndefined();
  });

  it('checks the images of a cached playbook again: one deleted since is reported', async () => {
    const { root, playbook, reopen } = await filledCache();
    await unlink(path.join(root, 'playbooks', 'en', 'img', 'floor.svg'));
    const content = await loadContent([root], { cache: reopen() });
    expect(content.diagnostics).toEqual([expect.objectContaining({ file: playbook, line: 13, severity: 'error', message: 'image "playbooks/en/img/floor.svg" not found in the content folder' })]);
  });

  it('starts empty from a damaged cache file instead of failing', async () => {
    const { root, dataDir, content, playbook } = await filledCache();
    const [file] = await readdir(path.join(dataDir, PARSE_CACHE_DIR));
    await writeFile(path.join(dataDir, PARSE_CACHE_DIR, file!), 'not a cache');
    const cache = await savedCache(dataDir, root);
    expect(cache.get(root, playbook, await stat(playbook))).toBeUndefined();
    expect(await loadContent([root], { cache })).toEqual(content);
  });

  it('keeps each content root in its own file, read only when that root is opened', async () => {
    const { root, dataDir, playbook } = await filledCache();
    const other = await tempDir('pbt-content-');
    await cp(valid, other, { recursive: true });
    await setTimes(other, STAMPED_AT);
    const cache = new ParseCache(dataDir, { saveDelayMs: 60_000 });
    await loadContent([other], { cache });
    await cache.flush();
    expect(await readdir(path.join(dataDir, PARSE_CACHE_DIR))).toHaveLength(2);

    const later = await savedCache(dataDir, other);
    expect(later.get(root, playbook, await stat(playbook))).toBeUndefined();
    await later.load(root);
    expect(later.get(root, playbook, await stat(playbook))?.item).toMatchObject({ id: 'walk-away-point' });
  });

  it('reports a save that fails instead of throwing', async () => {
    const { root } = await filledCache();
    const errors: unknown[] = [];
    const notAFolder = path.join(root, 'playbooks', 'en', 'walk-away-point.md');
    const cache = new ParseCache(notAFolder, { saveDelayMs: 60_000, onError: (error) => errors.push(error) });
    await loadContent([root], { cache });
    await cache.flush();
    expect(errors).toHaveLength(1);
  });
});
