// A parsed YAML text that remembers where every node came from, so any problem found later
// (by a schema or by a content rule) can be reported at the exact line and column of the offending node.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node, type Pair, type YAMLError } from 'yaml';
import { MAX_YAML_ALIAS_COUNT } from './contentLimits';
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
  private readonly unresolved: boolean;

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
    const resolved = doc.errors.length === 0 ? this.resolve() : undefined;
    this.unresolved = resolved !== undefined && 'problem' in resolved;
    if (resolved && 'problem' in resolved) this.diagnostics.push(resolved.problem);
    this.data = resolved && 'data' in resolved ? resolved.data : undefined;
  }

  /**
   * The document as plain data. Aliases are expanded here, so a few hundred bytes of aliases of aliases could
   * make billions of values: past MAX_YAML_ALIAS_COUNT the `yaml` library stops, and the file gets an error at
   * the alias that multiplies (one whose anchor holds aliases itself), not an exception.
   */
  private resolve(): { data: unknown } | { problem: Diagnostic } {
    try {
      return { data: this.doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT }) };
    } catch (error) {
      const at = this.positionOf(multiplyingAlias(this.doc)?.range?.[0] ?? 0);
      const reason = error instanceof Error ? error.message : String(error);
      const message = /alias count/i.test(reason)
        ? `YAML: too many aliases (more than ${MAX_YAML_ALIAS_COUNT} values come from "*" references); write the values out instead of nesting aliases`
        : `YAML: ${reason}`;
      return { problem: this.diagnosticAt(at, 'error', message) };
    }
  }

  static parse(text: string, file: string, lineOffset = 0): YamlSource {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    return new YamlSource(file, doc, lines, lineOffset);
  }

  get hasErrors(): boolean {
    return this.doc.errors.length > 0 || this.unresolved;
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

/**
 * The first alias whose anchor holds aliases itself (what makes aliases multiply), else the first alias. One pass
 * in document order, so each alias sees the anchor defined last before it, as YAML resolves it; whether an
 * anchored node holds aliases is worked out once per node.
 */
function multiplyingAlias(doc: Document.Parsed): Alias | undefined {
  const anchors = new Map<string, Node>();
  const holdsAlias = new Map<Node, boolean>();
  const holds = (node: Node) => {
    let found = holdsAlias.get(node);
    if (found === undefined) {
      found = false;
      visit(node, { Alias: () => ((found = true), visit.BREAK) });
      holdsAlias.set(node, found);
    }
    return found;
  };
  let first: Alias | undefined;
  let multiplying: Alias | undefined;
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        first ??= node;
        const target = anchors.get(node.source);
        if (target && holds(target)) {
          multiplying = node;
          return visit.BREAK;
        }
      } else if (node.anchor) anchors.set(node.anchor, node);
      return undefined;
    },
  });
  return multiplying ?? first;
}

function isNodeLike(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

function isEmptyScalar(node: Node): boolean {
  return isScalar(node) && node.value === null && node.source === '';
}
