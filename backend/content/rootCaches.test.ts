import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { afterEach, describe, expect, it } from 'vitest';
import type { Playbook } from '../../core/model';
import { openSearchIndex } from '../search/openSearchIndex';
import { SearchIndexCache } from '../search/SearchIndexCache';
import { ContentRepository, loadContent } from './loadContent';
import { ParseCache } from './ParseCache';
import { ROOT_CACHE_DIR, rootSearchCache, writeRootCaches } from './rootCaches';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/valid', import.meta.url));
const PLAYBOOK = path.join('playbooks', 'en', 'discovery-call.md');
const PARSE_FILE = path.join(ROOT_CACHE_DIR, 'parse-results.bin');

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-root-cache-'));
  temps.push(dir);
  return dir;
}
afterEach(() => Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

/** A root with its caches, built in one folder and then moved to another, as an installed app's content is. */
async function movedRootWithCaches(): Promise<string> {
  const built = await tempDir();
  // Timestamps kept: files modified just now are never trusted by their stamps (see loadContent's RACY_MS).
  await cp(FIXTURES, built, { recursive: true, preserveTimestamps: true });
  await writeRootCaches(built);
  const installed = await tempDir();
  await cp(built, installed, { recursive: true, preserveTimestamps: true });
  return installed;
}

/** Marks the carried parse result of one file, so a test can tell it was used rather than parsed afresh. */
async function markCarriedTitle(root: string, title: string): Promise<void> {
  const stored = deserialize(await readFile(path.join(root, PARSE_FILE))) as { entries: Map<string, { result: { item: Playbook } }> };
  stored.entries.get('playbooks/en/discovery-call.md')!.result.item.title = title;
  await writeFile(path.join(root, PARSE_FILE), serialize(stored));
}

const openFirstStart = async (root: string) => (await ContentRepository.open([root], { cache: new ParseCache(await tempDir()) })).content;

describe('the caches a content root carries', () => {
  it('give a first start the stored parse results, relocated to where the root is now', async () => {
    const root = await movedRootWithCaches();
    await markCarriedTitle(root, 'Carried title');
    const content = await openFirstStart(root);
    const playbook = content.playbooks.find((p) => p.id === 'discovery-call' && p.lang === 'en')!;
    expect(playbook.title).toBe('Carried title');
    expect(playbook.source.file).toBe(path.join(root, PLAYBOOK));
    expect(playbook.source.root).toBe(root);
    expect(content.diagnostics).toEqual([]);
  });

  it('are not used for a file whose text changed since they were built', async () => {
    const root = await movedRootWithCaches();
    await markCarriedTitle(root, 'Carried title');
    const file = path.join(root, PLAYBOOK);
    await writeFile(file, (await readFile(file, 'utf8')).replace('title: The discovery call', 'title: The first call'));
    const content = await openFirstStart(root);
    expect(content.playbooks.find((p) => p.id === 'discovery-call' && p.lang === 'en')!.title).toBe('The first call');
  });

  it('are not read when the data folder has its own cache of the root', async () => {
    const root = await movedRootWithCaches();
    const dataDir = await tempDir();
    const first = new ParseCache(dataDir);
    await ContentRepository.open([root], { cache: first });
    await first.flush();
    await markCarriedTitle(root, 'Carried title');
    const content = (await ContentRepository.open([root], { cache: new ParseCache(dataDir) })).content;
    expect(content.playbooks.find((p) => p.id === 'discovery-call' && p.lang === 'en')!.title).toBe('The discovery call');
  });

  it('load the search index on a first start when the content is the one it was built for, and not otherwise', async () => {
    const root = await movedRootWithCaches();
    const content = await loadContent([root]);
    const carried = await openSearchIndex(content, new SearchIndexCache(await tempDir(), { saveDelayMs: 60_000 }), { carried: rootSearchCache(root) });
    expect(carried.origin).toBe('loaded');
    expect(carried.index.search('discovery', { limit: 3 }).length).toBeGreaterThan(0);

    const without = await openSearchIndex(content, new SearchIndexCache(await tempDir(), { saveDelayMs: 60_000 }));
    expect(without.origin).toBe('built');

    const file = path.join(root, PLAYBOOK);
    await writeFile(file, `${await readFile(file, 'utf8')}\n## Zebra crossing {#zebra}\n\nA section the carried index does not know.\n`);
    const changed = await openSearchIndex(await loadContent([root]), new SearchIndexCache(await tempDir(), { saveDelayMs: 60_000 }), { carried: rootSearchCache(root) });
    expect(changed.origin).not.toBe('loaded');
    expect(changed.index.search('zebra', { limit: 3 }).map((hit) => hit.section)).toContain('zebra');
  });
});
