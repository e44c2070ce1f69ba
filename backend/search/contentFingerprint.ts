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
  for (const doc of documents) {
    // One update for the short fields and one for the body: building a string (or JSON) per document that
    // holds the body would copy the bulk of the text. The body's length keeps one document apart from the next.
    hash.update(`${doc.itemKey}\0${doc.type}\0${doc.section}\0${doc.title}\0${doc.parentTitle}\0${doc.tags.join('\u0001')}\0${doc.roles.join('\u0001')}\0${doc.situations.join('\u0001')}\0${doc.body.length}\0`);
    hash.update(doc.body);
  }
  return hash.digest('hex');
}

/** A field added to SearchDoc must be added to hashDocuments (id and lang are part of itemKey): this fails to compile until it is. */
type _EveryFieldHashed = AssertNever<Exclude<keyof SearchDoc, 'itemKey' | 'id' | 'lang' | 'type' | 'section' | 'title' | 'parentTitle' | 'tags' | 'roles' | 'body' | 'situations'>>;
type AssertNever<T extends never> = T;
