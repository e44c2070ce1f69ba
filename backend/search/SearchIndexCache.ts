// The search index kept on disk in the data folder, next to progress.json, so start-up can load it instead of
// building it. Two files: the serialised index with the content fingerprint it was built for (read at every
// start), and the search documents it was built from (read only when the content changed since, to take the
// changed items out of the old index exactly). A cache that cannot be read is treated as absent, never as an error.
// Both are written with v8.serialize rather than JSON: the index is a few long strings, which deserialise about
// three times faster than JSON.parse reads them (about 40 ms against 110 ms at 50,000 sections). The documents
// are kept as one JSON text per item, so only the changed items' are parsed (deserialising all 100,000
// documents of 50,000 sections as objects takes 0.5 to 1 s).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { z } from 'zod';
import { LANGS, type ContentKind, type ContentSet } from '../../core/model';
import type { SearchIndex, SearchIndexJSON } from '../../core/search/SearchIndex';
import { DelayedSave } from '../files/DelayedSave';
import { writeFileAtomically } from '../files/writeFileAtomically';
import { contentFingerprint, type ContentFingerprint } from './contentFingerprint';

export const SEARCH_INDEX_FILE = 'search-index.bin';
export const SEARCH_DOCUMENTS_FILE = 'search-documents.bin';
const SAVE_DELAY_MS = 2000;
const FORMAT = 'playbook-trainer-search-cache/1';
const CONTENT_KINDS = ['playbook', 'quiz', 'case', 'path', 'lesson', 'glossary'] as const satisfies readonly ContentKind[];

const cachedIndexShape = z.object({
  format: z.literal(FORMAT),
  fingerprint: z.string(),
  /** ContentRepository.filesStamp of the content the index was built from, when that came from files. */
  filesStamp: z.string().optional(),
  /** The indexed items and the hashes of their documents. */
  items: z.array(z.object({ kind: z.enum(CONTENT_KINDS), id: z.string(), lang: z.enum(LANGS), hash: z.string() })),
  // Checked by SearchIndex.fromDocuments, which rejects an index of another format or version.
  index: z.custom<SearchIndexJSON>((value) => typeof value === 'object' && value !== null),
});
export type CachedSearchIndex = z.infer<typeof cachedIndexShape>;

export interface SearchIndexCacheOptions {
  saveDelayMs?: number;
  /** Where failed saves are reported (they cost only a slower next start). */
  onError?: (error: unknown) => void;
}

export class SearchIndexCache {
  private readonly indexFile: string;
  private readonly documentsFile: string;
  private readonly saves: DelayedSave;

  constructor(dataDir: string, options: SearchIndexCacheOptions = {}) {
    this.indexFile = path.join(path.resolve(dataDir), SEARCH_INDEX_FILE);
    this.documentsFile = path.join(path.resolve(dataDir), SEARCH_DOCUMENTS_FILE);
    this.saves = new DelayedSave(options.saveDelayMs ?? SAVE_DELAY_MS, options.onError ?? ((error: unknown) => console.error('Saving the search index failed:', error)));
  }

  /** The cached index; undefined when there is none or it is unreadable or of another format. */
  async read(): Promise<CachedSearchIndex | undefined> {
    const parsed = cachedIndexShape.safeParse(await readSerialised(this.indexFile));
    return parsed.success ? parsed.data : undefined;
  }

  /**
   * The documents of the cached index, by item key, as JSON text; undefined when unreadable.
   * Check them against the item hashes before use.
   */
  async readDocuments(): Promise<ReadonlyMap<string, string> | undefined> {
    const documents = await readSerialised(this.documentsFile);
    return documents instanceof Map ? (documents as ReadonlyMap<string, string>) : undefined;
  }

  /** Writes the index of the content `fingerprint` describes, after any write under way; failures are reported, not thrown. */
  write(index: SearchIndex, fingerprint: ContentFingerprint, filesStamp?: string): Promise<void> {
    let files: [string, Uint8Array][];
    try {
      // Serialised at once: the index changes with the next content change. The documents go first: an index
      // file is only ever next to documents at least as new, and each item's documents are checked against its
      // hash before use, so a crash between the two renames does no harm.
      files = [
        [this.documentsFile, serialize(new Map(fingerprint.items.map(({ key, documents }) => [key, JSON.stringify(documents)])))],
        [
          this.indexFile,
          serialize({
            format: FORMAT,
            fingerprint: fingerprint.hash,
            ...(filesStamp === undefined ? {} : { filesStamp }),
            items: fingerprint.items.map(({ item: { kind, id, lang }, hash }) => ({ kind, id, lang, hash })),
            index: index.toJSON(),
          } satisfies CachedSearchIndex),
        ],
      ];
    } catch (error) {
      return this.saves.write(() => Promise.reject(error));
    }
    return this.saves.write(async () => {
      for (const [file, data] of files) await writeFileAtomically(file, data);
    });
  }

  /** Writes the index of `content` once changes have paused; a later call replaces an earlier one still waiting. */
  saveLater(index: SearchIndex, content: ContentSet, filesStamp?: string): void {
    this.saves.schedule(() => this.write(index, contentFingerprint(content), filesStamp));
  }

  /** Writes a save still waiting now. */
  flush(): Promise<void> {
    return this.saves.flush();
  }

  /** Drops a save still waiting; a write under way finishes. */
  cancel(): void {
    this.saves.cancel();
  }
}

async function readSerialised(file: string): Promise<unknown> {
  try {
    return deserialize(await readFile(file));
  } catch {
    return undefined;
  }
}
