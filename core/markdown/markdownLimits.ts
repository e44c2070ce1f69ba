// The most one Markdown document may hold. Checked on the block tokens, before inline parsing and the other
// rules, so a document over a limit costs one block pass and is then refused (see `markdownLimitBreach`).
import type { StateCore, Token } from 'markdown-it';
import { containerKind } from './anchors';

export const MAX_HEADINGS = 5_000;
export const MAX_CONTAINERS = 5_000;
/**
 * Levels of nesting markdown-it keeps (its `maxNesting`); a list and its item are a level each, so are a quote
 * and a `:::` block. Deeper content would be dropped silently, so a document that reaches it is refused instead.
 */
export const MAX_NESTING = 100;

export interface MarkdownLimitBreach {
  /** 0-based line of the document where the limit was passed. */
  line: number;
  message: string;
}

const breaches = new WeakMap<object, MarkdownLimitBreach>();

/** The limit a document parsed with `env` passed, if any (its tokens were then dropped). */
export function markdownLimitBreach(env: object): MarkdownLimitBreach | undefined {
  return breaches.get(env);
}

const count = (n: number) => n.toLocaleString('en-US');

/** A core rule to run right after `block`. */
export function enforceMarkdownLimits(state: StateCore): void {
  const breach = firstBreach(state.tokens);
  if (!breach) return;
  breaches.set(state.env as object, breach);
  state.tokens.length = 0;
}

function firstBreach(tokens: Token[]): MarkdownLimitBreach | undefined {
  let headings = 0;
  let containers = 0;
  let line = 0;
  for (const token of tokens) {
    line = token.map?.[0] ?? line;
    if (token.type === 'heading_open' && ++headings > MAX_HEADINGS) {
      return { line, message: `more than ${count(MAX_HEADINGS)} headings, the most one document may have; split it into several playbooks` };
    }
    if (token.nesting === 1 && containerKind(token) && ++containers > MAX_CONTAINERS) {
      return { line, message: `more than ${count(MAX_CONTAINERS)} ":::" blocks, the most one document may have; split it into several playbooks` };
    }
    // markdown-it stops reading a document whose nesting reaches its maxNesting: the rest would be lost.
    if (token.level >= MAX_NESTING - 1) {
      return { line, message: `lists, quotes or blocks here are nested deeper than ${MAX_NESTING} levels (each list, item, quote and block is one), the most a document may have; flatten them` };
    }
  }
  return undefined;
}
