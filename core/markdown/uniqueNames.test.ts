import { describe, expect, it } from 'vitest';
import { markdownTokens } from './createMarkdown';
import { headingMeta } from './anchors';
import { MAX_HEADINGS } from './markdownLimits';
import { UniqueNames } from './uniqueNames';

describe('UniqueNames', () => {
  it('numbers repeats from 2 and skips names already taken', () => {
    const names = new UniqueNames();
    expect(['a', 'a-2', 'a', 'a', 'a-2'].map((name) => names.take(name))).toEqual(['a', 'a-2', 'a-3', 'a-4', 'a-2-2']);
  });

  // Each repeat used to test every number from 2 up: 100k identical headings took many minutes.
  it('numbers 100,000 repeats of one name in linear time', () => {
    const names = new UniqueNames();
    const taken = Array.from({ length: 100_000 }, () => names.take('same'));
    expect(taken.at(-1)).toBe('same-100000');
    expect(new Set(taken).size).toBe(100_000);
  }, 20_000);

  it('gives identical headings up to the limit their anchors', () => {
    const anchors = markdownTokens('## Same\n\n'.repeat(MAX_HEADINGS)).flatMap((token) => headingMeta(token)?.anchor ?? []);
    expect(anchors).toHaveLength(MAX_HEADINGS);
    expect(anchors.at(-1)).toBe(`same-${MAX_HEADINGS}`);
  });
});
