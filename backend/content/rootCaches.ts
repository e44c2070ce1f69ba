// Caches a content root carries with it (`<root>/.pbt-cache/`), built when the app or a pack is built, so that the
// first start on that content is a warm one: the parse result of every file, keyed by a hash of the file's text,
// and the search index of the root's content with its documents. Nothing in them is trusted as it is: a parse
// result is used only for a file whose text has the same hash, and the index only for content with the same
// fingerprint (see openSearchIndex), so a cache that does not match the files costs a slower start, never a wrong
// one. The folder is hidden, so the loader never takes it for content.
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { CONTENT_PARSE_VERSION, parseContentFile } from '../../core/content/parseContentFile';
import type { ParseResult } from '../../core/content/parseResult';
import type { ContentItem } from '../../core/model';
import { buildSearchIndex } from '../../core/search/SearchIndex';
import { writeFileAtomically } from '../files/writeFileAtomically';
import { contentFingerprint } from '../search/contentFingerprint';
import { SEARCH_DOCUMENTS_FILE, SEARCH_INDEX_FILE, SearchIndexCache } from '../search/SearchIndexCache';
import { listContentFiles, loadContent } from './loadContent';

export const ROOT_CACHE_DIR = '.pbt-cache';
const PARSE_FILE = 'parse-results.bin';
/** Every file a root's cache folder holds; a pack carries these and nothing else from it. */
export const ROOT_CACHE_FILES = [PARSE_FILE, SEARCH_INDEX_FILE, SEARCH_DOCUMENTS_FILE] as const;
const FORMAT = 'playbook-trainer-root-parse-cache/1';
/** Stands for the root in stored results, which name their files by absolute path. */
const STORED_ROOT = '/content-root';

interface StoredParseResults {
  format: typeof FORMAT;
  parseVersion: number;
  /** By `/`-separated path inside the root. */
  entries: Map<string, { sha256: string; result: ParseResult<ContentItem> }>;
}

/** Parses every content file of `root` and writes its caches; returns how many files and index items they hold. */
export async function writeRootCaches(root: string): Promise<{ files: number; indexedItems: number }> {
  const absoluteRoot = path.resolve(root);
  const dir = path.join(absoluteRoot, ROOT_CACHE_DIR);
  const entries: StoredParseResults['entries'] = new Map();
  for (const { absolute, inRoot, kind } of await listContentFiles(absoluteRoot)) {
    const text = await readFile(absolute, 'utf8');
    const result = parseContentFile(kind, text, { root: absoluteRoot, file: absolute });
    entries.set(inRoot, { sha256: sha256(text), result: relocate(result, absoluteRoot, STORED_ROOT, '/') });
  }
  await writeFileAtomically(path.join(dir, PARSE_FILE), serialize({ format: FORMAT, parseVersion: CONTENT_PARSE_VERSION, entries } satisfies StoredParseResults));
  const content = await loadContent([absoluteRoot]);
  const fingerprint = contentFingerprint(content);
  await new SearchIndexCache(dir).write(buildSearchIndex(content), fingerprint);
  return { files: entries.size, indexedItems: fingerprint.items.length };
}

export interface VerifiedCaches {
  /** Parse results kept: made from exactly the file they name, and equal to parsing it now. */
  kept: number;
  /** Parse results dropped: for a file that is not there, of another text, or not what parsing the file gives. */
  dropped: number;
  /** The carried search index was kept: it is the index built from the root's content now. */
  index: boolean;
}

/**
 * Keeps of the caches a root received from elsewhere (a pack, a content channel) only what its own files give:
 * every file is parsed and compared with its stored result, and the search index with one built from the content.
 * Whatever differs is removed, so a tampered or stale cache costs a slower start and never serves wrong content.
 */
export async function verifyRootCaches(root: string): Promise<VerifiedCaches> {
  const absoluteRoot = path.resolve(root);
  const dir = path.join(absoluteRoot, ROOT_CACHE_DIR);
  const carried = await RootParseResults.read(absoluteRoot);
  const entries: StoredParseResults['entries'] = new Map();
  for (const { absolute, inRoot, kind } of await listContentFiles(absoluteRoot)) {
    const text = await readFile(absolute, 'utf8');
    const stored = carried.resultFor(absolute, text);
    if (stored && isDeepStrictEqual(stored, parseContentFile(kind, text, { root: absoluteRoot, file: absolute }))) {
      entries.set(inRoot, { sha256: sha256(text), result: relocate(stored, absoluteRoot, STORED_ROOT, '/') });
    }
  }
  if (entries.size > 0) await writeFileAtomically(path.join(dir, PARSE_FILE), serialize({ format: FORMAT, parseVersion: CONTENT_PARSE_VERSION, entries } satisfies StoredParseResults));
  else await rm(path.join(dir, PARSE_FILE), { force: true });
  const index = await verifyCarriedIndex(absoluteRoot);
  if (!index) await Promise.all([SEARCH_INDEX_FILE, SEARCH_DOCUMENTS_FILE].map((file) => rm(path.join(dir, file), { force: true })));
  return { kept: entries.size, dropped: carried.size - entries.size, index };
}

/** True when the root carries the search index of exactly its content, as building it now would make it. */
async function verifyCarriedIndex(root: string): Promise<boolean> {
  const cache = rootSearchCache(root);
  const cached = await cache.read();
  if (!cached) return false;
  const content = await loadContent([root]);
  const fingerprint = contentFingerprint(content);
  if (cached.fingerprint !== fingerprint.hash || !isDeepStrictEqual(cached.index, buildSearchIndex(content).toJSON())) return false;
  const documents = await cache.readDocuments();
  return fingerprint.items.every(({ key, documents: now }) => documents?.get(key) === JSON.stringify(now));
}

/** The search index a content root carries, read like the data folder's own cache. */
export function rootSearchCache(root: string): SearchIndexCache {
  return new SearchIndexCache(path.join(path.resolve(root), ROOT_CACHE_DIR));
}

/** The parse results a content root carries; empty when it has none, or of another format or parser version. */
export class RootParseResults {
  private constructor(
    private readonly root: string,
    private readonly entries: StoredParseResults['entries'],
  ) {}

  static async read(root: string): Promise<RootParseResults> {
    const stored = (await readFile(path.join(root, ROOT_CACHE_DIR, PARSE_FILE)).then(deserialize).catch(() => undefined)) as Partial<StoredParseResults> | undefined;
    const usable = stored?.format === FORMAT && stored.parseVersion === CONTENT_PARSE_VERSION && stored.entries instanceof Map;
    return new RootParseResults(root, usable ? stored.entries! : new Map());
  }

  get size(): number {
    return this.entries.size;
  }

  /** The stored result for this file, if it was made from exactly this text. */
  resultFor(file: string, text: string): ParseResult<ContentItem> | undefined {
    const entry = this.entries.get(path.relative(this.root, file).split(path.sep).join('/'));
    return entry && entry.sha256 === sha256(text) ? relocate(entry.result, STORED_ROOT, this.root, path.sep) : undefined;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A copy of `value` whose paths under `from` are under `to`, joined with `sep` (results name files by absolute path). */
function relocate<T>(value: T, from: string, to: string, sep: string): T {
  const move = (text: string): string => {
    if (text === from) return to;
    if (!text.startsWith(`${from}/`) && !text.startsWith(`${from}\\`)) return text;
    return [to, ...text.slice(from.length + 1).split(/[\\/]/)].join(sep);
  };
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return move(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype) {
      return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, walk(item)]));
    }
    return node;
  };
  return walk(value) as T;
}
