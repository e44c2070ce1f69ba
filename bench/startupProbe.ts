// Run in a fresh process by startupBench.ts: opens the back end the way the hosts do (openBackend: content with its
// parse cache, the search index with its cache, the progress store) on a content root and a data folder, and
// reports as one JSON line how long opening took and the first search after it. With `memory` it also reports
// what the open back end holds. Closing writes the caches, which the next run on the same data folder loads.
// `index` times the search index step of a start alone (openSearchIndex over the content, from its cache).
// `write-root-caches` writes the caches the content root carries (what `pbt cache` does when the app is built).
import { ContentRepository } from '../backend/content/loadContent';
import { ParseCache } from '../backend/content/ParseCache';
import { writeRootCaches } from '../backend/content/rootCaches';
import { openBackend } from '../backend/openBackend';
import { openSearchIndex, type SearchIndexOrigin } from '../backend/search/openSearchIndex';
import { SearchIndexCache } from '../backend/search/SearchIndexCache';
import { settledMemory } from './measure';

export interface ProbeResult {
  /** From calling openBackend to the back end answering: content loaded, search index ready. */
  openMs: number;
  firstSearchMs: number;
  hits: number;
  diagnostics: number;
  /** With `memory`: heap and array buffers the open back end holds. */
  memoryMB?: number;
}

export interface IndexProbeResult {
  indexMs: number;
  origin: SearchIndexOrigin;
  documents: number;
}

/** A word of every generated topic's text, in both languages' playbooks. */
const FIRST_QUERY = '客户';

async function probe(mode: string, root: string, dataDir: string): Promise<ProbeResult> {
  const baseline = mode === 'memory' ? settledMemory() : 0;
  const start = performance.now();
  const backend = await openBackend({ contentRoots: [root], dataDir, workspace: null });
  const opened = performance.now();
  const hits = await backend.api.search({ query: FIRST_QUERY });
  const searched = performance.now();
  const memory = mode === 'memory' ? { memoryMB: (settledMemory() - baseline) / 1e6 } : {};
  const diagnostics = (await backend.api.getDiagnostics({})).length;
  await backend.close();
  return { openMs: opened - start, firstSearchMs: searched - opened, hits: hits.length, diagnostics, ...memory };
}

async function probeIndex(root: string, dataDir: string): Promise<IndexProbeResult> {
  const repository = await ContentRepository.open([root], { cache: new ParseCache(dataDir) });
  const cache = new SearchIndexCache(dataDir);
  const start = performance.now();
  const { index, origin } = await openSearchIndex(repository.content, cache, { filesStamp: repository.filesStamp });
  const indexMs = performance.now() - start;
  cache.cancel();
  return { indexMs, origin, documents: index.size };
}

const [mode = 'start', root = '.', dataDir = 'data'] = process.argv.slice(2);
async function probeWriteRootCaches(root: string, dataDir: string): Promise<ProbeResult> {
  await writeRootCaches(root);
  // What the start-up probes check: the content loads without diagnostics and answers a search.
  return probe('start', root, `${dataDir}-check-root-caches`);
}

const PROBES: Record<string, (root: string, dataDir: string) => Promise<unknown>> = {
  index: probeIndex,
  'write-root-caches': probeWriteRootCaches,
};
(PROBES[mode]?.(root, dataDir) ?? probe(mode, root, dataDir)).then(
  (result) => console.log(JSON.stringify(result)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
