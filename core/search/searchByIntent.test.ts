// Search by intent over a small bilingual pack with a glossary and situations: partial matches after complete
// ones, synonyms from the glossary, situations weighed like titles, phrases over scattered words, the language
// of the query, whole-word highlights.
import { describe, expect, it } from 'vitest';
import type { ContentSet, Glossary } from '../model';
import { buildSearchIndex, type SearchHit } from './SearchIndex';
import { playbook } from './searchContent.fixture';

const glossary: Glossary = {
  kind: 'glossary',
  id: 'terms',
  lang: 'en',
  title: 'Terms',
  groups: [
    { terms: ['太贵', '价格太高', 'too expensive', 'price objection'], line: 5 },
    { terms: ['discount', '折扣', '打折'], line: 6 },
  ],
  source: { root: 'fixture', file: 'content/glossary/terms.yaml', line: 1 },
};

const pricing = playbook({
  id: 'pricing',
  lang: 'en',
  title: 'Holding the price',
  sections: [
    {
      anchor: 'value',
      title: 'Show the value',
      text: 'When a buyer calls the offer too expensive, show the value case before any discount.',
      situations: ['The customer says our price is too high'],
      blocks: [{ kind: 'tactic', title: 'Trade, never give', text: 'Every discount is traded for scope.', situations: ['They want a discount at the last minute'] }],
    },
    { anchor: 'tools', title: 'Pricing tools', text: 'The tools for a quote: price list, calculator, approval chart.' },
    { anchor: 'calls', title: 'Calls', text: 'First calls go to procurement. Later the engineers call, first thing in the morning.' },
    { anchor: 'order', title: 'Who calls', text: 'Procurement calls first, then finance.' },
  ],
});
const pricingZh = playbook({
  id: 'pricing',
  lang: 'zh-CN',
  title: '守住价格',
  sections: [
    { anchor: 'value', title: '讲清价值', text: '客户说太贵时，先讲价值，再谈折扣。', situations: ['客户说价格太高'] },
    { anchor: 'tools', title: '报价工具', text: '报价单、计算器和审批流程。' },
  ],
});
const set: ContentSet = { playbooks: [pricing, pricingZh], quizzes: [], cases: [], paths: [], lessons: [], glossaries: [glossary], diagnostics: [] };
const index = buildSearchIndex(set);
const refs = (hits: SearchHit[]) => hits.map((hit) => `${hit.lang}:${hit.id}#${hit.section}`);
const highlighted = (text: string, ranges: [number, number][]) => ranges.map(([start, end]) => text.slice(start, end));

describe('search by intent', () => {
  it('ranks documents that match every term first, then partial ones flagged with the terms they lack', () => {
    const hits = index.search('value case calculator');
    // No section has both words: each answers part of the question.
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.every((hit) => hit.partial)).toBe(true);
    expect(hits.find((hit) => hit.section === 'tools')?.missing).toEqual(['value', 'case']);
    const mixed = index.search('price list calculator');
    expect(refs(mixed)[0]).toBe('en:pricing#tools');
    expect(mixed[0]?.partial).toBeUndefined();
  });

  it('expands a query with its glossary group, in either language', () => {
    expect(refs(index.search('打折'))).toContain('en:pricing#value--trade,-never-give');
    expect(refs(index.search('price objection'))[0]).toMatch(/pricing#value$/);
  });

  it('weighs a situation like a title and says which one matched', () => {
    const [hit] = index.search('customer says price is too high', { boostLang: 'en' });
    expect(hit).toMatchObject({ section: 'value', situation: 'The customer says our price is too high' });
    const [tactic] = index.search('discount at the last minute');
    expect(tactic).toMatchObject({ type: 'tactic', situation: 'They want a discount at the last minute' });
  });

  it('ranks the exact phrase above the same words scattered', () => {
    expect(refs(index.search('procurement calls first'))[0]).toBe('en:pricing#order');
  });

  it('answers a Chinese query in Chinese from the English UI, folding the translation into the hit', () => {
    const [hit] = index.search('客户说价格太高', { boostLang: 'en' });
    expect(hit).toMatchObject({ lang: 'zh-CN', section: 'value', otherLang: 'en', situation: '客户说价格太高' });
    expect(refs(index.search('客户说价格太高', { boostLang: 'en' })).filter((ref) => ref.endsWith('#value'))).toHaveLength(1);
  });

  it('highlights whole Latin words only', () => {
    // "tools" contains "too": it may be found, but only the word "too" lights up.
    const texts = index.search('too').flatMap((hit) => highlighted(hit.snippet, hit.matches));
    expect(texts.length).toBeGreaterThan(0);
    expect(new Set(texts.map((text) => text.toLowerCase()))).toEqual(new Set(['too']));
  });

  it('offers nearest words, glossary terms and the tactics of the nearest tag when nothing matches', () => {
    const suggestions = index.suggest('discuont qqq', 'en');
    expect(suggestions.tried).toEqual(['discuont', 'qqq']);
    expect(suggestions.didYouMean).toContain('discount');
    expect(suggestions.glossary).toContain('discount');
  });
});
