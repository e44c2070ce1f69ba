// Content for the commands that read it (check, stats, search), through a parse cache in the platform's cache
// folder: a content repository's CI over unchanged files reads and parses none of them again.
import { ParseCache } from '../backend/content/ParseCache';
import { loadContent } from '../backend/content/loadContent';
import type { ContentSet } from '../core/model';
import type { CliIo } from './io';

/** `cacheDir` undefined: no cache (`--no-cache`). A cache that cannot be written costs only a slower next run. */
export async function loadCliContent(roots: string[], cacheDir: string | undefined, io: CliIo): Promise<ContentSet> {
  const cache =
    cacheDir === undefined
      ? undefined
      : new ParseCache(cacheDir, { onError: (error) => io.err(`note: the parse cache in ${cacheDir} was not saved (${error instanceof Error ? error.message : String(error)})`) });
  const content = await loadContent(roots, { cache });
  await cache?.flush();
  return content;
}
