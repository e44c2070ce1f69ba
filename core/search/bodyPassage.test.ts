import { describe, expect, it } from 'vitest';
import { bodyPassage, rangesInBody } from './bodyPassage';

describe('bodyPassage', () => {
  const body = `${'a'.repeat(500)} decision ${'b'.repeat(500)} Chain ${'c'.repeat(500)}`;

  it('keeps a window around the first occurrence of each term and joins them', () => {
    const passage = bodyPassage(body, [['decision'], ['missing', 'chain']]);
    expect(passage.windows).toHaveLength(2);
    expect(passage.text).toContain(' decision ');
    expect(passage.text).toContain(' Chain ');
    expect(passage.text.length).toBeLessThan(400);
  });

  it('maps ranges in the passage back to the body', () => {
    const passage = bodyPassage(body, [['decision'], ['chain']]);
    const at = passage.text.indexOf('Chain');
    const [range] = rangesInBody(passage, [[at, at + 5]]);
    expect(body.slice(...(range as [number, number]))).toBe('Chain');
  });

  it('merges windows that overlap and falls back to the beginning when no term is found', () => {
    expect(bodyPassage('short text with decision and chain', [['decision'], ['chain']]).windows).toHaveLength(1);
    expect(bodyPassage(body, [['nowhere']]).text).toBe(body.slice(0, 300));
  });
});
