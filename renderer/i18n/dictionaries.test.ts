import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from './en';
import { createI18n, interpolate } from './I18nContext';
import { zhCN } from './zh-CN';

/** The variable names a message uses, plain or plural. */
function placeholders(message: string): string[] {
  const withoutPluralForms = message.replace(/\b(?:zero|one|two|few|many|other) \{[^{}]*\}/g, '');
  return [...new Set(Array.from(withoutPluralForms.matchAll(/\{(\w+)(?:\}|, plural,)/g), (m) => m[1]!))].sort();
}

describe('interpolate', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(interpolate('Hello {name}, {missing}', { name: 'Li' })).toBe('Hello Li, {missing}');
  });

  it('picks the plural form by the language rules', () => {
    const message = 'You reviewed {count, plural, one {# card} other {# cards}}.';
    expect(interpolate(message, { count: 1 })).toBe('You reviewed 1 card.');
    expect(interpolate(message, { count: 3 })).toBe('You reviewed 3 cards.');
    expect(interpolate('{n, plural, one {# pt} other {# pts}} of {total}', { n: 0, total: 6 })).toBe('0 pts of 6');
  });
});

describe('dictionaries', () => {
  it('give every Chinese message the same placeholders as the English one', () => {
    const mismatched = (Object.keys(en) as MessageKey[]).filter((key) => placeholders(en[key]).join() !== placeholders(zhCN[key]).join());
    expect(mismatched).toEqual([]);
  });

  it('leave no Chinese message empty or untranslated where English has letters to translate', () => {
    const sameAsEnglish = (Object.keys(en) as MessageKey[]).filter(
      (key) => zhCN[key].trim() === '' || (zhCN[key] === en[key] && /[a-z]{3}/i.test(en[key].replace(/\{\w+\}/g, '')) && !['lang.en', 'search.paletteKeys'].includes(key)),
    );
    expect(sameAsEnglish).toEqual([]);
  });

  it('translate through createI18n in both languages', () => {
    expect(createI18n('en').t('review.doneBody', { count: 1 })).toBe('You reviewed 1 card.');
    expect(createI18n('zh-CN').t('review.doneBody', { count: 2 })).toBe('你复习了 2 张卡片。');
    expect(createI18n('en').percent(0.8)).toBe('80%');
  });
});
