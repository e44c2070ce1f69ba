// Content diagnostics (1-based line and column, as the checker reports them) as CodeMirror lint marks.
import type { Diagnostic as LintMark } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { Diagnostic } from '../../core/model';

/** Orders diagnostics as they appear in the file. */
export const byPosition = (a: Diagnostic, b: Diagnostic): number => a.line - b.line || a.column - b.column;

/** The document offset of a 1-based line and column, kept inside the document and the line. */
export function offsetOf(doc: Text, line: number, column: number): number {
  const target = doc.line(Math.min(Math.max(1, line), doc.lines));
  return Math.min(target.from + Math.max(0, column - 1), target.to);
}

/** A mark from the reported column to the end of the word there, so the problem is underlined where it is. */
export function lintMarks(doc: Text, diagnostics: readonly Diagnostic[]): LintMark[] {
  return diagnostics.map((diagnostic) => {
    const from = offsetOf(doc, diagnostic.line, diagnostic.column);
    const line = doc.lineAt(from);
    const rest = line.text.slice(from - line.from);
    const word = /^\s*\S+/.exec(rest)?.[0].length ?? rest.length;
    return { from, to: from + word, severity: diagnostic.severity, message: diagnostic.message };
  });
}
