// Gives `## ` headings and `:::` containers their anchors, in the token stream itself, so the renderer
// (which writes them as `id`s) and the playbook parser (which stores them on sections and blocks) cannot disagree.
import type { StateCore, Token } from 'markdown-it';
import { BLOCK_KINDS, type BlockKind } from '../model';
import { slugify } from './slugify';
import { UniqueNames } from './uniqueNames';

/** Stored in `token.meta` of a section's `heading_open`. */
export interface HeadingMeta {
  anchor: string;
  title: string;
  /** The anchor the heading asked for before de-duplication, when it had to be changed. */
  duplicate?: string;
  /** The heading gave no usable anchor (only punctuation), so a numbered one was made up. */
  generated?: boolean;
}

/** Stored in `token.meta` of a container's open and close tokens. */
export interface BlockMeta {
  kind: BlockKind;
  /** Title as written (Markdown). */
  titleMarkdown: string;
  /** Title as plain text. */
  title: string;
  anchor: string;
  section: string;
}

export const SECTION_TAG = 'h2';

// Kept beside the tokens rather than in `token.meta`, whose type is an untyped record.
const headings = new WeakMap<Token, HeadingMeta>();
const blocks = new WeakMap<Token, BlockMeta>();

export function headingMeta(token: Token): HeadingMeta | undefined {
  return headings.get(token);
}
export function blockMeta(token: Token): BlockMeta | undefined {
  return blocks.get(token);
}
const EXPLICIT_ANCHOR = /\s*\{#([^\s{}]+)\}\s*$/u;

/** Plain text of inline tokens (for titles and search text). Soft breaks left between CJK text are already empty. */
export function inlineText(children: Token[] | null): string {
  let text = '';
  for (const child of children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'image') text += inlineText(child.children);
    else if (child.type === 'softbreak') text += ' ';
    else if (child.type === 'hardbreak') text += '\n';
  }
  return text;
}

/** Removes a trailing `{#anchor}` from a heading's inline tokens and returns the anchor it named. */
function takeExplicitAnchor(inline: Token): string | undefined {
  const last = inline.children?.at(-1);
  const match = last?.type === 'text' ? EXPLICIT_ANCHOR.exec(last.content) : null;
  if (!last || !match) return undefined;
  last.content = last.content.slice(0, match.index);
  inline.content = inline.content.replace(EXPLICIT_ANCHOR, '');
  return match[1];
}

export function containerKind(token: Token): BlockKind | undefined {
  const match = /^container_(\w+)_(open|close)$/.exec(token.type);
  return BLOCK_KINDS.find((kind) => kind === match?.[1]);
}

export function assignAnchors(state: StateCore): void {
  const anchors = new UniqueNames();
  const unique = (base: string): string => anchors.take(base);
  const inlineTitle = (markdown: string): string => {
    const tokens = state.md.parseInline(markdown, {});
    return inlineText(tokens[0]?.children ?? null).trim();
  };
  const tokens = state.tokens;
  const openBlocks: BlockMeta[] = [];
  let section = '';
  let sectionCount = 0;
  tokens.forEach((token, i) => {
    const inline = tokens[i + 1];
    if (token.type === 'heading_open' && token.tag === SECTION_TAG && inline) {
      sectionCount++;
      const explicit = takeExplicitAnchor(inline);
      const title = inlineText(inline.children).trim();
      const wanted = explicit ?? slugify(title);
      const base = wanted || `section-${sectionCount}`;
      const anchor = unique(base);
      const meta: HeadingMeta = { anchor, title };
      if (anchor !== base) meta.duplicate = base;
      if (!wanted) meta.generated = true;
      headings.set(token, meta);
      token.attrSet('id', anchor);
      section = anchor;
      return;
    }
    const kind = containerKind(token);
    if (!kind) return;
    if (token.nesting === 1) {
      const titleMarkdown = token.info.trim().slice(kind.length).trim();
      const title = inlineTitle(titleMarkdown);
      const meta: BlockMeta = { kind, titleMarkdown, title, section, anchor: unique(`${section}--${slugify(title) || kind}`) };
      blocks.set(token, meta);
      openBlocks.push(meta);
    } else {
      const meta = openBlocks.pop();
      if (meta) blocks.set(token, meta);
    }
  });
}
