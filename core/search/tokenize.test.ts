import { describe, expect, it } from 'vitest';
import { addIndexGrams, hanGrams, normalizeText, textRuns } from './tokenize';

describe('tokenize', () => {
  it('separates Han runs from words of other scripts', () => {
    expect(textRuns(normalizeText('用CRM记录客户关系, walk-away point 2024'))).toEqual([
      { value: '用', han: true },
      { value: 'crm', han: false },
      { value: '记录客户关系', han: true },
      { value: 'walk', han: false },
      { value: 'away', han: false },
      { value: 'point', han: false },
      { value: '2024', han: false },
    ]);
  });

  it('folds full-width letters and case', () => {
    expect(normalizeText('ＣＲＭ Deal')).toBe('crm deal');
  });

  it('indexes Han text by characters and bigrams and other text by words', () => {
    const grams = new Set<string>();
    addIndexGrams('废标风险 Tender', grams);
    expect([...grams].sort()).toEqual(['tender', '险', '废', '废标', '标', '标风', '风', '风险'].sort());
    expect(hanGrams('废')).toEqual(['废']);
    expect(hanGrams('废标风险')).toEqual(['废标', '标风', '风险']);
  });
});
