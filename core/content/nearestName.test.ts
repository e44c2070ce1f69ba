import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, nearestName } from './nearestName';

describe('nearestName', () => {
  it('measures edits between names', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('singel', 'single')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('Lang', 'lang')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('suggests the closest name when it is a plausible typo', () => {
    expect(nearestName('titel', ['id', 'title', 'lang'])).toBe('title');
    expect(nearestName('passscore', ['passScore', 'playbook'])).toBe('passScore');
    expect(nearestName('discovry-call', ['discovery-call', 'tender'])).toBe('discovery-call');
    expect(nearestName('zh', ['zh-CN', 'en'])).toBe('zh-CN');
    expect(nearestName('ZH-cn', ['zh-CN', 'en'])).toBe('zh-CN');
  });
  it('suggests nothing for names too far from every candidate', () => {
    expect(nearestName('prompt', ['front', 'back', 'id'])).toBeUndefined();
    expect(nearestName('x', ['id'])).toBeUndefined();
    expect(nearestName('x', [])).toBeUndefined();
  });
  it('phrases the suggestion for a message', () => {
    expect(didYouMean('singel', ['single', 'multiple'])).toBe(' (did you mean "single"?)');
    expect(didYouMean('zzz', ['single'])).toBe('');
  });
});
