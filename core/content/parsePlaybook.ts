import type { Token } from 'markdown-it';
import { BLOCK_KINDS, type BeyondNote, type Block, type Diagnostic, type Playbook, type Section } from '../model';
import { blockMeta, headingMeta } from '../markdown/anchors';
import { parseMarkdown, plainTextOf } from '../markdown/createMarkdown';
import { scanMarkdown } from '../markdown/scanMarkdown';
import { checkShape } from './checkShape';
import { detachedCopy } from './detachedCopy';
import { didYouMean } from './nearestName';
import { splitFrontMatter } from './frontMatter';
import { bodyLinesOf, LineOffsets } from './playbookBody';
import { parseResult, pathInRoot, referenceAt, type ContentReference, type ContentSource, type ParseResult } from './parseResult';
import { playbookFrontMatter } from './schemas';
import { exactFingerprint, textFingerprint } from './textFingerprint';
import { YamlSource } from './yamlSource';

const CONTAINER_CLOSE = /^\s*:{3,}\s*$/;
const CONTAINER_LIKE = /^(\s*):{3,}\s*([^\s:]+)/;

/** A playbook file's front matter, sections and blocks, and what is wrong with it. The result holds none of `text`. */
export function parsePlaybook(text: string, source: ContentSource): ParseResult<Playbook> {
  return detachedCopy(readPlaybook(text, source));
}

function readPlaybook(text: string, source: ContentSource): ParseResult<Playbook> {
  const diagnostics: Diagnostic[] = [];
  const at = (line: number, column: number, severity: Diagnostic['severity'], message: string) =>
    diagnostics.push({ file: source.file, line, column, severity, message });

  const split = splitFrontMatter(text);
  if (!split.ok) {
    const problem = split.problem === 'unclosed' ? 'the front matter opened here is never closed with a "---" line' : 'a playbook starts with YAML front matter between two "---" lines (id, title, lang)';
    at(1, 1, 'error', problem);
    return { diagnostics };
  }
  const yaml = YamlSource.parse(split.yaml, source.file, 1);
  diagnostics.push(...yaml.diagnostics);
  const front = yaml.hasErrors ? undefined : checkShape(yaml, playbookFrontMatter, yaml.data ?? {});
  diagnostics.push(...(front?.diagnostics ?? []));

  const bodyLine = split.end + 2;
  const bodyLines = bodyLinesOf(split);
  const body = bodyLines.join('\n');
  const documentPath = pathInRoot(source);
  const { tokens, breach } = parseMarkdown(body, { playbookId: front?.value?.id, documentPath });
  if (breach) {
    at(bodyLine + breach.line, 1, 'error', `${breach.message}; this playbook is not loaded`);
    return { diagnostics: sorted(diagnostics) };
  }
  const layout: BodyLayout = { body, lines: bodyLines, offsets: new LineOffsets(bodyLines), bodyLine };
  const sections = readSections(tokens, layout, at);
  const blocks = readBlocks(tokens, layout, at);
  checkUnknownBlocks(tokens, layout, at);

  const anchors = new Set([...sections.map((s) => s.anchor), ...blocks.map((b) => b.anchor)]);
  const scan = scanMarkdown(body, documentPath, tokens);
  const references: ContentReference[] = [];
  const images: ParseResult<Playbook>['images'] = [];
  for (const ref of scan.references) {
    const line = bodyLine + ref.line;
    if (ref.target.kind === 'refused') at(line, ref.column, 'error', `${ref.kind === 'image' ? 'image' : 'link'} refused: ${ref.target.reason}`);
    else if (ref.target.kind === 'relative') images.push({ path: ref.target.path, line, column: ref.column });
    else if (ref.target.kind === 'internal' && ref.target.playbook !== null) {
      references.push({ kind: 'playbook', id: ref.target.playbook, ...(ref.target.anchor ? { anchor: ref.target.anchor } : {}), line, column: ref.column });
    } else if (ref.target.kind === 'internal' && ref.target.playbook === null && ref.target.anchor && !anchors.has(ref.target.anchor)) {
      at(line, ref.column, 'error', `link to "#${ref.target.anchor}": no section or block of this playbook has that anchor${didYouMean(ref.target.anchor, anchors)}`);
    }
  }
  for (const html of scan.rawHtml) {
    at(bodyLine + html.line, html.column, 'warning', `raw HTML "${html.tag}" is shown as text, not rendered; write it in Markdown`);
  }
  if (sections.length === 0) {
    at(bodyLine, 1, 'warning', 'this playbook has no "## " sections; sections are what search finds and what quiz refs point to');
  }

  if (!front?.value) return { diagnostics: sorted(diagnostics) };
  checkBeyond(front.value.beyond ?? [], sections, yaml, diagnostics);
  const { situations, ...meta } = front.value;
  const situated = attachSituations(situations, sections, blocks, (anchor, message) => diagnostics.push(yaml.diagnostic(['situations', anchor], 'error', message, 'key')));
  const playbook: Playbook = {
    kind: 'playbook',
    ...meta,
    bodyHash: textFingerprint(body),
    bodyChecksum: exactFingerprint(body),
    bodyLine,
    ...situated,
    source: { ...source, line: 1 },
  };
  references.push(...front.value.related.map((id, i) => referenceAt(yaml, ['related', i], 'playbook', id)));
  return parseResult(playbook, sorted(diagnostics), yaml.at(['id']), references, images);
}

