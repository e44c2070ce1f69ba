// The one fuse.js configuration used to rank search documents, shared by the engine (over its candidates)
// and by the benchmark's plain-fuse baseline (over everything), so the two are compared like for like.
import type { IFuseOptions } from 'fuse.js';
import { FIELDS } from './PostingIndex';

/** The fields fuse.js reads, named as in FIELDS. */
export interface RankedFields {
  title: string;
  tags: readonly string[];
  body: string;
  situations: readonly string[];
}

/** A section or tactic title and its situations outweigh tags, which outweigh the body (in FIELDS order). */
export const FIELD_WEIGHTS: readonly number[] = [3, 2, 1, 3];

const FUSE_OPTIONS = {
  keys: FIELDS.map((name, field) => ({ name, weight: FIELD_WEIGHTS[field] as number })),
  includeMatches: true,
  includeScore: true,
  // Without this, fuse.js only looks around `location` (0) within `distance` (100): a word more than about
  // 60 characters into a section would never match.
  ignoreLocation: true,
  // Space-separated words must all match, each fuzzily (plain fuse.js treats the query as one pattern).
  useExtendedSearch: true,
  threshold: 0.4,
} as const;

export function fuseOptions<T extends RankedFields>(): IFuseOptions<T> {
  return FUSE_OPTIONS;
}

const OPERATOR_PREFIX = /^[=!^']+/;
const OPERATOR_SUFFIX = /\$+$/;

/**
 * The query as fuse.js extended-search tokens: whitespace-separated words with the extended-search operators
 * (`=`, `'`, `!`, `^`, `$`, `|`, quotes) removed, so typed punctuation never turns into an operator.
 */
export function fuseTokens(query: string): string[] {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[|"]/g, ' ')
    .split(/\s+/)
    .map((token) => token.replace(OPERATOR_PREFIX, '').replace(OPERATOR_SUFFIX, ''))
    .filter((token) => token.length > 0);
}
