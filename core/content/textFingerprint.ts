// Short, stable fingerprints of texts. Learners' stored answers and the trainer's baseline keep the fingerprints
// of the sections they refer to (core/content/sectionHash), so these values must never change for a given text.

/** A fingerprint of the exact text (cyrb53: fast, well spread; not for security). */
export function exactFingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** A fingerprint of Markdown as a learner reads it: trailing spaces and blank lines at the edges do not count. */
export function textFingerprint(markdown: string): string {
  return exactFingerprint(
    markdown
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trim(),
  );
}
