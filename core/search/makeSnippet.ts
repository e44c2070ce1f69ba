// A short excerpt of a document body around its first match, with the match ranges moved into the excerpt.
// Ranges are half-open [start, end) character offsets, as SearchHit specifies.

export type Range = [number, number];

export interface Snippet {
  text: string;
  matches: Range[];
}

const SNIPPET_LENGTH = 160;
const CONTEXT_BEFORE = 40;
/** How far a cut may move to land on a space rather than inside a word. */
const WORD_SNAP = 15;
const ELLIPSIS = '…';

export function makeSnippet(body: string, ranges: readonly Range[]): Snippet {
  const sorted = mergeRanges(ranges.filter(([s, e]) => s < e && e <= body.length));
  const first = sorted[0]?.[0] ?? 0;
  let start = Math.max(0, first - CONTEXT_BEFORE);
  if (start > 0) {
    const space = body.slice(start, first).search(/\s/);
    if (space >= 0 && space < WORD_SNAP) start += space + 1;
    if (isLowSurrogate(body.charCodeAt(start))) start++;
  }
  let end = Math.min(body.length, start + SNIPPET_LENGTH);
  if (end < body.length) {
    const space = body.lastIndexOf(' ', end);
    if (space > end - WORD_SNAP && space > first) end = space;
    if (isLowSurrogate(body.charCodeAt(end))) end--;
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < body.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const matches: Range[] = [];
  for (const [s, e] of sorted) {
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (from < to) matches.push([from + shift, to + shift]);
  }
  // Line breaks become spaces one for one, so offsets stay valid.
  return { text: prefix + body.slice(start, end).replace(/\s/g, ' ') + suffix, matches };
}

/** Sorted, non-overlapping, with touching ranges joined. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