/**
 * Gives each section and block the situations the front matter lists under its anchor; an anchor that names no
 * searched section or block is reported (quotes are not searched, so a situation there would never be found).
 */
function attachSituations(
  situations: Record<string, string[]>,
  sections: Omit<Section, 'situations'>[],
  blocks: Omit<Block, 'situations'>[],
  report: (anchor: string, message: string) => void,
): { sections: Section[]; blocks: Block[] } {
  const searched = new Set([...sections.map((s) => s.anchor), ...blocks.filter((b) => b.kind !== 'quote').map((b) => b.anchor)]);
  for (const anchor of Object.keys(situations)) {
    if (!searched.has(anchor)) report(anchor, `situations for "${anchor}": no section or tactic of this playbook has that anchor${didYouMean(anchor, searched)}`);
  }
  const of = (anchor: string) => (Object.hasOwn(situations, anchor) ? (situations[anchor] as string[]) : []);
  return {
    sections: sections.map((section) => ({ ...section, situations: of(section.anchor) })),
    blocks: blocks.map((block) => ({ ...block, situations: block.kind === 'quote' ? [] : of(block.anchor) })),
  };
}

/** Each `beyond` mark's `section`, when given, must be one of the playbook's `## ` sections: an error at its line otherwise. */
function checkBeyond(marked: BeyondNote[], sections: readonly { anchor: string }[], yaml: YamlSource, diagnostics: Diagnostic[]): void {
  const anchors = sections.map((section) => section.anchor);
  marked.forEach((entry, i) => {
    if (entry.section === undefined || anchors.includes(entry.section)) return;
    const hint = didYouMean(entry.section, anchors) || (anchors.length > 0 ? ` (its sections are ${anchors.join(', ')})` : ' (it has no "## " sections)');
    diagnostics.push(yaml.diagnostic(['beyond', i, 'section'], 'error', `no section of this playbook has the anchor "${entry.section}"${hint}; omit "section" to mark the whole playbook`));
  });
}

type Report = (line: number, column: number, severity: Diagnostic['severity'], message: string) => void;

/** The body's text and lines, and where it starts in the file. */
interface BodyLayout {
  body: string;
  lines: string[];
  offsets: LineOffsets;
  bodyLine: number;
}

