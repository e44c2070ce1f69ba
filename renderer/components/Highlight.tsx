// Search matches marked in titles and snippets, without the noise of single fuzzy-matched letters.
import type { ReactNode } from 'react';

/** A lone Latin letter or digit marked inside a word is fuzzy-matching noise to a reader ("cha·r·t"); one Han character is a word. */
const isStrayLetter = (text: string, start: number, end: number) => end - start === 1 && /[\p{Script=Latin}\d]/u.test(text[start]!);

/** Splits `text` at half-open [start, end) ranges (as search hits give them) and marks the matched parts. */
export function highlightParts(text: string, ranges: readonly [number, number][]): { text: string; match: boolean }[] {
  const sorted = [...ranges]
    .map(([start, end]) => [Math.max(0, start), Math.min(text.length, end)] as const)
    .filter(([start, end]) => end > start && !isStrayLetter(text, start, end))
    .sort((a, b) => a[0] - b[0]);
  const parts: { text: string; match: boolean }[] = [];
  let cursor = 0;
  for (const [start, end] of sorted) {
    // Overlapping ranges merge into the part already marked.
    const from = Math.max(start, cursor);
    if (end <= from) continue;
    if (from > cursor) parts.push({ text: text.slice(cursor, from), match: false });
    const previous = parts.at(-1);
    if (previous?.match && from === cursor) previous.text += text.slice(from, end);
    else parts.push({ text: text.slice(from, end), match: true });
    cursor = end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), match: false });
  return parts;
}

export function Highlight({ text, ranges }: { text: string; ranges: readonly [number, number][] }): ReactNode {
  return highlightParts(text, ranges).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text));
}
