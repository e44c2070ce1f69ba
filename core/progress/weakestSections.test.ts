import { describe, expect, it } from 'vitest';
import { content, noRecords, quizAttempt, reviewCard } from './sampleContent.fixture';
import { weakestSections } from './weakestSections';

describe('weakestSections', () => {
  const records = {
    ...noRecords(),
    quizAttempts: [
      // q-single → discovery#goals, q-scenario → negotiation#price-objection, q-multiple → discovery#signals (no such section),
      // q-truefalse has no ref.
      quizAttempt(0.2, false, ['q-single', 'q-scenario', 'q-multiple', 'q-truefalse']),
      quizAttempt(0.6, false, ['q-single']),
    ],
    reviewCards: [reviewCard('q-recall', { lapses: 3 }), reviewCard('q-order', { lapses: 0 })],
  };

  it('ranks sections by quiz misses plus review lapses, with titles in the wanted language', () => {
    expect(weakestSections(content, records, 'en')).toEqual([
      { playbookId: 'negotiation', anchor: 'walk-away-point', title: 'Walk-away point', misses: 3 },
      { playbookId: 'discovery', anchor: 'goals', title: 'Goals', misses: 2 },
      { playbookId: 'negotiation', anchor: 'price-objection', title: 'Price objection', misses: 1 },
    ]);
    expect(weakestSections(content, records, 'zh-CN')[1]).toMatchObject({ anchor: 'goals', title: '客户目标' });
  });

  it('respects the limit and is empty without misses', () => {
    expect(weakestSections(content, records, 'en', 1).map((section) => section.anchor)).toEqual(['walk-away-point']);
    expect(weakestSections(content, noRecords(), 'en')).toEqual([]);
  });
});
