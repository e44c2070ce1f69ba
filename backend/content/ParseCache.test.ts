import { cp, mkdtemp, readFile, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentRepository, loadContent } from './loadContent';
import { PARSE_CACHE_FILE, ParseCache } from './ParseCache';

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

/** A whole second: set with utimes, it reads back exactly (finer times may be rounded on the way). */
const STAMPED_AT = new Date('2026-01-05T10:00:00Z');

/** A copy of the valid fixtures, a data folder, and a cache in it already filled from that copy. */
async function filledCache() {
  const [root, dataDir] = await Promise.all([tempDir('pbt-content-'), tempDir('pbt-data-')]);
  await cp(valid, root, { recursive: true });
  const playbook = path.join(root, 'playbooks', 'en', 'walk-away-point.md');
  await utimes(playbook, STAMPED_AT, STAMPED_AT);
  const first = await ParseCache.open(dataDir, { saveDelayMs: 60_000 });
  const content = await loadContent([root], { cache: first });
  await first.flush();
  return { root, dataDir, content, playbook, reopen: () => ParseCache.open(dataDir, { saveDelayMs: 60_000 }) };
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
  it('gives the same content as parsing the files', async () => {
    const { root, content, reopen } = await filledCache();
    expect(await loadContent([root], { cache: await reopen() })).toEqual(content);
    expect(content.diagnostics).toEqual([]);
  });

  it('serves a file whose size and modification time are unchanged from the cache, without reading it', async () => {
    const { root, playbook, reopen } = await filledCache();
    await rewriteUnstamped(playbook, 'title: Your walk-away point', 'title: Your walk-away pzzzt');

    const cached = await loadContent([root], { cache: await reopen() });
    expect(cached.playbooks.find((p) => p.id === 'walk-away-point')?.title).toBe('Your walk-away point');
    const fresh = await loadContent([root]);
    expect(fresh.playbooks.find((p) => p.id === 'walk-away-point')?.title).toBe('Your walk-away pzzzt');
  });

  it('parses a file again once it has changed, and keeps the new result', async () => {
    const { root, dataDir, playbook } = await filledCache();
    const text = await readFile(playbook, 'utf8');
    await writeFile(playbook, text.replace('title: Your walk-away point', 'title: Your walk-away point, revised'));

    const cache = await ParseCache.open(dataDir, { saveDelayMs: 60_000 });
    const content = await loadContent([root], { cache });
    expect(content.playbooks.find((p) => p.id === 'walk-away-point')?.title).toBe('Your walk-away point, revised');
    await cache.flush();
    expect((await ParseCache.open(dataDir)).get(root, playbook, await stat(playbook))?.item).toMatchObject({ title: 'Your walk-away point, revised' });
  });

  it('keeps a reloaded file current in the cache, and forgets files deleted while the app was closed', async () => {
    const { root, dataDir, playbook, reopen } = await filledCache();
    const repository = await ContentRepository.open([root], { cache: await reopen() });
    await writeFile(playbook, (await readFile(playbook, 'utf8')).replace('title: Your walk-away point', 'title: Your walk-away point, reloaded'));
    await repository.reloadFile(playbook);
    const stamp = await stat(playbook);

    const other = path.join(root, 'playbooks', 'en', 'discovery-call.md');
    const otherStamp = await stat(other);
    await unlink(other);
    const cache = await ParseCache.open(dataDir, { saveDelayMs: 60_000 });
    await ContentRepository.open([root], { cache });
    await cache.flush();

    const saved = await ParseCache.open(dataDir);
    expect(saved.get(root, playbook, stamp)?.item).toMatchObject({ title: 'Your walk-away point, reloaded' });
    expect(saved.get(root, other, otherStamp)).toBeUndefined();
  });

  it('checks the images of a cached playbook again: one deleted since is reported', async () => {
    const { root, playbook, reopen } = await filledCache();
    await unlink(path.join(root, 'playbooks', 'en', 'img', 'floor.svg'));
    const content = await loadContent([root], { cache: await reopen() });
    expect(content.diagnostics).toEqual([expect.objectContaining({ file: playbook, line: 13, severity: 'error', message: 'image "playbooks/en/img/floor.svg" not found in the content folder' })]);
  });

  it('starts empty from a damaged or foreign cache file instead of failing', async () => {
    const { root, dataDir, content } = await filledCache();
    await writeFile(path.join(dataDir, PARSE_CACHE_FILE), 'not a cache');
    const cache = await ParseCache.open(dataDir);
    expect(cache.get(root, path.join(root, 'playbooks', 'en', 'walk-away-point.md'), { size: 0, mtimeMs: 0 })).toBeUndefined();
    expect(await loadContent([root], { cache })).toEqual(content);
  });

  it('reports a save that fails instead of throwing', async () => {
    const { root } = await filledCache();
    const errors: unknown[] = [];
    const notAFolder = path.join(root, 'playbooks', 'en', 'walk-away-point.md');
    const cache = await ParseCache.open(notAFolder, { saveDelayMs: 60_000, onError: (error) => errors.push(error) });
    await loadContent([root], { cache });
    await cache.flush();
    expect(errors).toHaveLength(1);
  });
});
