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

  it('leaves a lone Latin letter unmarked but marks a lone Han character', () => {
    expect(highlightParts('chart instead', [[0, 3], [6, 7]])).toEqual([
      { text: 'cha', match: true },
      { text: 'rt instead', match: false },
    ]);
    expect(highlightParts('为什么', [[1, 2]])).toEqual([
      { text: '为', match: false },
      { text: '什', match: true },
      { text: '么', match: false },
    ]);
  });

  it('returns the whole text unmarked when nothing matched', () => {
    expect(highlightParts('budget', [])).toEqual([{ text: 'budget', match: false }]);
  });
});
