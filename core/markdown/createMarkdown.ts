// The one Markdown setup of the app: playbooks, quiz texts, case narratives and search text all go through it.
// Raw HTML is off; every link and image passes `linkPolicy`, so the HTML is safe to inject as it is.
import MarkdownIt, { type Env, type StateCore, type Token } from 'markdown-it';
import cjkFriendly from 'markdown-it-cjk-friendly';
import container from 'markdown-it-container';
import taskLists from 'markdown-it-task-lists';
import { BLOCK_KINDS } from '../model';
import { assignAnchors, blockMeta, containerKind, inlineText, type BlockMeta } from './anchors';
import { joinsWithoutSpace } from './cjkText';
import { classifyLink, resolveImagePath, type LinkTarget } from './linkPolicy';
import { enforceMarkdownLimits, markdownLimitBreach, MAX_NESTING, type MarkdownLimitBreach } from './markdownLimits';

export type RenderContext = {
  /** Id of the playbook being rendered: `#anchor` links point inside it. */
  playbookId?: string;
  /** Path of the document relative to its content root (`/`-separated); relative image paths resolve against it. */
  documentPath?: string;
  /**
   * Returns the URL to show for an image, given its path relative to the content root (already checked to stay
   * inside the root), or null to refuse it. Without it every image is refused and shown as its alt text.
   */
  resolveImage?(rootPath: string): string | null;
  /** Whether a playbook id exists; internal links to others are marked `link-dangling`. */
  hasPlaybook?(id: string): boolean;
};

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, maxNesting: MAX_NESTING });
// Every URL reaches `applyLinkPolicy` / the image rule, which decide; refusing here would hide links from validation.
md.validateLink = () => true;
md.use(cjkFriendly);
// Each checkbox inside a <label> with its text, so a screen reader names the item it ticks.
md.use(taskLists, { enabled: false, label: true });
for (const kind of BLOCK_KINDS) md.use(container, kind, { render: renderContainer });
md.core.ruler.after('block', 'limits', enforceMarkdownLimits);
md.core.ruler.push('cjk_soft_breaks', removeCjkSoftBreaks);
md.core.ruler.push('anchors', assignAnchors);
md.core.ruler.push('link_policy', applyLinkPolicy);
md.core.ruler.push('empty_header_cells', emptyHeaderCellsAsData);
md.renderer.rules.image = renderImage;

function renderContainer(tokens: Token[], idx: number, _options: unknown, env: Env | undefined): string {
  const token = tokens[idx]!;
  const meta = blockMeta(token);
  const kind = meta?.kind ?? containerKind(token) ?? 'tactic';
  const titleHtml = meta?.titleMarkdown ? md.renderInline(meta.titleMarkdown, env) : '';
  if (kind === 'quote') {
    if (token.nesting === 1) return `<section class="block block-quote"${idAttr(meta)}><blockquote>\n`;
    return `</blockquote>${titleHtml ? `<p class="block-source">— ${titleHtml}</p>` : ''}</section>\n`;
  }
  if (token.nesting === -1) return '</section>\n';
  return `<section class="block block-${kind}"${idAttr(meta)}>${titleHtml ? `<p class="block-title">${titleHtml}</p>` : ''}\n`;
}

function attr(token: Token, name: string): string {
  return String(token.attrGet(name) ?? '');
}

function idAttr(meta: BlockMeta | undefined): string {
  return meta ? ` id="${md.utils.escapeHtml(meta.anchor)}"` : '';
}

/**
 * A table's empty corner cell (`| | A | B |`, above a column of row names) is a plain cell: a header cell without
 * text gives a screen reader nothing to announce for that column.
 */
function emptyHeaderCellsAsData(state: StateCore): void {
  const { tokens } = state;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.type !== 'th_open' || tokens[i + 1]!.content.trim() !== '' || tokens[i + 2]!.type !== 'th_close') continue;
    for (const token of [tokens[i]!, tokens[i + 2]!]) {
      token.type = token.type.replace('th_', 'td_');
      token.tag = 'td';
    }
  }
}

/** Chinese text wrapped over lines must not get a space at every line break. */
function removeCjkSoftBreaks(state: StateCore): void {
  for (const token of state.tokens) {
    const children = token.children ?? [];
    children.forEach((child, i) => {
      const before = children[i - 1];
      const after = children[i + 1];
      if (child.type === 'softbreak' && before?.type === 'text' && after?.type === 'text' && joinsWithoutSpace(before.content, after.content)) {
        child.type = 'text';
        child.content = '';
      }
    });
  }
}

function applyLinkPolicy(state: StateCore): void {
  const env = state.env as RenderContext;
  for (const token of state.tokens) {
    const opened: Token[] = [];
    for (const child of token.children ?? []) {
      if (child.type === 'link_open') {
        rewriteLink(child, env);
        opened.push(child);
      } else if (child.type === 'link_close') {
        child.tag = opened.pop()?.tag ?? 'a';
      }
    }
  }
}

