import { describe, expect, it } from 'vitest';
import { slugify } from './slugify';

describe('slugify', () => {
  it('lower-cases and turns spaces into hyphens', () => {
    expect(slugify('Walk-away point')).toBe('walk-away-point');
  });
  it('keeps CJK text as it is', () => {
    expect(slugify('废标风险')).toBe('废标风险');
    expect(slugify('客户关系 Mapping')).toBe('客户关系-mapping');
  });
  it('drops punctuation other than hyphens, including full-width punctuation', () => {
    expect(slugify('What? Why! (and how)')).toBe('what-why-and-how');
    expect(slugify('第一步：破冰，寒暄。')).toBe('第一步破冰寒暄');
    expect(slugify('snake_case & co.')).toBe('snakecase-co');
  });
  it('collapses runs of spaces and trims them', () => {
    expect(slugify('  two   spaces  ')).toBe('two-spaces');
    expect(slugify('全角\u3000空格')).toBe('全角-空格');
  });
  it('returns an empty string for a heading made only of punctuation', () => {
    expect(slugify('!!! ???')).toBe('');
  });
});
