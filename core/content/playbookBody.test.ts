import { describe, expect, it } from 'vitest';
import { LineOffsets, markdownOf, playbookBody } from './playbookBody';

describe('LineOffsets', () => {
  it('gives the offsets of exactly the text that slicing and joining the lines makes, ranges out of bounds too', () => {
    for (const lines of [[], [''], ['a'], ['', ''], ['## 标题', '', '正文。  ', ':::', ''], ['x', 'yy', '', 'zzz']]) {
      const text = lines.join('\n');
      const offsets = new LineOffsets(lines);
      for (let from = -1; from <= lines.length + 1; from++) {
        for (let to = -1; to <= lines.length + 1; to++) {
          const { start, end } = offsets.range(from, to);
          expect(text.slice(start, end), `${JSON.stringify(lines)} ${from}..${to}`).toBe(lines.slice(Math.max(from, 0), Math.max(to, 0)).join('\n'));
          expect(0 <= start && start <= end && end <= text.length).toBe(true);
        }
      }
    }
  });
});

describe('playbookBody', () => {
  it('is everything after the front matter, with line endings and byte-order mark normalised', () => {
    expect(playbookBody('\uFEFF---\r\nid: a\r\n---\r\nIntro.\r\n\r\n## One\r\nText.\r\n')).toBe('Intro.\n\n## One\nText.\n');
    expect(playbookBody('---\nid: a\n...\n## One')).toBe('## One');
    expect(playbookBody('---\nid: a\n---')).toBe('');
  });

  it('is undefined for a text without front matter', () => {
    expect(playbookBody('## One\nText.')).toBeUndefined();
    expect(playbookBody('---\nid: a\n## One')).toBeUndefined();
  });
});

describe('markdownOf', () => {
  it('cuts a section or block out of the body by its offsets', () => {
    expect(markdownOf('## One\nText.\n', { start: 7, end: 12 })).toBe('Text.');
  });
});
