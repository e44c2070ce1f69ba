// Changes to a text as replacements of character ranges, so an edit touches exactly what it changes.

export interface TextEdit {
  /** Offset of the first replaced character. */
  start: number;
  /** Offset after the last replaced character (`start` for an insertion). */
  end: number;
  text: string;
}

/** Applies edits made against the same original text; they must not overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  ordered.forEach((edit, i) => {
    const later = ordered[i - 1];
    if (later && edit.end > later.start) throw new Error(`overlapping edits at offsets ${edit.start}-${edit.end} and ${later.start}-${later.end}`);
  });
  return ordered.reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text);
}

/** Offset of the start of a 1-based line. */
export function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset;
}

/**
 * Runs `edit` on the text with `\n` line endings (what the parsers' line and offset numbers refer to) and gives
 * the result the line endings and byte-order mark the file had.
 */
export function editAsLf(text: string, edit: (lf: string) => string): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = bom ? text.slice(1) : text;
  const crlf = body.includes('\r\n');
  const result = edit(crlf ? body.replace(/\r\n/g, '\n') : body);
  return bom + (crlf ? result.replace(/\n/g, '\r\n') : result);
}
