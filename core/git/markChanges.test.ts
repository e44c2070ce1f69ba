import { describe, expect, it } from 'vitest';
import { markChanges } from './markChanges';

const changed = (spans: { text: string; changed: boolean }[]) => spans.filter((span) => span.changed).map((span) => span.text.trim());
const whole = (spans: { text: string }[]) => spans.map((span) => span.text).join('');

describe('markChanges', () => {
  it('marks the words removed from the old text and added to the new one, keeping both texts whole', () => {
    const before = 'Ask what it costs them.';
    const after = 'Ask what the delay costs them per month.';
    const sides = markChanges(before, after);
    expect(whole(sides.before)).toBe(before);
    expect(whole(sides.after)).toBe(after);
    expect(changed(sides.before)).toEqual(['it']);
    expect(changed(sides.after)).toEqual(['the delay', 'per month']);
  });

  it('compares Chinese text word by word, not as one long word', () => {
    const sides = markChanges('先问客户每个月损失多少。', '先问客户拖一个月损失多少。');
    expect(whole(sides.after)).toBe('先问客户拖一个月损失多少。');
    const added = changed(sides.after).join('');
    expect(added.length).toBeGreaterThan(0);
    expect(added.length).toBeLessThan(6);
    expect(sides.after[0]).toEqual({ text: '先问客户', changed: false });
  });

  it('marks nothing when the texts are equal', () => {
    const sides = markChanges('Same text.', 'Same text.');
    expect(sides).toEqual({ before: [{ text: 'Same text.', changed: false }], after: [{ text: 'Same text.', changed: false }] });
  });
});
