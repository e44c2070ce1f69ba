// Run in a fresh process by startupBench.ts: loads a content root the way the back end does and reports, as one
// JSON line, how long content and search index took. `cold` builds the index and writes it to the cache file;
// `warm` loads it from there instead; `memory` also reports what the loaded content and index hold.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadContent } from '../backend/content/loadContent';
import type { ContentSet } from '../core/model';
import { buildSearchIndex, SearchIndex } from '../core/search/SearchIndex';
import { settledMemory } from './measure';

export interface ProbeResult {
  contentMs: number;
  indexMs: number;
  totalMs: number;
  playbooks: number;
  documents: number;
  diagnostics: number;
  /** With `memory`: what the loaded content holds, and what the search index adds. */
  contentMemoryMB?: number;
  indexMemoryMB?: number;
}

async function probe(mode: string, root: string, cacheFile: string): Promise<ProbeResult> {
  const baseline = mode === 'memory' ? settledMemory() : 0;
  const start = performance.now();
  const content = await loadContent([root]);
  const loaded = performance.now();
  const contentMemory = mode === 'memory' ? settledMemory() : 0;
  const indexStart = performance.now();
  const index = mode === 'cold' ? buildSearchIndex(content) : loadIndex(cacheFile, content);
  const end = performance.now();
  if (mode === 'cold') writeFileSync(cacheFile, JSON.stringify(index.toJSON()));
  const memory = mode === 'memory' ? { contentMemoryMB: (contentMemory - baseline) / 1e6, indexMemoryMB: (settledMemory() - contentMemory) / 1e6 } : {};
  // Read after measuring, so content and index are both alive when memory is measured.
  return {
    contentMs: loaded - start,
    indexMs: end - indexStart,
    totalMs: loaded - start + (end - indexStart),
    playbooks: content.playbooks.length,
    documents: index.size,
    diagnostics: content.diagnostics.length,
    ...memory,
  };
}

/**
 * A function of its own: a temporary in the async probe's frame (the JSON text) would stay referenced from the
 * suspended frame and be counted as index memory.
 */
function loadIndex(cacheFile: string, content: ContentSet): SearchIndex {
  return SearchIndex.fromJSON(JSON.parse(readFileSync(cacheFile, 'utf8')), content);
}

const [mode = 'cold', root = '.', cacheFile = 'index.json'] = process.argv.slice(2);
probe(mode, root, cacheFile).then(
  (result) => console.log(JSON.stringify(result)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
