import { describe, expect, it } from 'vitest';
import { segmentWords } from './segmentWords';
import { isStopWord } from './stopWords';
import { Synonyms, understandQuery } from './understandQuery';

const glossary = new Synonyms([
  ['太贵', '价格太高', 'price objection', 'price is too high'],
  ['拍板', '说了算', 'decide'],
  ['八成', '80%'],
  ['discount', '折扣'],
]);

describe('segmentWords', () => {
  it('cuts Chinese into dictionary words, keeps English words and a number with its % as one word', () => {
    expect(segmentWords('客户说价格太高')).toEqual(['客户', '说', '价格', '太高']);
    expect(segmentWords('销售天才 80%')).toEqual(['销售', '天才', '80%']);
    expect(segmentWords('The CRM, ＣＲＭ and Walk-away!')).toEqual(['the', 'crm', 'crm', 'and', 'walk', 'away']);
  });
});

describe('understandQuery', () => {
  it('leaves out stop words of both languages, unless the query is nothing else', () => {
    expect(['的', '了', '怎么', '什么', 'how', 'what', 'the'].every(isStopWord)).toBe(true);
    expect(isStopWord('价格')).toBe(false);
    const zh = understandQuery('怎么知道客户的预算', Synonyms.none);
    expect(zh.terms.map((term) => term.text)).toEqual(['知道', '客户', '预算']);
    expect(zh.ignored).toEqual(['怎么', '的']);
    expect(understandQuery('how do I prepare the meeting', Synonyms.none).terms.map((term) => term.text)).toEqual(['prepare', 'meeting']);
    expect(understandQuery('how to', Synonyms.none).terms.map((term) => term.text)).toEqual(['how', 'to']);
  });

  it('turns a run of words that a glossary group names into one term with the group as synonyms', () => {
    const [price] = understandQuery('客户嫌价格太高', glossary).terms.slice(-1);
    expect(price).toMatchObject({ glossaryTerm: '价格太高', synonyms: ['太贵', 'price objection', 'price is too high'] });
    // English by stem and across stop words: "the price is too high" is the group's "price is too high".
    const english = understandQuery('the price is too high', glossary).terms;
    expect(english).toHaveLength(1);
    expect(english[0]?.synonyms).toContain('太贵');
    expect(understandQuery('discounts', glossary).terms[0]?.synonyms).toEqual(['折扣']);
    // 说了算 is cut 说|了|算 and 了 is a stop word: the glossary term is still found.
    expect(understandQuery('谁说了算', glossary).terms[0]).toMatchObject({ glossaryTerm: '说了算' });
    expect(understandQuery('销售天才 80%', glossary).terms.map((term) => term.synonyms)).toEqual([[], [], ['八成']]);
  });
});
