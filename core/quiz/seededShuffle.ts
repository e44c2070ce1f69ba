// Deterministic shuffling, so a resumed attempt shows questions exactly as they were first shown.

/** mulberry32: a tiny, well-distributed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded generator; returns a new array. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/**
 * Items in shown order with their original index. For `order` and `match` the original order would give the
 * answer away, so when the shuffle happens to produce it the result is rotated by one.
 */
export function shuffleIndexed<T>(items: readonly T[], seed: number, avoidOriginalOrder: boolean): { index: number; item: T }[] {
  const shuffled = seededShuffle(
    items.map((item, index) => ({ index, item })),
    seed,
  );
  const unchanged = shuffled.every((entry, position) => entry.index === position);
  return avoidOriginalOrder && unchanged && shuffled.length > 1 ? [...shuffled.slice(1), ...shuffled.slice(0, 1)] : shuffled;
}

/** Mixes a text (e.g. a question id) into a seed, so each question of one attempt is shuffled differently (FNV-1a). */
export function deriveSeed(seed: number, text: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
