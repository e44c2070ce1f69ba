import { describe, expect, it } from 'vitest';
import { markdownTokens } from './createMarkdown';
import { headingMeta } from './anchors';
import { UniqueNames } from './uniqueNames';

describe('UniqueNames', () => {
  it('numbers repeats from 2 and skips names already taken', () => {
    const names = new UniqueNames();
    expect(['a', 'a-2', 'a', 'a', 'a-2'].map((name) => names.take(name))).toEqual(['a', 'a-2', 'a-3', 'a-4', 'a-2-2']);
  });

  // Each repeat used to test every number from 2 up: 100k identical headings took many minutes.
  it('gives 100,000 identical headings their anchors in linear time', () => {
    const anchors = markdownTokens('## Same\n\n'.repeat(100_000)).flatMap((token) => headingMeta(token)?.anchor ?? []);
    expect(anchors).toHaveLength(100_000);
    expect(anchors.at(-1)).toBe('same-100000');
    expect(new Set(anchors).size).toBe(100_000);
  }, 20_000);
});
