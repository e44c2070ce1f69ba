// The three ways of answering a query that the benchmark compares: our engine, plain fuse.js over every
// document with the same fields and options (the baseline), and a String.includes scan (the floor).
import Fuse from 'fuse.js';
import type { ContentSet } from '../core/model';
import type { SearchDoc } from '../core/search/documents';
import { documentsOfContent } from '../core/search/documents';
import { fuseOptions, fuseTokens } from '../core/search/fuseRanking';
import { buildSearchIndex, SearchIndex } from '../core/search/SearchIndex';
import { elapsed } from './measure';

/** What a hit points at: `id#anchor`, or `id#` for a whole item. */
export type HitRef = string;

export interface Engine {
  search(query: string, limit: number): HitRef[];
}

export interface BuiltEngine {
  name: string;
  engine: Engine;
  buildMs: number;
  /** Serialised index size and the time to load it back, when the engine has one. */
  serialisedBytes: number | null;
  loadMs: number | null;
}

const refOf = (doc: { id: string; section: string | null }): HitRef => `${doc.id}#${doc.section ?? ''}`;

export function buildOurs(content: ContentSet): BuiltEngine {
  const built = elapsed(() => buildSearchIndex(content));
  const text = JSON.stringify(built.result.toJSON());
  const loaded = elapsed(() => SearchIndex.fromJSON(JSON.parse(text), content));
  return {
    name: 'ours',
    engine: oursOver(loaded.result),
    buildMs: built.ms,
    serialisedBytes: text.length,
    loadMs: loaded.ms,
  };
}

export function buildPlainFuse(content: ContentSet): BuiltEngine {
  const docs = documentsOfContent(content);
  const options = fuseOptions<SearchDoc>();
  const built = elapsed(() => new Fuse(docs, options));
  const text = JSON.stringify(built.result.getIndex().toJSON());
  const loaded = elapsed(() => new Fuse(docs, options, Fuse.parseIndex(JSON.parse(text))));
  return {
    name: 'fuse.js (plain)',
    engine: plainFuseOver(loaded.result),
    buildMs: built.ms,
    serialisedBytes: text.length,
    loadMs: loaded.ms,
  };
}

export function buildIncludesScan(content: ContentSet): BuiltEngine {
  const docs = documentsOfContent(content);
  const built = elapsed(() => docs.map((d) => `${d.title}\n${d.tags.join(' ')}\n${d.body}`.toLowerCase()));
  return {
    name: 'String.includes',
    engine: includesOver(docs, built.result),
    buildMs: built.ms,
    serialisedBytes: null,
    loadMs: null,
  };
}

// Engines are made in functions of their own so their closures hold only the engine: a closure sharing the
// builder's scope would also keep the serialised JSON alive and inflate the measured heap.

function oursOver(index: SearchIndex): Engine {
  return { search: (query, limit) => index.search(query, { limit }).map(refOf) };
}

function plainFuseOver(fuse: Fuse<SearchDoc>): Engine {
  return { search: (query, limit) => fuse.search(fuseTokens(query).join(' '), { limit }).map((r) => refOf(r.item)) };
}

function includesOver(docs: readonly SearchDoc[], haystacks: readonly string[]): Engine {
  return {
    search(query, limit) {
      const tokens = fuseTokens(query);
      const found: HitRef[] = [];
      haystacks.forEach((text, i) => {
        if (tokens.every((token) => text.includes(token))) found.push(refOf(docs[i] as SearchDoc));
      });
      return found.slice(0, limit);
    },
  };
}
