import { describe, expect, it } from 'vitest';
import { responseKeys } from './learningEvents';

describe('responseKeys', () => {
  it('names options and steps by their authored position, whatever order they were shown in', () => {
    expect(responseKeys({ type: 'single', choice: 2 })).toEqual(['c']);
    expect(responseKeys({ type: 'scenario', choice: 0 })).toEqual(['a']);
    expect(responseKeys({ type: 'multiple', choices: [3, 1] })).toEqual(['d', 'b']);
    expect(responseKeys({ type: 'order', order: [1, 0, 2] })).toEqual(['b', 'a', 'c']);
  });

  it('gives true/false, match pairs as left[.]right, and the recall answer', () => {
    expect(responseKeys({ type: 'truefalse', value: false })).toEqual(['false']);
    expect(responseKeys({ type: 'match', pairs: [1, 0] })).toEqual(['a[.]b', 'b[.]a']);
    expect(responseKeys({ type: 'recall', remembered: true })).toEqual(['remembered']);
  });
});
