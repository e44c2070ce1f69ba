/**
 * The anchor of a heading: lower-cased, each run of spaces turned into one `-`, punctuation other than `-` dropped,
 * letters of every script kept as they are (so `## 废标风险` → `废标风险`, `## Walk-away point` → `walk-away-point`).
 */
export function slugify(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/gu, '-');
}
