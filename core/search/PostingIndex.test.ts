import { describe, expect, it } from 'vitest';
import type { FieldGrams } from './PostingIndex';
import { PostingIndex } from './PostingIndex';
import { SlotList } from './SlotList';

const grams = (title: string[], tags: string[], body: string[]): FieldGrams => [new Set(title), new Set(tags), new Set(body)];
const slots = (index: PostingIndex, gram: string, field: number) => index.slotsOf(index.lookup(gram), field);

describe('PostingIndex', () => {
  it('lists the documents of a gram per field and counts each document once', () => {
    const index = new PostingIndex();
    index.add(grams(['price'], [], ['price', 'offer']));
    index.add(grams([], ['price'], ['deal']));
    expect(slots(index, 'price', 0)).toEqual([0]);
    expect(slots(index, 'price', 1)).toEqual([1]);
    expect(slots(index, 'price', 2)).toEqual([0]);
    expect(index.df(index.lookup('price'))).toBe(2);
    expect(index.df(index.lookup('missing'))).toBe(0);
  });

  it('keeps document counts exact through removal and compaction, and renumbers live slots', () => {
    const index = new PostingIndex();
    const a = grams(['alpha'], [], ['shared']);
    const b = grams(['beta'], [], ['shared']);
    index.add(a);
    index.add(b);
    index.compact();
    index.remove(0, a);
    const c = grams(['gamma'], [], ['shared']);
    index.add(c);
    expect(index.df(index.lookup('shared'))).toBe(2);
    expect(index.df(index.lookup('alpha'))).toBe(0);
    expect(index.keysWithPrefix('')).toEqual(['beta', 'gamma', 'shared']);
    expect(index.newKeys()).toEqual(['gamma']);
    expect(Array.from(index.compact())).toEqual([-1, 0, 1]);
    expect(slots(index, 'shared', 2)).toEqual([0, 1]);
    expect(slots(index, 'gamma', 0)).toEqual([1]);
    expect(index.hasChanges).toBe(false);
  });

  it('scores the postings of a gram into an array, listing newly touched slots', () => {
    const index = new PostingIndex();
    index.add(grams(['x'], [], []));
    index.add(grams(['x'], [], []));
    const scores = new Float32Array(2);
    scores[1] = 1;
    const touched = new SlotList();
    index.addScores(index.lookup('x'), 0, 0.5, scores, touched);
    expect(Array.from(scores)).toEqual([0.5, 1.5]);
    expect([touched.length, touched.at(0)]).toEqual([1, 0]);
    const within = Uint8Array.of(0, 1);
    index.addScores(index.lookup('x'), 0, 1, scores, touched, within);
    expect(Array.from(scores)).toEqual([0.5, 2.5]);
  });

  it('round-trips through JSON and refuses to serialise pending changes', () => {
    const index = new PostingIndex();
    index.add(grams(['客户'], ['大客户'], ['客户', '关系']));
    expect(() => index.toJSON()).toThrow(/compact/);
    index.compact();
    const loaded = PostingIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(loaded.keysWithPrefix('')).toEqual(index.keysWithPrefix(''));
    expect(slots(loaded, '客户', 2)).toEqual([0]);
    expect(loaded.df(loaded.lookup('关系'))).toBe(1);
  });
});
