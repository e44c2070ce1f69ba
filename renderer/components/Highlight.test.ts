import { describe, expect, it } from 'vitest';
import { highlightParts } from './Highlight';

describe('highlightParts', () => {
  it('marks the given ranges and keeps the text between them', () => {
    expect(highlightParts('ask open questions', [[4, 8]])).toEqual([
      { text: 'ask ', match: false },
      { text: 'open', match: true },
      { text: ' questions', match: false },
    ]);
  });

  it('merges overlapping and unsorted ranges and clamps out-of-range ends', () => {
    expect(highlightParts('客户关系管理', [[4, 99], [0, 2], [1, 3]])).toEqual([
      { text: '客户关', match: true },
      { text: '系', match: false },
      { text: '管理', match: true },
    ]);
  });

  it('returns the whole text unmarked when nothing matched', () => {
    expect(highlightParts('budget', [])).toEqual([{ text: 'budget', match: false }]);
  });
});
