import { describe, expect, it } from 'vitest';
import { topScored } from './topScored';

describe('topScored', () => {
  it('returns the k best slots, best first, lower slot first on ties', () => {
    const scores = Float32Array.from([0.5, 2, 0, 2, 1, 3]);
    expect(topScored([0, 1, 2, 3, 4, 5], scores, 3)).toEqual([5, 1, 3]);
    expect(topScored([4, 0], scores, 5)).toEqual([4, 0]);
    expect(topScored([1, 2], scores, 0)).toEqual([]);
  });

  it('agrees with a full sort on many slots', () => {
    const scores = Float32Array.from({ length: 1000 }, (_, i) => (i * 7919) % 101);
    const slots = Array.from({ length: 1000 }, (_, i) => i);
    const sorted = [...slots].sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
    expect(topScored(slots, scores, 25)).toEqual(sorted.slice(0, 25));
  });
});
