import { describe, expect, it } from 'vitest';
import { shortTitle } from './shortTitle';

describe('shortTitle', () => {
  it('takes the first sentence, without Markdown marks', () => {
    expect(shortTitle('Find **the decision process** first. Then talk price.', 'en', 60)).toBe('Find the decision process first.');
    expect(shortTitle('先弄清决策流程。再谈价格。', 'zh-CN', 60)).toBe('先弄清决策流程。');
  });

  it('cuts a long sentence at a word boundary, never mid-word', () => {
    const title = shortTitle('When the procurement lead insists on a discount in the final week of a tender, ask who else weighs the offers', 'en', 40);
    expect(title).toBe('When the procurement lead insists on a…');
    expect(title.length).toBeLessThanOrEqual(40);
  });

  it('cuts Chinese between words, not inside one', () => {
    const title = shortTitle('客户在招标最后一周要求降价时要先问清楚还有谁参与评标决策然后再决定是否让步', 'zh-CN', 16);
    expect(title.length).toBeLessThanOrEqual(16);
    expect(title.endsWith('…')).toBe(true);
    const kept = title.slice(0, -1);
    const words = [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment('客户在招标最后一周要求降价时要先问清楚还有谁参与评标决策然后再决定是否让步')];
    expect(words.some(({ index, segment }) => index + segment.length === kept.length)).toBe(true);
  });
});
