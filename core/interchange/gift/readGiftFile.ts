// The layout of a GIFT file: items separated by blank lines, `//` comment lines, `$CATEGORY:` lines.
// Each question keeps its offsets in the file so every later diagnostic can name its line and column.
import type { Span } from './giftText';

export interface GiftCategory {
  kind: 'category';
  /** What follows `$CATEGORY:`, trimmed. */
  path: string;
  start: number;
}

export interface GiftQuestionSource {
  kind: 'question';
  /** From the question's first character to its last; comment lines inside are blanked with spaces (offsets stay true). */
  body: Span;
  /** The text after `// pbt:` of the metadata comments in the question's block. */
  markers: Span[];
}

export type GiftItem = GiftCategory | GiftQuestionSource;

interface Line {
  text: string;
  start: number;
}

const MARKER = /^(\s*\/\/\s*pbt:\s*)/;

export function readGiftFile(text: string): { items: GiftItem[]; strayMarkers: Span[] } {
  const items: GiftItem[] = [];
  const strayMarkers: Span[] = [];
  let block: Line[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      readBlock(text, block, items, strayMarkers);
      block = [];
    } else {
      block.push({ text: line, start: offset });
    }
    offset += line.length + 1;
  }
  readBlock(text, block, items, strayMarkers);
  return { items, strayMarkers };
}

function readBlock(text: string, block: Line[], items: GiftItem[], strayMarkers: Span[]): void {
  const markers: Span[] = [];
  const questionLines: Line[] = [];
  const commentLines: Line[] = [];
  for (const line of block) {
    const trimmed = line.text.trimStart();
    if (trimmed.startsWith('//')) {
      commentLines.push(line);
      const marker = MARKER.exec(line.text);
      if (marker) markers.push({ text: line.text.slice(marker[1]!.length), start: line.start + marker[1]!.length });
    } else if (questionLines.length === 0 && trimmed.startsWith('$CATEGORY:')) {
      items.push({ kind: 'category', path: trimmed.slice('$CATEGORY:'.length).trim(), start: line.start + line.text.length - trimmed.length });
    } else {
      questionLines.push(line);
    }
  }
  const first = questionLines[0];
  const last = questionLines.at(-1);
  if (!first || !last) {
    strayMarkers.push(...markers);
    return;
  }
  let body = text.slice(first.start, last.start + last.text.length);
  for (const comment of commentLines) {
    const from = comment.start - first.start;
    if (from > 0 && from < body.length) body = body.slice(0, from) + ' '.repeat(comment.text.length) + body.slice(from + comment.text.length);
  }
  items.push({ kind: 'question', body: { text: body, start: first.start }, markers });
}
