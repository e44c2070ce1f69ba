// Statements from one NDJSON file (one statement a line, as `pbt records export` writes them), streamed so a
// file of any size is read in little memory. Reading can start at a byte offset, so a refresh reads only what
// was appended since; a bad line is reported with its file and line number and skipped.

import { createReadStream } from 'node:fs';

export interface FileCursor {
  /** Bytes consumed: everything before this offset has been read. */
  offset: number;
  /** Lines consumed, for the line numbers of problems further on. */
  line: number;
}

export interface StatementLine {
  statement: unknown;
  line: number;
}

export interface LineProblem {
  file: string;
  line: number;
  message: string;
}

const NEWLINE = 0x0a;

function parseLine(bytes: Buffer, file: string, line: number): StatementLine | LineProblem | undefined {
  const text = bytes.toString('utf8').trim();
  if (text === '') return undefined;
  try {
    return { statement: JSON.parse(text), line };
  } catch (error) {
    return { file, line, message: `not a JSON statement (${error instanceof Error ? error.message : String(error)})` };
  }
}

/**
 * Yields each statement line (and each problem) of `file` from `cursor`, and leaves `cursor` after the last
 * complete line. A last line without a newline is read only if it parses: it may be still being written.
 */
export async function* readStatementFile(file: string, cursor: FileCursor): AsyncGenerator<StatementLine | LineProblem> {
  let pending: Buffer[] = [];
  for await (const chunk of createReadStream(file, { start: cursor.offset, highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let start = 0;
    let end = chunk.indexOf(NEWLINE, start);
    while (end !== -1) {
      const piece = chunk.subarray(start, end);
      const bytes = pending.length > 0 ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      cursor.line++;
      cursor.offset += bytes.length + 1;
      const parsed = parseLine(bytes, file, cursor.line);
      if (parsed) yield parsed;
      start = end + 1;
      end = chunk.indexOf(NEWLINE, start);
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length === 0) return;
  const tail = Buffer.concat(pending);
  const parsed = parseLine(tail, file, cursor.line + 1);
  if (!parsed || 'message' in parsed) {
    if (parsed) yield parsed;
    return;
  }
  cursor.line++;
  cursor.offset += tail.length;
  yield parsed;
}
