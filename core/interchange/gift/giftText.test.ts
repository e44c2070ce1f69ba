import { describe, expect, it } from 'vitest';
import { escapeGift, findLastUnescaped, findUnescaped, readFormattedText, splitBeforeMarkers, unescapeGift } from './giftText';

describe('GIFT escapes', () => {
  it.each([
    'plain text',
    'a ~ b = c # d { e } f : g',
    'line one\nline two',
    'Markdown \\*stays\\* escaped',
    'a literal \\n, a backslash before a tilde \\~ and one at the end \\',
    '\\\\ two backslashes',
  ])('reads back what it writes: %j', (text) => {
    expect(unescapeGift(escapeGift(text))).toBe(text);
  });

  it('escapes only what GIFT reserves, and line breaks', () => {
    expect(escapeGift('Note: {x} ~ =y #z\nnext')).toBe('Note\\: \\{x\\} \\~ \\=y \\#z\\nnext');
    expect(escapeGift('keep \\* and \\_')).toBe('keep \\* and \\_');
  });

  it('skips escaped characters when scanning', () => {
    expect(findUnescaped('a\\{b{c', '{')).toBe(4);
    expect(findUnescaped('a\\\\{b', '{')).toBe(3);
    expect(findLastUnescaped('x####y\\####z####w', '####')).toBe(12);
    const { head, pieces } = splitBeforeMarkers({ text: 'x =a \\=b ~c', start: 10 }, ['=', '~']);
    expect(head).toEqual({ text: 'x ', start: 10 });
    expect(pieces).toEqual([
      { text: '=a \\=b ', start: 12 },
      { text: '~c', start: 19 },
    ]);
  });

  it('reads a format marker and unescapes the rest', () => {
    expect(readFormattedText(' [markdown]**A\\:** b ')).toEqual({ text: '**A:** b', format: 'markdown' });
    expect(readFormattedText('[see](x) link')).toEqual({ text: '[see](x) link' });
  });
});
