// A parsed YAML text that remembers where every node came from, so any problem found later
// (by a schema or by a content rule) can be reported at the exact line and column of the offending node.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair, type YAMLError } from 'yaml';
import type { Diagnostic, Severity } from '../model';

export type YamlPath = readonly (string | number)[];
export interface Position {
  line: number;
  column: number;
}

/** The parser's codes for the mistakes people make most, said the way a trainer can fix them. */
const YAML_HINTS: Partial<Record<YAMLError['code'], string>> = {
  BLOCK_AS_IMPLICIT_KEY: 'a value that contains ": " must be quoted, e.g. title: "Price: the hard parts"',
  TAB_AS_INDENT: 'a tab is used for indenting; indent with spaces only',
  MULTILINE_IMPLICIT_KEY: 'a line under a key is neither "key: value" nor a list item; indent list items with "- " under their key',
  MISSING_CHAR: 'a line is neither "key: value" nor a list item; indent list items with "- " under their key',
};

function yamlProblem(error: YAMLError): string {
  const hint = YAML_HINTS[error.code];
  return hint ? `${hint} (${error.message.replace(/\s+at line.*$/s, '')})` : error.message;
}

export class YamlSource {
  /** The plain data of the document (`null` for an empty one). */
  readonly data: unknown;
  /** YAML syntax errors and warnings. */
  readonly diagnostics: Diagnostic[];

  private constructor(
    readonly file: string,
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
    /** Lines before the YAML text in its file (the `---` of a playbook's front matter). */
    private readonly lineOffset: number,
  ) {
    // Only the first error: after one bad line (a tab, a missing quote) the parser's later errors are mostly echoes of it.
    this.diagnostics = [...doc.errors.slice(0, 1).map((e) => ({ e, severity: 'error' as const })), ...doc.warnings.map((e) => ({ e, severity: 'warning' as const }))].map(
      ({ e, severity }) => this.diagnosticAt(this.positionOf(e.pos[0]), severity, `YAML: ${yamlProblem(e)}`),
    );
    this.data = doc.errors.length === 0 ? doc.toJS() : undefined;
  }

  static parse(text: string, file: string, lineOffset = 0): YamlSource {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    return new YamlSource(file, doc, lines, lineOffset);
  }

  get hasErrors(): boolean {
    return this.doc.errors.length > 0;
  }

  /**
   * Where the node at `path` starts (`part: 'key'` for the key of a mapping entry). A path that does not exist
   * (a missing field) resolves to the nearest node that does: the mapping the field is missing from.
   */
  at(path: YamlPath, part: 'key' | 'value' = 'value'): Position {
    let node: unknown = this.doc.contents;
    let pair: Pair | undefined;
    let located: Node | undefined = isNodeLike(node) ? node : undefined;
    for (const key of path) {
      pair = undefined;
      if (isMap(node)) {
        pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
        node = pair?.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
      } else {
        node = undefined;
      }
      if (node === undefined && !pair) break;
      // An empty value (`title:`) has no node worth pointing at: its key is where the author looks.
      const target = part === 'key' || !isNodeLike(node) || isEmptyScalar(node) ? (pair?.key ?? node) : node;
      if (isNodeLike(target)) located = target;
      if (!pair && !isNodeLike(node)) break;
    }
    return this.positionOf(located?.range?.[0] ?? 0);
  }

  diagnostic(path: YamlPath, severity: Severity, message: string, part: 'key' | 'value' = 'value'): Diagnostic {
    return this.diagnosticAt(this.at(path, part), severity, message);
  }

  private positionOf(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line: Math.max(line, 1) + this.lineOffset, column: Math.max(col, 1) };
  }

  private diagnosticAt(position: Position, severity: Severity, message: string): Diagnostic {
    return { file: this.file, ...position, severity, message };
  }
}

function isNodeLike(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

function isEmptyScalar(node: Node): boolean {
  return isScalar(node) && node.value === null && node.source === '';
}
