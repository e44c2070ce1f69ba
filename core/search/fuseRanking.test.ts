import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import type { RankedFields } from './fuseRanking';
import { FIELD_WEIGHTS, fuseOptions, fuseTokens } from './fuseRanking';

describe('fuseOptions', () => {
  it('matches a word thousands of characters into the body', () => {
    const docs: RankedFields[] = [{ title: 'Review', tags: [], situations: [], body: `${'filler words here. '.repeat(150)}the zeppelin clause` }];
    const [hit] = new Fuse(docs, fuseOptions<RankedFields>()).search('zeppelin');
    expect(hit?.matches?.[0]?.indices).toContainEqual([2854, 2861]);
  });

  it('requires every word, each matched fuzzily', () => {
    const docs: RankedFields[] = [
      { title: 'Mapping the decision chain', tags: [], situations: [], body: '' },
      { title: 'Decision making', tags: [], situations: [], body: '' },
    ];
    const hits = new Fuse(docs, fuseOptions<RankedFields>()).search('decison chain');
    expect(hits.map((hit) => hit.refIndex)).toEqual([0]);
  });

  it('weighs titles and situations over tags over bodies', () => {
    expect([...FIELD_WEIGHTS]).toEqual([3, 2, 1, 3]);
    const docs: RankedFields[] = [
      { title: 'Other', tags: [], situations: [], body: 'pricing' },
      { title: 'Other', tags: ['pricing'], situations: [], body: '' },
      { title: 'Pricing', tags: [], situations: [], body: '' },
    ];
    expect(new Fuse(docs, fuseOptions<RankedFields>()).search('pricing').map((hit) => hit.refIndex)).toEqual([2, 1, 0]);
  });
});

describe('fuseTokens', () => {
  it('splits on whitespace, folds width and case, and strips extended-search operators', () => {
    expect(fuseTokens('  ＣＲＭ  ^Walk-Away  !price$ a|b "quoted" =exact ')).toEqual(['crm', 'walk-away', 'price', 'a', 'b', 'quoted', 'exact']);
    expect(fuseTokens('!!! $')).toEqual([]);
  });
});
