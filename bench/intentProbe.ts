// Run in a fresh process by intentBench.ts: builds the index of the shipped pack, then times the very first
// search (cold JIT: nothing of the query path has run yet). Prints one JSON line.
import { defaultContentRoots, loadContent } from '../backend/content/loadContent';
import { SearchIndex } from '../core/search/SearchIndex';

const query = process.argv[2] ?? '';
const index = SearchIndex.build(await loadContent(defaultContentRoots()));
const start = performance.now();
const hits = index.search(query, { limit: 12 });
const ms = performance.now() - start;
console.log(JSON.stringify({ query, ms, hits: hits.length }));
