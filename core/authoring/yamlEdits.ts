// Edits YAML text in place, at the source ranges of the nodes that change, so the rest of the file (comments,
// quoting, flow lists, blank lines) stays exactly as the author wrote it. Re-serialising the whole document
// would restyle it (`[a, b]` becomes `[ a, b ]`, long lines fold).
import { isMap, isPair, isScalar, isSeq, parse, parseDocument, stringify, type Document, type Node, type Scalar } from 'yaml';
import type { YamlPath } from '../content/yamlSource';
import type { TextEdit } from './textEdits';

const NO_FOLDING = { lineWidth: 0 } as const;

export interface ScalarAt {
  path: (string | number)[];
  node: Scalar;
}

export class YamlEditor {
  private constructor(
    private readonly text: string,
    private readonly doc: Document.Parsed,
    /** Where the YAML text starts in its file (after a front matter's `---`), added to every edit. */
    private readonly offset: number,
  ) {}

  /** Undefined when the text is not valid YAML: nothing can be edited safely then. */
  static parse(text: string, offset = 0): YamlEditor | undefined {
    const doc = parseDocument(text, { keepSourceTokens: false });
    return doc.errors.length > 0 ? undefined : new YamlEditor(text, doc, offset);
  }

  node(path: YamlPath): Node | undefined {
    const found = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true);
    return isNode(found) ? found : undefined;
  }

  /** Every scalar of the document with its path, in document order. */
  scalars(): ScalarAt[] {
    const found: ScalarAt[] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      if (isScalar(node)) found.push({ path, node });
      else if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]);
      else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
    };
    walk(this.doc.contents, []);
    return found;
  }

  /** The source text of a node as written (quotes included). */
  sourceOf(node: Node): { start: number; text: string } {
    const [start, end] = node.range!;
    return { start: start + this.offset, text: this.text.slice(start, end) };
  }

  /** Replaces a scalar's value, keeping its quoting style. */
  replaceScalar(path: YamlPath, value: string | number | boolean): TextEdit | undefined {
    const node = this.node(path);
    if (!isScalar(node) || !node.range) return undefined;
    return { start: node.range[0] + this.offset, end: node.range[1] + this.offset, text: scalarSource(value, node.type) };
  }

  /** Sets `key` in the mapping at `mapPath`: replaces a scalar value, or adds a `key: value` entry at the end of the mapping. */
  setField(mapPath: YamlPath, key: string, value: unknown): TextEdit | undefined {
    const map = this.node(mapPath);
    if (!isMap(map) || map.flow || !map.range) return undefined;
    const existing = map.items.find((pair) => isPair(pair) && isScalar(pair.key) && pair.key.value === key);
    if (existing && isScalar(existing.value) && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
      return this.replaceScalar([...mapPath, key], value);
    }
    if (existing) return undefined;
    return this.insertLinesAfter(map, stringify({ [key]: value }, NO_FOLDING), this.columnOf(map.range[0]), false);
  }

  /** Appends an item to the list at `seqPath`, in its style: a new `- …` entry of a block list, or `, item` in a flow list. */
  appendItem(seqPath: YamlPath, value: unknown, comment?: string): TextEdit | undefined {
    const seq = this.node(seqPath);
    if (!isSeq(seq) || !seq.range) return undefined;
    if (seq.flow) {
      if (typeof value === 'object' && value !== null) return undefined;
      const last = seq.items.at(-1);
      const at = isNode(last) ? last.range![1] : this.text.lastIndexOf(']', seq.range[1]);
      const text = isNode(last) ? `, ${flowScalar(value)}` : flowScalar(value);
      return { start: at + this.offset, end: at + this.offset, text };
    }
    const commentLine = comment === undefined ? '' : `# ${comment}\n`;
    // Keep the list's rhythm: when its items are separated by blank lines, so is the new one.
    const spaced = seq.items.slice(1).some((item) => isNode(item) && item.spaceBefore === true);
    return this.insertLinesAfter(seq, commentLine + stringify([value], NO_FOLDING), this.columnOf(seq.range[0]), spaced);
  }

  /** Inserts whole lines, indented by `indent` columns, after the last line of `node`. */
  private insertLinesAfter(node: Node, lines: string, indent: number, blankLineBefore: boolean): TextEdit {
    const end = node.range![1];
    const atLineStart = end === 0 || this.text[end - 1] === '\n';
    const pad = ' '.repeat(indent);
    const body = lines
      .replace(/\n$/, '')
      .split('\n')
      .map((line) => (line === '' ? line : pad + line))
      .join('\n');
    const text = `${atLineStart ? '' : '\n'}${blankLineBefore ? '\n' : ''}${body}${atLineStart ? '\n' : ''}`;
    return { start: end + this.offset, end: end + this.offset, text };
  }

  private columnOf(offset: number): number {
    return offset - (this.text.lastIndexOf('\n', offset - 1) + 1);
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

/** A single-line scalar as YAML source, in the quoting style it was written in when possible. */
function scalarSource(value: string | number | boolean, style: Scalar['type']): string {
  if (typeof value === 'string' && style === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (typeof value === 'string' && style === 'QUOTE_SINGLE' && !value.includes('\n')) return `'${value.replaceAll("'", "''")}'`;
  const plain = stringify(value, NO_FOLDING).trimEnd();
  return plain.includes('\n') ? JSON.stringify(value) : plain;
}

/** A scalar as an item of a flow list: plain when it reads back the same, else double-quoted. */
function flowScalar(value: unknown): string {
  const plain = stringify(value, NO_FOLDING).trimEnd();
  try {
    const back = parse(`[${plain}]`) as unknown[];
    if (back.length === 1 && back[0] === value) return plain;
  } catch {
    // Not valid as a plain flow item; quote it.
  }
  return JSON.stringify(value);
}