/** Where the Markdown of body lines `from` to `to` (exclusive) lies, and the fingerprint a reference to it keeps. */
function locate(layout: BodyLayout, title: string, from: number, to: number): { start: number; end: number; hash: string } {
  const { start, end } = layout.offsets.range(from, to);
  return { start, end, hash: textFingerprint(`${title}\n${layout.body.slice(start, end)}`) };
}

/** Each `## ` heading and the lines under it up to the next one. */
function readSections(tokens: Token[], layout: BodyLayout, report: Report): Omit<Section, 'situations'>[] {
  const { lines, bodyLine } = layout;
  const headings = tokens.flatMap((token, index) => {
    const meta = headingMeta(token);
    return meta && token.map ? [{ meta, index, start: token.map[0], contentStart: token.map[1] }] : [];
  });
  return headings.map(({ meta, index, start, contentStart }, i) => {
    const line = bodyLine + start;
    if (meta.duplicate) report(line, 1, 'warning', `another section already has the anchor "${meta.duplicate}", so this one gets "${meta.anchor}"; give it an explicit {#anchor}`);
    if (meta.generated) report(line, 1, 'warning', `this heading gives no anchor (it has no letters or digits), so it gets "${meta.anchor}"; add an explicit {#anchor}`);
    const next = headings[i + 1];
    // heading_open, inline, heading_close: the section's own tokens start after them.
    const text = plainTextOf(tokens.slice(index + 3, next?.index ?? tokens.length));
    return { anchor: meta.anchor, title: meta.title, line, ...locate(layout, meta.title, contentStart, next?.start ?? lines.length), text };
  });
}

/** Each `::: kind TITLE` … `:::` container. */
function readBlocks(tokens: Token[], layout: BodyLayout, report: Report): Omit<Block, 'situations'>[] {
  const { lines, bodyLine } = layout;
  return tokens.flatMap((token, index) => {
    const meta = blockMeta(token);
    if (!meta || token.nesting !== 1 || !token.map) return [];
    const [start, close] = token.map;
    const line = bodyLine + start;
    const end = closingIndex(tokens, index);
    // A block left open runs on over what follows: the ":::" meant for a later block closes this one instead.
    const swallowed = tokens.slice(index + 1, end).find((inner) => inner.map && ((inner.type === 'heading_open' && inner.tag === 'h2') || (inner.nesting === 1 && blockMeta(inner))));
    if (swallowed?.map) {
      const what = swallowed.type === 'heading_open' ? 'the section' : 'the block';
      report(line, 1, 'error', `"::: ${meta.kind}" is not closed before ${what} at line ${bodyLine + swallowed.map[0]}; end the block with a line ":::" above it`);
    } else if (!CONTAINER_CLOSE.test(lines[close] ?? '')) {
      report(line, 1, 'error', `"::: ${meta.kind}" is never closed; end the block with a line ":::"`);
    }
    const text = plainTextOf(tokens.slice(index + 1, end));
    return [{ kind: meta.kind, title: meta.title, section: meta.section, anchor: meta.anchor, line, ...locate(layout, meta.title, start + 1, close), text }];
  });
}

/** Index of the token that closes the container opened at `open` (containers nest, so count levels). */
function closingIndex(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    depth += tokens[i]!.nesting;
    if (depth === 0) return i;
  }
  return tokens.length;
}

/** A `:::` line markdown-it did not take as a container is a misspelt block kind. */
function checkUnknownBlocks(tokens: Token[], { lines, bodyLine }: BodyLayout, report: Report): void {
  for (const token of tokens) {
    if (token.type !== 'inline' || !token.map) continue;
    for (let i = token.map[0]; i < token.map[1]; i++) {
      const match = CONTAINER_LIKE.exec(lines[i] ?? '');
      if (!match) continue;
      const kind = match[2]!;
      report(bodyLine + i, match[1]!.length + 1, 'error', `unknown block "${kind}"${didYouMean(kind, BLOCK_KINDS)}; blocks are ${BLOCK_KINDS.join(', ')}`);
    }
  }
}

function sorted(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
}
