// What the search index is a function of, as hashes: per content item, of the search documents made from it, and
// for the whole content, of those item hashes and the index version. The whole-content hash keys the cached
// index; the item hashes tell which items changed since it was written.
import { createHash } from 'node:crypto';
import type { ContentItem, ContentSet } from '../../core/model';
import { documentsOfItem, itemKeyOf, type SearchDoc } from '../../core/search/documents';
import { SEARCH_INDEX_VERSION } from '../../core/search/SearchIndex';

export interface IndexedItem {
  item: ContentItem;
  /** itemKeyOf(item). */
  key: string;
  documents: SearchDoc[];
  /** hashDocuments(documents). */
  hash: string;
}

export interface ContentFingerprint {
  /** sha256 (hex) over the index version and every item's key and hash, independent of item order. */
  hash: string;
  /** The items that have search documents. */
  items: IndexedItem[];
}

export function contentFingerprint(content: ContentSet): ContentFingerprint {
  const items = [...content.playbooks, ...content.quizzes, ...content.cases, ...content.lessons].map((item): IndexedItem => {
    const documents = documentsOfItem(item);
    return { item, key: itemKeyOf(item), documents, hash: hashDocuments(documents) };
  });
  const lines = items.map(({ key, hash }) => `${key}\n${hash}\n`).sort();
  const whole = createHash('sha256').update(`search-index ${SEARCH_INDEX_VERSION}\n`);
  for (const line of lines) whole.update(line);
  return { hash: whole.digest('hex'), items };
}

/** sha256 (hex) over every field of the documents, in order. */
export function hashDocuments(documents: readonly SearchDoc[]): string {
  const hash = createHash('sha256');
  for (const { body, ...fields } of documents) {
    // The body is hashed as it is rather than inside the JSON, which would copy and escape the bulk of the text;
    // its length keeps one document's fields apart from the next.
    hash.update(`${JSON.stringify(fields)}${body.length}\n`);
    hash.update(body);
  }
  return hash.digest('hex');
}
