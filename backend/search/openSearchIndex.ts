// The search index at start-up, from the cache in the data folder whenever it can be, correct either way:
// - the content is the one the cached index was built for: the index is loaded as it is. Known from the files'
//   stamps when they are those the index was saved with, else from hashing the content's search documents;
// - some items changed since: the old index is loaded, with the documents it was built from for those items, and
//   update() swaps them for the current ones, as the file watcher would have. At 10,000 sections that takes a
//   few hundred ms where a build takes over 1 s, so the index is current when start-up ends: nothing stale or
//   partial is served, and there is no background rebuild to swap in;
// - no usable cache (first start, unreadable, another index version, most items changed): built now, as there is
//   nothing correct to serve meanwhile. On a first start the index the built-in content carries (rootCaches.ts)
//   stands in for the data folder's cache, under the same checks.
// Unless it was loaded as it was, the index is saved to the cache shortly after, outside start-up: serialising
// it can take longer than updating it.
import type { ContentSet, Glossary } from '../../core/model';
import { documentsOfContent, itemKeyOf, type SearchDoc } from '../../core/search/documents';
import { buildSearchIndex, SearchIndex } from '../../core/search/SearchIndex';
import { contentFingerprint, hashDocuments, type ContentFingerprint } from './contentFingerprint';
import type { CachedSearchIndex, SearchIndexCache } from './SearchIndexCache';

export type SearchIndexOrigin = 'loaded' | 'updated' | 'built';

export interface OpenedSearchIndex {
  index: SearchIndex;
  origin: SearchIndexOrigin;
}

/**
 * Past this share of changed (added, edited or removed) items, updating costs about as much as building afresh
 * (measured at 10,000 sections: with a tenth of the items changed it takes about 60% of a build).
 */
const MAX_UPDATED_SHARE = 0.25;

export interface OpenSearchIndexOptions {
  /** What the content was read from (ContentRepository.filesStamp), when it comes from files. */
  filesStamp?: string | undefined;
  /** Read when `cache` has no index: the one the content carries. */
  carried?: SearchIndexCache | undefined;
}

export async function openSearchIndex(content: ContentSet, cache: SearchIndexCache, { filesStamp, carried }: OpenSearchIndexOptions = {}): Promise<OpenedSearchIndex> {
  const own = await cache.read();
  const source = own || !carried ? cache : carried;
  const cached = own ?? (await carried?.read());
  if (cached && filesStamp !== undefined && cached.filesStamp === filesStamp) {
    // The same files as when the index was saved: the content is the same without hashing it.
    const index = tryLoading(cached, documentsOfContent(content), content.glossaries);
    if (index) return { index, origin: 'loaded' };
  }
  const fingerprint = contentFingerprint(content);
  const reused = cached && (await reuseCached(cached, fingerprint, source, content.glossaries).catch(() => undefined));
  const opened = reused ?? { index: buildSearchIndex(content), origin: 'built' };
  // An index loaded as it was is saved again only to record the files' stamp (they were touched, not changed).
  if (opened.origin !== 'loaded' || (filesStamp !== undefined && filesStamp !== cached?.filesStamp)) cache.saveLater(opened.index, content, filesStamp);
  return opened;
}

/** The cached index over these documents, as it was saved; undefined when it was saved over other documents or in another version. */
function tryLoading(cached: CachedSearchIndex, documents: SearchDoc[], glossaries: readonly Glossary[]): SearchIndex | undefined {
  try {
    return SearchIndex.fromDocuments(cached.index, documents, glossaries);
  } catch {
    return undefined;
  }
}

/** The cached index brought up to date with the content; undefined (or a thrown error) when it cannot be. */
async function reuseCached(
  cached: CachedSearchIndex,
  now: ContentFingerprint,
  cache: SearchIndexCache,
  glossaries: readonly Glossary[],
): Promise<OpenedSearchIndex | undefined> {
  if (cached.fingerprint === now.hash) {
    const index = tryLoading(cached, now.items.flatMap((item) => item.documents), glossaries);
    return index && { index, origin: 'loaded' };
  }
  const before = new Map(cached.items.map((item) => [itemKeyOf(item), item.hash]));
  const current = new Map(now.items.map((item) => [item.key, item.hash]));
  const changed = now.items.filter((item) => before.get(item.key) !== item.hash);
  const removed = cached.items.filter((item) => !current.has(itemKeyOf(item)));
  if (changed.length + removed.length > MAX_UPDATED_SHARE * (now.items.length + removed.length)) return undefined;
  // Changed or removed: the index holds their old documents, which only the cache still has.
  const stale = cached.items.filter((item) => current.get(itemKeyOf(item)) !== item.hash);
  // Other fingerprints with the same items: the index version differs.
  if (stale.length === 0 && changed.length === 0) return undefined;
  const old = await cache.readDocuments();
  if (!old) return undefined;
  const documents: SearchDoc[] = now.items.filter((item) => before.get(item.key) === item.hash).flatMap((item) => item.documents);
  for (const item of stale) {
    const text = old.get(itemKeyOf(item));
    const kept = text === undefined ? undefined : (JSON.parse(text) as SearchDoc[]);
    if (!kept || hashDocuments(kept) !== item.hash) return undefined;
    documents.push(...kept);
  }
  const index = SearchIndex.fromDocuments(cached.index, documents, glossaries);
  index.update(
    changed.map(({ item }) => item),
    removed,
  );
  return { index, origin: 'updated' };
}
