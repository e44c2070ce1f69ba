import { describe, expect, it } from 'vitest';
import { trigramsOf, WordTrigrams } from './WordTrigrams';

const table = WordTrigrams.build(['chain', 'champion', 'decision', 'negotiation', 'negotiator', 'ok', '2024'].sort());

describe('WordTrigrams', () => {
  it('finds the intended word for dropped, swapped and doubled letters', () => {
    // Trigrams alone cannot tell these two apart; fuse.js ranks between them later.
    expect(table.similar('negotiaton', 0.5).map((s) => s.word)).toEqual(['negotiator', 'negotiation']);
    expect(table.similar('decison', 0.5)[0]?.word).toBe('decision');
    expect(table.similar('deicsion', 0.4)[0]?.word).toBe('decision');
    expect(table.similar('champpion', 0.5)[0]?.word).toBe('champion');
  });

  it('ranks by overlap and leaves out unrelated words and the word itself', () => {
    const similar = table.similar('negotiation', 0.3).map((s) => s.word);
    expect(similar).toEqual(['negotiator']);
    expect(table.similar('zzzzzz', 0.3)).toEqual([]);
  });

  it('compares words added since the table was built directly', () => {
    expect(table.similar('stakeholdr', 0.5, ['stakeholder', 'x'])[0]?.word).toBe('stakeholder');
  });

  it('pads words so first and last letters count', () => {
    expect([...trigramsOf('deal')]).toEqual([' de', 'dea', 'eal', 'al ']);
  });

  it('round-trips through JSON', () => {
    const loaded = WordTrigrams.fromJSON(JSON.parse(JSON.stringify(table.toJSON())));
    expect(loaded.similar('negotiaton', 0.5)).toEqual(table.similar('negotiaton', 0.5));
  });
});