// What each link was before the policy rewrote it, for validation (`scanMarkdown`).
const writtenLinks = new WeakMap<Token, { href: string; target: LinkTarget }>();

export function writtenLink(token: Token): { href: string; target: LinkTarget } | undefined {
  return writtenLinks.get(token);
}

function rewriteLink(token: Token, env: RenderContext): void {
  const href = attr(token, 'href');
  const target = classifyLink(href);
  writtenLinks.set(token, { href, target });
  const title = attr(token, 'title');
  token.attrs = title ? [['title', title]] : [];
  if (target.kind === 'external') {
    token.attrs.push(['href', target.href], ['class', 'link-external'], ['rel', 'noopener noreferrer'], ['target', '_blank']);
    return;
  }
  const playbook = target.kind === 'internal' ? (target.playbook ?? env.playbookId) : undefined;
  if (target.kind === 'refused' || !playbook) {
    token.tag = 'span';
    token.attrs = [['class', 'link-refused']];
    return;
  }
  const anchor = target.anchor;
  token.attrs.push(['href', `#/playbook/${playbook}${anchor ? `/${encodeURIComponent(anchor)}` : ''}`], ['data-playbook', playbook]);
  if (anchor) token.attrs.push(['data-anchor', anchor]);
  token.attrs.push(['class', env.hasPlaybook && !env.hasPlaybook(playbook) ? 'link-internal link-dangling' : 'link-internal']);
}

// A resolver's URL is trusted as an image source only if a browser cannot run it as script.
const UNSAFE_RESOLVED_URL = /^\s*(javascript|vbscript):|^\s*data:(?!image\/(png|jpeg|gif|webp);)/i;

function renderImage(tokens: Token[], idx: number, _options: unknown, env: Env | undefined): string {
  const token = tokens[idx]!;
  const ctx = (env ?? {}) as RenderContext;
  const alt = md.utils.escapeHtml(inlineText(token.children));
  const target = resolveImagePath(attr(token, 'src'), ctx.documentPath ?? '');
  const url = target.kind === 'relative' ? ctx.resolveImage?.(target.path) : null;
  if (!url || UNSAFE_RESOLVED_URL.test(url)) return `<span class="image-refused">${alt}</span>`;
  const title = attr(token, 'title');
  const titleAttr = title ? ` title="${md.utils.escapeHtml(title)}"` : '';
  return `<img src="${md.utils.escapeHtml(url)}" alt="${alt}"${titleAttr} loading="lazy">`;
}

/** Parses Markdown into tokens, anchors and link policy applied: what the content parser reads sections and blocks from. */
export function markdownTokens(markdown: string, ctx: RenderContext = {}): Token[] {
  return parseMarkdown(markdown, ctx).tokens;
}

/** The tokens of a document, or no tokens and the limit it passed (core/markdown/markdownLimits.ts). */
export function parseMarkdown(markdown: string, ctx: RenderContext = {}): { tokens: Token[]; breach?: MarkdownLimitBreach } {
  const env = { ...ctx };
  const tokens = md.parse(markdown, env);
  const breach = markdownLimitBreach(env);
  return breach ? { tokens, breach } : { tokens };
}

/** Sanitised HTML of a Markdown document. */
export function renderMarkdown(markdown: string, ctx: RenderContext = {}): string {
  return md.render(markdown, { ...ctx });
}

/** Sanitised HTML of a one-line text (option texts, titles): no paragraph around it. */
export function renderInline(markdown: string, ctx: RenderContext = {}): string {
  return md.renderInline(markdown, { ...ctx });
}

const BLOCK_ENDS = new Set(['paragraph_close', 'heading_close', 'list_item_close', 'blockquote_close', 'tr_close', 'th_close', 'td_close']);

/** The text a reader sees, without markup: for search and snippets. Blocks are separated by newlines. */
export function toPlainText(markdown: string): string {
  return plainTextOf(md.parse(markdown, {}));
}

/** The plain text of already-parsed tokens (a slice of a document's stream), so a playbook is parsed once. */
export function plainTextOf(tokens: Token[]): string {
  const parts: string[] = [];
  for (const token of tokens) {
    if (token.type === 'inline') parts.push(inlineText(token.children));
    else if (token.type === 'fence' || token.type === 'code_block') parts.push(token.content, '\n');
    else if (BLOCK_ENDS.has(token.type)) parts.push(token.type === 'th_close' || token.type === 'td_close' ? ' ' : '\n');
    else if (containerKind(token) && token.nesting === 1) {
      const title = blockMeta(token)?.title;
      if (title) parts.push(title, '\n');
    }
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
