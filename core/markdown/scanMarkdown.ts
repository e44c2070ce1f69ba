// Finds what content validation checks in a Markdown text — links, images, raw HTML — with their positions.
// markdown-it only maps blocks to lines, so a link's column is found by looking for it in its block's source.
import type { Token } from 'markdown-it';
import { parseMarkdown, writtenLink } from './createMarkdown';
import type { MarkdownLimitBreach } from './markdownLimits';
import { resolveImagePath, safeDecode, type ImageTarget, type LinkTarget } from './linkPolicy';

export interface MarkdownPosition {
  /** 0-based line within the Markdown text. */
  line: number;
  /** 1-based column. */
  column: number;
}

export type MarkdownReference = MarkdownPosition &
  ({ kind: 'link'; href: string; target: LinkTarget } | { kind: 'image'; href: string; target: ImageTarget });

export interface MarkdownScan {
  references: MarkdownReference[];
  /** Raw HTML tags, which the app shows as text. */
  rawHtml: (MarkdownPosition & { tag: string })[];
  /** The limit the text passed (core/markdown/markdownLimits.ts); nothing else was scanned then. */
  breach?: MarkdownLimitBreach;
}

// Opening tags only: the closing tag of the same element would just repeat the warning.
const RAW_TAG = /<[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;

/** `parsed`: the tokens, when the caller has already parsed `markdown` (and checked its limits). */
export function scanMarkdown(markdown: string, documentPath: string, parsed?: Token[]): MarkdownScan {
  const { tokens, breach } = parsed ? { tokens: parsed, breach: undefined } : parseMarkdown(markdown);
  const lines = markdown.split('\n');
  const scan: MarkdownScan = { references: [], rawHtml: [], ...(breach ? { breach } : {}) };
  for (const token of tokens) {
    if (token.type !== 'inline' || !token.map) continue;
    const finder = new BlockFinder(lines, token.map[0], token.map[1]);
    token.children?.forEach((child, i, children) => scanInline(child, children[i + 1], finder, documentPath, scan));
  }
  return scan;
}

function scanInline(child: Token, next: Token | undefined, finder: BlockFinder, documentPath: string, scan: MarkdownScan): void {
  const written = child.type === 'link_open' ? writtenLink(child) : undefined;
  if (written) {
    // An entity-encoded URL (`javascript&#58;…`) is not in the source as parsed; its label still is.
    const label = next?.type === 'text' ? `[${next.content}](` : '';
    scan.references.push({ kind: 'link', href: written.href, target: written.target, ...finder.find([written.href, safeDecode(written.href), label]) });
  } else if (child.type === 'image') {
    const src = String(child.attrGet('src') ?? '');
    scan.references.push({ kind: 'image', href: src, target: resolveImagePath(src, documentPath), ...finder.find([src, safeDecode(src)]) });
  } else if (child.type === 'text') {
    for (const match of child.content.matchAll(RAW_TAG)) scan.rawHtml.push({ tag: match[0], ...finder.find([match[0]]) });
  }
}

/** Locates successive pieces of text inside the source lines of one block, in reading order. */
class BlockFinder {
  private readonly text: string;
  private cursor = 0;

  constructor(
    private readonly lines: string[],
    private readonly firstLine: number,
    lastLine: number,
  ) {
    this.text = lines.slice(firstLine, lastLine).join('\n');
  }

  /** The first of `needles` found after the previous find; the block's first line when none is. */
  find(needles: string[]): MarkdownPosition {
    for (const needle of needles) {
      const index = needle ? this.text.indexOf(needle, this.cursor) : -1;
      if (index >= 0) {
        this.cursor = index + needle.length;
        return this.positionOf(index);
      }
    }
    return { line: this.firstLine, column: (this.lines[this.firstLine]?.search(/\S/) ?? 0) + 1 };
  }

  private positionOf(index: number): MarkdownPosition {
    const before = this.text.slice(0, index).split('\n');
    return { line: this.firstLine + before.length - 1, column: before.at(-1)!.length + 1 };
  }
}
