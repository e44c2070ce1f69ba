// GIFT's reserved characters (~ = # { } :) and how a backslash makes them stand for themselves,
// plus scanning that skips escaped characters and keeps the offset of every piece for diagnostics.

/** A piece of the GIFT source with the offset (in the whole file) of its first character. */
export interface Span {
  text: string;
  start: number;
}

/** `\~ \= \# \{ \} \: \\` stand for the character itself, `\n` for a line break; any other backslash is kept. */
export function unescapeGift(raw: string): string {
  return raw.replace(/\\([~=#{}:\\n])/g, (_, char: string) => (char === 'n' ? '\n' : char));
}

/**
 * Writes text so a GIFT reader gets it back unchanged: reserved characters and line breaks escaped, and a backslash
 * doubled only where it would otherwise start an escape (so Markdown escapes like `\*` stay as they are).
 */
export function escapeGift(text: string): string {
  return text.replace(/\\(?=[~=#{}:\\n]|$)|[~=#{}:]|\n/g, (match) => (match === '\n' ? '\\n' : `\\${match}`));
}

/** The offset of the first `token` at or after `from` that is not part of an escape, or -1. */
export function findUnescaped(text: string, token: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text.startsWith(token, i)) return i;
  }
  return -1;
}

export function findLastUnescaped(text: string, token: string): number {
  let last = -1;
  for (let at = findUnescaped(text, token); at >= 0; at = findUnescaped(text, token, at + token.length)) last = at;
  return last;
}

export function sliceSpan(span: Span, from: number, to = span.text.length): Span {
  return { text: span.text.slice(from, to), start: span.start + from };
}

export function trimSpan(span: Span): Span {
  const leading = span.text.length - span.text.trimStart().length;
  return { text: span.text.trim(), start: span.start + leading };
}

/** Cuts the span at every unescaped occurrence of one of `markers`; each piece starts with its marker. */
export function splitBeforeMarkers(span: Span, markers: readonly string[]): { head: Span; pieces: Span[] } {
  const cuts: number[] = [];
  for (let i = 0; i < span.text.length; i++) {
    if (span.text[i] === '\\') i++;
    else if (markers.some((marker) => span.text.startsWith(marker, i))) cuts.push(i);
  }
  const head = sliceSpan(span, 0, cuts[0] ?? span.text.length);
  const pieces = cuts.map((cut, i) => sliceSpan(span, cut, cuts[i + 1] ?? span.text.length));
  return { head, pieces };
}

export const TEXT_FORMATS = ['markdown', 'plain', 'moodle', 'html'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

/** Reads a leading `[markdown]`, `[plain]`, `[moodle]` or `[html]` format marker, then unescapes and trims the text. */
export function readFormattedText(raw: string): { text: string; format?: TextFormat } {
  const trimmed = raw.trim();
  const marker = /^\[([a-z]+)\]/.exec(trimmed);
  const format = TEXT_FORMATS.find((name) => name === marker?.[1]);
  const body = format ? trimmed.slice(marker![0].length) : trimmed;
  return { text: unescapeGift(body).trim(), ...(format ? { format } : {}) };
}
