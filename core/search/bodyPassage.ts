// What fuse.js reads of a candidate's body: windows around the first occurrence of each matched term, joined.
// Bitap scoring costs time in proportion to the text, and with `ignoreLocation` a term's score depends only on
// its best match, so ranking passages instead of whole sections keeps the score of the located matches at a
// fraction of the cost. Offsets in the passage map back to the body for snippets and highlights.

export interface Passage {
  text: string;
  /** Consecutive windows: where each starts in the passage and in the body, and its length. */
  windows: { at: number; start: number; length: number }[];
}

const BEFORE = 40;
const AFTER = 100;
const SEPARATOR = ' … ';
/** Without any located term, fuse.js still gets the beginning of the body. */
const FALLBACK_LENGTH = 300;

/** `needles` holds, per term, the strings that locate it (best first; already lower case). */
export function bodyPassage(body: string, needles: readonly (readonly string[])[]): Passage {
  const lower = body.toLowerCase();
  // Case folding that changes length (rare letters) would shift offsets: read the whole body then.
  if (lower.length !== body.length) return { text: body, windows: [{ at: 0, start: 0, length: body.length }] };
  const spans: [number, number][] = [];
  for (const list of needles) {
    for (const needle of list) {
      const at = lower.indexOf(needle);
      if (at < 0) continue;
      spans.push([Math.max(0, at - BEFORE), Math.min(body.length, at + needle.length + AFTER)]);
      break;
    }
  }
  if (spans.length === 0) spans.push([0, Math.min(body.length, FALLBACK_LENGTH)]);
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1] + SEPARATOR.length) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  const windows: Passage['windows'] = [];
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (parts.length) {
      parts.push(SEPARATOR);
      at += SEPARATOR.length;
    }
    windows.push({ at, start, length: end - start });
    parts.push(body.slice(start, end));
    at += end - start;
  }
  return { text: parts.join(''), windows };
}

/** Maps half-open passage ranges back to the body, dropping what falls on separators. */
export function rangesInBody(passage: Passage, ranges: readonly [number, number][]): [number, number][] {
  const mapped: [number, number][] = [];
  for (const [from, to] of ranges) {
    for (const window of passage.windows) {
      const s = Math.max(from, window.at);
      const e = Math.min(to, window.at + window.length);
      if (s < e) mapped.push([s - window.at + window.start, e - window.at + window.start]);
    }
  }
  return mapped;
}
