import { describe, expect, it } from 'vitest';
import { makeSnippet, mergeRanges } from './makeSnippet';

const highlighted = ({ text, matches }: { text: string; matches: [number, number][] }) => matches.map(([s, e]) => text.slice(s, e));

describe('makeSnippet', () => {
  it('starts at the beginning of a short body and keeps ranges in place', () => {
    const snippet = makeSnippet('Trade every concession.', [[12, 22]]);
    expect(snippet).toEqual({ text: 'Trade every concession.', matches: [[12, 22]] });
  });

  it('cuts around the first match far into the body, on word boundaries, with ellipses', () => {
    const body = `${'lorem ipsum dolor '.repeat(30)}the zeppelin clause ${'sit amet '.repeat(40)}`;
    const at = body.indexOf('zeppelin');
    const snippet = makeSnippet(body, [[at, at + 8]]);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(162);
    expect(snippet.text.charAt(1)).not.toBe(' ');
    expect(highlighted(snippet)).toEqual(['zeppelin']);
  });

  it('clips ranges to the excerpt and turns line breaks into spaces', () => {
    const body = `第一行\n客户关系${'很重要。'.repeat(60)}客户关系`;
    const snippet = makeSnippet(body, [[4, 8], [body.length - 4, body.length]]);
    expect(snippet.text).not.toContain('\n');
    expect(highlighted(snippet)).toEqual(['客户关系']);
  });

  it('shows the beginning of the body when only the title matched', () => {
    expect(makeSnippet('Body text.', [])).toEqual({ text: 'Body text.', matches: [] });
  });
});

describe('mergeRanges', () => {
  it('sorts and joins overlapping and touching ranges', () => {
    expect(mergeRanges([[5, 7], [0, 2], [2, 3], [6, 9]])).toEqual([[0, 3], [5, 9]]);
  });
});
