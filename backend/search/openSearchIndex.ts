// The search index at start-up, from the cache in the data folder whenever it can be, correct either way:
// - the content is the one the cached index was built for: the index is loaded as it is;
// - some items changed since: the old index is loaded, with the documents it was built from for those items, and
//   update() swaps them for the current ones. That is a fraction of a build (a build takes about 1 s at 10,000
//   sections and 8 s at 50,000), so the loaded-then-updated index is ready before start-up ends and nothing stale
//   or partial is ever served; no background rebuild is needed;
// - no usable cache (first start, unreadable, another index version, most items changed): built now, as there is
//   nothing correct to serve meanwhile.
// Whenever the index was not loaded as it was, the cache is rewritten before start-up ends.
import type { ContentSet } from '../../core/model';
import { itemKeyOf, type SearchDoc } from '../../core/search/documents';
import { buildSearchIndex, SearchIndex } from '../../core/search/SearchIndex';
import { contentFingerprint, hashDocuments, type ContentFingerprint } from './contentFingerprint';
import type { CachedSearchIndex, SearchIndexCache } from './SearchIndexCache';

export type SearchIndexOrigin = 'loaded' | 'updated' | 'built';

export interface OpenedSearchIndex {
  index: SearchIndex;
  origin: SearchIndexOrigin;
}

/** Beyond this share of changed items, removing and re-adding them costs more than building afresh. */
const MAX_UPDATED_SHARE = 0.5;

export async function openSearchIndex(content: ContentSet, cache: SearchIndexCache): Promise<OpenedSearchIndex> {
  const fingerprint = contentFingerprint(content);
  const cached = await cache.read();
  const reused = cached && (await reuseCached(cached, fingerprint, cache).catch(() => undefined));
  if (reused?.origin === 'loaded') return reused;
  const opened = reused ?? { index: buildSearchIndex(content), origin: 'built' };
  await cache.write(opened.index, fingerprint);
  return opened;
}

/** The cached index brought up to date with the content; undefined (or a thrown error) when it cannot be. */
async function reuseCached(cached: CachedSearchIndex, now: ContentFingerprint, cache: SearchIndexCache): Promise<OpenedSearchIndex | undefined> {
  if (cached.fingerprint === now.hash) {
    return { index: SearchIndex.fromDocuments(cached.index, now.items.flatMap((item) => item.documents)), origin: 'loaded' };
  }
  const before = new Map(cached.items.map((item) => [itemKeyOf(item), item.hash]));
  const current = new Map(now.items.map((item) => [item.key, item.hash]));
  const changed = now.items.filter((item) => before.get(item.key) !== item.hash);
  // Changed or removed: the index holds their old documents, which only the cache still has.
  const stale = cached.items.filter((item) => current.get(itemKeyOf(item)) !== item.hash);
  if (stale.length === 0 || changed.length + stale.length > MAX_UPDATED_SHARE * (now.items.length + cached.items.length)) return undefined;
  const old = await cache.readDocuments();
  if (!old) return undefined;
  const documents: SearchDoc[] = now.items.filter((item) => before.get(item.key) === item.hash).flatMap((item) => item.documents);
  for (const item of stale) {
    const kept = old.get(itemKeyOf(item));
    if (!kept || hashDocuments(kept) !== item.hash) return undefined;
    documents.push(...kept);
  }
  const index = SearchIndex.fromDocuments(cached.index, documents);
  index.update(
    changed.map(({ item }) => item),
    stale.filter((item) => !current.has(itemKeyOf(item))),
  );
  return { index, origin: 'updated' };
}
