// Parse results kept in the data folder, so a start whose content files did not change reads and parses none of
// them (parsing is most of a start: about 1.3 s of CPU for 1,000 playbooks, against tens of ms to load the cache).
// An entry is used only for the same file with the same size and modification time as when it was parsed, and
// only by the parsers of the same CONTENT_PARSE_VERSION. A cache that cannot be read is treated as absent.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { CONTENT_PARSE_VERSION } from '../../core/content/parseContentFile';
import type { ParseResult } from '../../core/content/parseResult';
import type { ContentItem } from '../../core/model';
import { DelayedSave } from '../files/DelayedSave';
import { writeFileAtomically } from '../packs/writeFileAtomically';

export const PARSE_CACHE_FILE = 'content-cache.bin';
const FORMAT = 'playbook-trainer-parse-cache/1';
const SAVE_DELAY_MS = 2000;


/** What tells a file's text changed without reading it. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

interface Entry extends FileStamp {
  result: ParseResult<ContentItem>;
}

interface CacheFile {
  format: typeof FORMAT;
  parseVersion: number;
  /** By cacheKey(root, file): the same file read under another root has another source, so another result. */
  entries: Map<string, Entry>;
}

export interface ParseCacheOptions {
  saveDelayMs?: number;
  /** Where failed saves are reported (they cost only a slower next start). */
  onError?: (error: unknown) => void;
}

export class ParseCache {
  private readonly saves: DelayedSave;
  /** Entries changed since the cache was read or last saved. */
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly entries: Map<string, Entry>,
    options: ParseCacheOptions,
  ) {
    this.saves = new DelayedSave(options.saveDelayMs ?? SAVE_DELAY_MS, options.onError ?? ((error) => console.error('Saving the content cache failed:', error)));
  }

  /** The cache in `dataDir`; empty when there is none or it is unreadable, of another format or parser version. */
  static async open(dataDir: string, options: ParseCacheOptions = {}): Promise<ParseCache> {
    const file = path.join(path.resolve(dataDir), PARSE_CACHE_FILE);
    const stored = (await readFile(file).then(deserialize).catch(() => undefined)) as Partial<CacheFile> | undefined;
    const usable = stored?.format === FORMAT && stored.parseVersion === CONTENT_PARSE_VERSION && stored.entries instanceof Map;
    return new ParseCache(file, usable ? stored.entries! : new Map(), options);
  }

  /** The result parsed from this file when it had this stamp; undefined when it has changed or was never parsed. */
  get(root: string, file: string, stamp: FileStamp): ParseResult<ContentItem> | undefined {
    const entry = this.entries.get(cacheKey(root, file));
    return entry && entry.size === stamp.size && entry.mtimeMs === stamp.mtimeMs ? entry.result : undefined;
  }

  set(root: string, file: string, stamp: FileStamp, result: ParseResult<ContentItem>): void {
    this.entries.set(cacheKey(root, file), { size: stamp.size, mtimeMs: stamp.mtimeMs, result });
    this.changed = true;
  }

  delete(root: string, file: string): void {
    this.changed = this.entries.delete(cacheKey(root, file)) || this.changed;
  }

  /** Forgets the files of `root` that are not in `files` (deleted while the app was not running). */
  keepOnly(root: string, files: ReadonlySet<string>): void {
    const prefix = cacheKey(root, '');
    for (const key of this.entries.keys()) {
      if (key.startsWith(prefix) && !files.has(key.slice(prefix.length))) this.delete(root, key.slice(prefix.length));
    }
  }

  /** Saves, if anything changed, once changes have paused. */
  saveLater(): void {
    if (this.changed) this.saves.schedule(() => this.save());
  }

  /** Writes the cache now, after any write under way. */
  save(): Promise<void> {
    // Serialised at once: entries change with the next edit.
    const data = serialize({ format: FORMAT, parseVersion: CONTENT_PARSE_VERSION, entries: this.entries } satisfies CacheFile);
    this.changed = false;
    return this.saves.write(() => writeFileAtomically(this.file, data));
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

function cacheKey(root: string, file: string): string {
  return `${root}\0${file}`;
}
