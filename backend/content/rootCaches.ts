// Caches a content root carries with it (`<root>/.pbt-cache/`), built when the app or a pack is built, so that the
// first start on that content is a warm one: the parse result of every file, keyed by a hash of the file's text,
// and the search index of the root's content with its documents. Nothing in them is trusted as it is: a parse
// result is used only for a file whose text has the same hash, and the index only for content with the same
// fingerprint (see openSearchIndex), so a cache that does not match the files costs a slower start, never a wrong
// one. The folder is hidden, so the loader never takes it for content.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { CONTENT_PARSE_VERSION, parseContentFile } from '../../core/content/parseContentFile';
import type { ParseResult } from '../../core/content/parseResult';
import type { ContentItem } from '../../core/model';
import { buildSearchIndex } from '../../core/search/SearchIndex';
import { writeFileAtomically } from '../files/writeFileAtomically';
import { contentFingerprint } from '../search/contentFingerprint';
import { SearchIndexCache } from '../search/SearchIndexCache';
import { listContentFiles, loadContent } from './loadContent';

export const ROOT_CACHE_DIR = '.pbt-cache';
const PARSE_FILE = 'parse-results.bin';
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
