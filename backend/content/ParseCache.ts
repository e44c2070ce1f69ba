// Parse results kept in the data folder, so a start whose content files did not change reads and parses none of
// them (parsing is most of a start: about 1.3 s of CPU for 1,000 playbooks, against tens of ms to load the cache).
// An entry is used only for the same file with the same size and modification time as when it was parsed, and
// only by the parsers of the same CONTENT_PARSE_VERSION. Each content root has its own cache file, read only when
// that root is opened: a workspace used once does not weigh on every later start. A cache file that cannot be
// read is treated as absent. Where the data folder has no cache of a root yet (a first start), the parse results
// the root carries itself (rootCaches.ts) are used for the files whose text they were made from.
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { CONTENT_PARSE_VERSION } from '../../core/content/parseContentFile';
import type { ParseResult } from '../../core/content/parseResult';
import type { ContentItem } from '../../core/model';
import { DelayedSave } from '../files/DelayedSave';
import { writeFileAtomically } from '../files/writeFileAtomically';
import { RootParseResults } from './rootCaches';

export const PARSE_CACHE_DIR = 'content-cache';
const FORMAT = 'playbook-trainer-parse-cache/2';
const SAVE_DELAY_MS = 2000;

/** What tells a file's text changed without reading it. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

interface Entry extends FileStamp {
  result: ParseResult<ContentItem>;
}

/** The parse results of one content root's files, by absolute path. */
interface RootCache {
  entries: Map<string, Entry>;
  /** Changed since it was read or last saved. */
  changed: boolean;
  /** What the root carries, read when the data folder had no cache of it. */
  carried?: RootParseResults;
}

interface CacheFile {
  format: typeof FORMAT;
  parseVersion: number;
  /** The root the entries belong to (the file name is only a hash of it). */
  root: string;
  entries: Map<string, Entry>;
}

export interface ParseCacheOptions {
  saveDelayMs?: number;
  /** Where failed saves are reported (they cost only a slower next start). */
  onError?: (error: unknown) => void;
}

export class ParseCache {
  private readonly dir: string;
  private readonly roots = new Map<string, RootCache>();
  private readonly saves: DelayedSave;

  constructor(dataDir: string, options: ParseCacheOptions = {}) {
    this.dir = path.join(path.resolve(dataDir), PARSE_CACHE_DIR);
    this.saves = new DelayedSave(options.saveDelayMs ?? SAVE_DELAY_MS, options.onError ?? ((error) => console.error('Saving the content cache failed:', error)));
  }

  /** Reads the cache of `root` (once); an unreadable one, or one of another format or parser version, starts empty. */
  async load(root: string): Promise<void> {
    if (this.roots.has(root)) return;
    const stored = (await readFile(this.fileOf(root)).then(deserialize).catch(() => undefined)) as Partial<CacheFile> | undefined;
    const usable = stored?.format === FORMAT && stored.parseVersion === CONTENT_PARSE_VERSION && stored.root === root && stored.entries instanceof Map;
    const carried = usable ? undefined : await RootParseResults.read(root);
    // Another load of the same root may have finished meanwhile.
    if (!this.roots.has(root)) this.roots.set(root, { entries: usable ? stored.entries! : new Map(), changed: false, ...(carried?.size ? { carried } : {}) });
  }

  /** The parse result the root carries for this file, if made from exactly this text (first starts only). */
  carriedResult(root: string, file: string, text: string): ParseResult<ContentItem> | undefined {
    return this.roots.get(root)?.carried?.resultFor(file, text);
  }

  /** The result parsed from this file when it had this stamp; undefined when it has changed, was never parsed or its root is not loaded. */
  get(root: string, file: string, stamp: FileStamp): ParseResult<ContentItem> | undefined {
    const entry = this.roots.get(root)?.entries.get(file);
    return entry && entry.size === stamp.size && entry.mtimeMs === stamp.mtimeMs ? entry.result : undefined;
  }

  set(root: string, file: string, stamp: FileStamp, result: ParseResult<ContentItem>): void {
    const cache = this.rootCache(root);
    cache.entries.set(file, { size: stamp.size, mtimeMs: stamp.mtimeMs, result });
    cache.changed = true;
  }

  delete(root: string, file: string): void {
    const cache = this.roots.get(root);
    if (cache?.entries.delete(file)) cache.changed = true;
  }

  /** Forgets the files of `root` that are not in `files` (deleted while the app was not running). */
  keepOnly(root: string, files: ReadonlySet<string>): void {
    for (const file of [...(this.roots.get(root)?.entries.keys() ?? [])]) if (!files.has(file)) this.delete(root, file);
  }

  /** Saves what changed, once changes have paused. */
  saveLater(): void {
    if ([...this.roots.values()].some((cache) => cache.changed)) this.saves.schedule(() => this.save());
  }

  /** Writes the changed roots' caches now, after any write under way. */
  save(): Promise<void> {
    // Serialised at once: entries change with the next edit.
    const files = [...this.roots].flatMap(([root, cache]): [string, Uint8Array][] => {
      if (!cache.changed) return [];
      cache.changed = false;
      return [[this.fileOf(root), serialize({ format: FORMAT, parseVersion: CONTENT_PARSE_VERSION, root, entries: cache.entries } satisfies CacheFile)]];
    });
    return this.saves.write(async () => {
      for (const [file, data] of files) await writeFileAtomically(file, data);
    });
  }

  /** Forgets a content root that is gone for good (an old version of the content channel), with its cache file. */
  async forget(root: string): Promise<void> {
    this.roots.delete(root);
    await rm(this.fileOf(root), { force: true });
  }

  /** Writes a save still waiting now. */
  flush(): Promise<void> {
    return this.saves.flush();
  }

  /** Drops a save still waiting; a write under way finishes. */
  cancel(): void {
    this.saves.cancel();
  }

  private rootCache(root: string): RootCache {
    let cache = this.roots.get(root);
    if (!cache) this.roots.set(root, (cache = { entries: new Map(), changed: false }));
    return cache;
  }

  private fileOf(root: string): string {
    return path.join(this.dir, `${createHash('sha256').update(root).digest('hex').slice(0, 32)}.bin`);
  }
}
