// V8 keeps a whole string alive behind every substring of 13 or more characters cut from it. A parse result is
// full of such substrings (titles and anchors cut from the Markdown body, values from the front matter), so kept
// as it is, it would keep each file's text in memory for as long as the content is loaded.

/** A copy of plain data (no functions, Maps or Dates) whose strings are copies too, holding on to no larger text. */
export function detachedCopy<T>(value: T): T {
  // JSON.parse builds every string afresh from the JSON text, which itself is garbage right after.
  return JSON.parse(JSON.stringify(value)) as T;
}
