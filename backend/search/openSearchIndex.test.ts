import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContentSet } from '../../core/model';
import { buildSearchIndex, SearchIndex } from '../../core/search/SearchIndex';
import { defaultContentRoots, loadContent } from '../content/loadContent';
import { openBackend } from '../openBackend';
import { Workspace } from '../workspace/Workspace';
import { WorkspaceSettings } from '../workspace/WorkspaceSettings';
import { contentFingerprint } from './contentFingerprint';
import { openSearchIndex } from './openSearchIndex';
import { SEARCH_DOCUMENTS_FILE, SEARCH_INDEX_FILE, SearchIndexCache } from './SearchIndexCache';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/valid', import.meta.url));
/** Exact words, a prefix, a typo, Chinese, full pinyin and initials, several words. */
const QUERIES = ['customer', 'objection', 'incent', 'relatoinship', '客户关系', '决策链', 'kehu', 'khgx', 'decision chain map', 'walk-away'];

const temps: string[] = [];
const caches: SearchIndexCache[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pbt-search-cache-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  vi.restoreAllMocks();
  caches.splice(0).forEach((cache) => cache.cancel());
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A cache that saves as soon as it is asked to. */
async function eagerCache(): Promise<SearchIndexCache> {
  return new SearchIndexCache(await tempDir(), { saveDelayMs: 0 });
}

/** A cache that only writes when told to, so a test can tamper with its files undisturbed. */
async function quietCache(dataDir?: string): Promise<SearchIndexCache> {
  const cache = new SearchIndexCache(dataDir ?? (await tempDir()), { saveDelayMs: 60_000 });
  caches.push(cache);
  return cache;
}

/** Waits until the cache holds the index of `content`. */
async function savedFor(cache: SearchIndexCache, content: ContentSet, timeout = 2000): Promise<void> {
  const expected = contentFingerprint(content).hash;
  await vi.waitFor(async () => expect((await cache.read())?.fingerprint).toBe(expected), { timeout, interval: 20 });
}

const answers = (index: SearchIndex, queries: readonly string[] = QUERIES) => queries.map((query) => index.search(query, { limit: 10 }));

/** The shipped content with one playbook edited, one removed and one added, and those changes. */
function editedContent(content: ContentSet) {
  const edited = structuredClone(content);
  const [first, second, third] = edited.playbooks;
  first!.sections[0]!.text += ' Bring the zebracrossing checklist.';
  const added = { ...third!, id: 'newly-added-playbook', title: 'Quokka negotiation drill' };
  edited.playbooks = [...edited.playbooks.filter((playbook) => playbook !== second), added];
  return { content: edited, changed: [first!, added], removed: [second!] };
}

describe('openSearchIndex', () => {
  let shipped: ContentSet;
  beforeAll(async () => {
    shipped = await loadContent(defaultContentRoots());
  });

  it('builds and saves the index on a first start, then loads one that answers exactly like the built one', async () => {
    const cache = await eagerCache();
    const first = await openSearchIndex(shipped, cache);
    expect(first.origin).toBe('built');
    await savedFor(cache, shipped);

    const second = await openSearchIndex(shipped, cache);
    expect(second.origin).toBe('loaded');
    const built = answers(first.index);
    expect(built.filter((hits) => hits.length > 0).length).toBeGreaterThanOrEqual(QUERIES.length - 1);
    expect(answers(second.index)).toEqual(built);
  });

  it('updates the cached index for changed, added and removed items, answering as the running app would, and saves it', async () => {
    const cache = await eagerCache();
    await cache.write(buildSearchIndex(shipped), contentFingerprint(shipped));
    const { content: edited, changed, removed } = editedContent(shipped);
    const build = vi.spyOn(SearchIndex, 'build');

    const updated = await openSearchIndex(edited, cache);
    expect(updated.origin).toBe('updated');
    expect(build).not.toHaveBeenCalled();
    const queries = [...QUERIES, 'zebracrossing', 'quokka', removed[0]!.title];
    // Exactly what the running app answers after the same change (updates place changed items last, so ties
    // among candidates can fall otherwise than in a fresh build; which items are found does not differ).
    const running = buildSearchIndex(shipped);
    running.update(changed, removed);
    expect(answers(updated.index, queries)).toEqual(answers(running, queries));
    const [edit, add, gone] = answers(buildSearchIndex(edited), queries.slice(-3));
    expect(answers(updated.index, queries.slice(-3))).toEqual([edit, add, gone]);
    expect(edit?.[0]?.id).toBe(changed[0]!.id);
    expect(add?.[0]?.id).toBe('newly-added-playbook');
    expect(gone?.some((hit) => hit.id === removed[0]!.id)).toBe(false);

    await savedFor(cache, edited);
    expect((await openSearchIndex(edited, cache)).origin).toBe('loaded');
  });

  it('trusts the files stamp it was saved with instead of hashing the content, and hashes when the stamp differs', async () => {
    const cache = await quietCache();
    await cache.write(buildSearchIndex(shipped), contentFingerprint(shipped), 'files as saved');
    // Text edited in memory only (same length: a different length is caught as other content), which files with
    // the stamp the index was saved with cannot hold, so it is not seen.
    const edited = structuredClone(shipped);
    const section = edited.playbooks[0]!.sections[0]!;
    section.text = `zebracrossing ${section.text.slice('zebracrossing '.length)}`;

    const trusted = await openSearchIndex(edited, cache, { filesStamp: 'files as saved' });
    expect(trusted.origin).toBe('loaded');
    expect(trusted.index.search('zebracrossing', { limit: 10 })).toEqual([]);

    const checked = await openSearchIndex(edited, cache, { filesStamp: 'files changed since' });
    expect(checked.origin).toBe('updated');
    expect(checked.index.search('zebracrossing', { limit: 10 })[0]?.id).toBe(edited.playbooks[0]!.id);
  });

  it('builds afresh when most items changed', async () => {
    const cache = await quietCache();
    await cache.write(buildSearchIndex(shipped), contentFingerprint(shipped));
    const rewritten = structuredClone(shipped);
    for (const item of [...rewritten.playbooks, ...rewritten.quizzes, ...rewritten.cases]) item.title += ' (revised)';
    expect((await openSearchIndex(rewritten, cache)).origin).toBe('built');
  });

  it('builds when the kept documents of a changed item are unreadable or do not match, and replaces them', async () => {
    const dataDir = await tempDir();
    const cache = new SearchIndexCache(dataDir, { saveDelayMs: 0 });
    const edited = editedContent(shipped).content;
    await cache.write(buildSearchIndex(shipped), contentFingerprint(shipped));
    await writeFile(path.join(dataDir, SEARCH_DOCUMENTS_FILE), 'not a cache');
    expect((await openSearchIndex(edited, cache)).origin).toBe('built');
    await savedFor(cache, edited);

    // Documents of another content than the index was built for, as after a crash between the two writes.
    await cache.write(buildSearchIndex(shipped), contentFingerprint(shipped));
    const documentsOfEdited = new Map(contentFingerprint(edited).items.map(({ key, documents }) => [key, JSON.stringify(documents)]));
    await writeFile(path.join(dataDir, SEARCH_DOCUMENTS_FILE), serialize(documentsOfEdited));
    expect((await openSearchIndex(edited, cache)).origin).toBe('built');
    await savedFor(cache, edited);
    expect((await openSearchIndex(edited, cache)).origin).toBe('loaded');
  });

  it('ignores a cache of another index version or format', async () => {
    const dataDir = await tempDir();
    const file = path.join(dataDir, SEARCH_INDEX_FILE);
    const cache = await quietCache(dataDir);
    await cache.write(buildSearchIndex(shipped), contentFingerprint(shipped));
    const written = deserialize(await readFile(file)) as { format: string; index: { version: number } };

    await writeFile(file, serialize({ ...written, index: { ...written.index, version: 999 } }));
    expect((await openSearchIndex(shipped, cache)).origin).toBe('built');
    await writeFile(file, serialize({ ...written, format: 'playbook-trainer-search-cache/999' }));
    expect((await openSearchIndex(shipped, cache)).origin).toBe('built');
  });

  it('reports a failed save instead of throwing', async () => {
    const errors: unknown[] = [];
    const dataDir = await tempDir();
    await writeFile(path.join(dataDir, 'not-a-folder'), '');
    const cache = new SearchIndexCache(path.join(dataDir, 'not-a-folder'), { onError: (error) => errors.push(error) });
    await cache.write(buildSearchIndex(shipped), contentFingerprint(shipped));
    expect(errors).toHaveLength(1);
  });
});

describe('the search-index cache of the back end', () => {
  /** A copy of the fixture content that the test may edit. */
  async function contentRoot(): Promise<string> {
    const root = await tempDir();
    await cp(FIXTURES, root, { recursive: true });
    return root;
  }

  it('replaces a corrupt cache with the built index shortly after opening, and loads it on the next open', async () => {
    const [root, dataDir] = await Promise.all([contentRoot(), tempDir()]);
    await writeFile(path.join(dataDir, SEARCH_INDEX_FILE), '{"truncated":');
    const build = vi.spyOn(SearchIndex, 'build');
    const load = vi.spyOn(SearchIndex, 'fromDocuments');

    const first = await openBackend({ contentRoots: [root], dataDir, workspace: null });
    const hits = await first.api.search({ query: 'walk-away' });
    expect(build).toHaveBeenCalledTimes(1);
    expect(hits[0]?.id).toBe('walk-away-point');
    await savedFor(new SearchIndexCache(dataDir), await loadContent([root]), 5000);
    await first.close();

    build.mockClear();
    const second = await openBackend({ contentRoots: [root], dataDir, workspace: null });
    expect(await second.api.search({ query: 'walk-away' })).toEqual(hits);
    await second.close();
    expect(build).not.toHaveBeenCalled();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('follows a file changed while the app was closed by updating the cached index, not building one', async () => {
    const [root, dataDir] = await Promise.all([contentRoot(), tempDir()]);
    const before = await loadContent([root]);
    await new SearchIndexCache(dataDir).write(buildSearchIndex(before), contentFingerprint(before));
    const file = path.join(root, 'playbooks', 'en', 'walk-away-point.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('before you walk in.', 'before you walk in, in the zebracrossing room.'));
    const build = vi.spyOn(SearchIndex, 'build');

    const backend = await openBackend({ contentRoots: [root], dataDir, workspace: null });
    expect((await backend.api.search({ query: 'zebracrossing' })).map((hit) => hit.id)).toContain('walk-away-point');
    await backend.close();
    expect(build).not.toHaveBeenCalled();
  });

  it('is saved again once edits in the workspace have paused', async () => {
    const [dir, dataDir] = await Promise.all([tempDir(), tempDir()]);
    const cache = new SearchIndexCache(dataDir, { saveDelayMs: 20 });
    const workspace = await Workspace.open({
      builtInRoots: [FIXTURES],
      settings: await WorkspaceSettings.open(dataDir),
      dir,
      watch: false,
      openSearch: async (content) => (await openSearchIndex(content, cache)).index,
      onSearchChange: (search, content) => cache.saveLater(search, content),
    });
    try {
      await savedFor(cache, workspace.content);
      const playbook = '---\nid: price-talks\ntitle: Price talks\nlang: en\n---\n## Anchor high {#anchor}\n\nOpen with the quokka package.\n';
      await workspace.write([{ path: 'playbooks/en/price-talks.md', text: playbook }]);

      await savedFor(cache, workspace.content);
      const reopened = await openSearchIndex(workspace.content, cache);
      expect(reopened.origin).toBe('loaded');
      expect(reopened.index.search('quokka')[0]?.id).toBe('price-talks');
    } finally {
      workspace.close();
    }
  });
});
