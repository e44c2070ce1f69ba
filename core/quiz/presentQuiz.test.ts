import { describe, expect, it } from 'vitest';
import { presentQuestion, presentQuiz } from './presentQuiz';
import { match, multiple, order, recall, sampleQuiz, single, trueFalse } from './sampleQuiz.fixture';
import { mulberry32, seededShuffle } from './seededShuffle';

const render = (markdown: string) => `<p>${markdown}</p>`;
const seeds = Array.from({ length: 50 }, (_, i) => i * 7919 + 1);

describe('seededShuffle', () => {
  it('gives the same order for the same seed and different orders across seeds', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(seededShuffle(items, 42)).toEqual(seededShuffle(items, 42));
    const orders = new Set(seeds.map((seed) => seededShuffle(items, seed).join(',')));
    expect(orders.size).toBeGreaterThan(45);
  });

  it('keeps every item exactly once and leaves the input untouched', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const shuffled = seededShuffle(items, 7);
    expect([...shuffled].sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('draws numbers in [0, 1) spread over the range', () => {
    const random = mulberry32(123);
    const draws = Array.from({ length: 10000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const lowHalf = draws.filter((draw) => draw < 0.5).length;
    expect(lowHalf).toBeGreaterThan(4800);
    expect(lowHalf).toBeLessThan(5200);
  });
});

describe('presentQuestion', () => {
  it('shows choice options shuffled with their original index and rendered text, without answers', () => {
    const view = presentQuestion(multiple, 5, render);
    expect(view.promptHtml).toBe('<p>Which are buying signals?</p>');
    expect(view.options?.map((option) => option.index).sort()).toEqual([0, 1, 2, 3]);
    for (const option of view.options ?? []) expect(option.html).toBe(render(multiple.options[option.index]!.text));
    expect(JSON.stringify(view)).not.toMatch(/correct|feedback/);
  });

  it('shuffles options differently for different seeds and identically for the same seed', () => {
    const shown = (seed: number) => presentQuestion(single, seed, render).options!.map((option) => option.index).join();
    expect(shown(11)).toBe(shown(11));
    expect(new Set(seeds.map(shown)).size).toBe(6);
  });

  it('never shows order steps or match items in the original order', () => {
    for (const seed of seeds) {
      const steps = presentQuestion(order, seed, render).steps!;
      expect(steps.map((step) => step.index)).not.toEqual([0, 1, 2, 3, 4]);
      expect(steps.map((step) => step.text).sort()).toEqual([...order.steps].sort());
      const right = presentQuestion(match, seed, render).right!;
      expect(right.map((item) => item.index)).not.toEqual([0, 1, 2, 3]);
    }
  });

  it('rotates the items when the shuffle itself lands on the original order', () => {
    const identitySeed = Array.from({ length: 1000 }, (_, i) => i).find((seed) => seededShuffle([0, 1, 2, 3], seed).join() === '0,1,2,3')!;
    expect(identitySeed).toBeDefined();
    expect(presentQuestion(match, identitySeed, render).right!.map((item) => item.index)).toEqual([1, 2, 3, 0]);
  });

  it('keeps match left items in order and tags each right item with its original index', () => {
    const view = presentQuestion(match, 3, render);
    expect(view.left).toEqual(['Champion', 'Economic buyer', 'User', 'Blocker']);
    for (const item of view.right!) expect(item.text).toBe(match.pairs[item.index]![1]);
  });

  it('shows a truefalse prompt without the answer, and both sides of a recall card for the learner to flip', () => {
    expect(presentQuestion(trueFalse, 1, render)).toEqual({ id: 'q-truefalse', type: 'truefalse', promptHtml: render(trueFalse.prompt) });
    const card = presentQuestion(recall, 1, render);
    expect(card).toEqual({ id: 'q-recall', type: 'recall', promptHtml: '<p>The walk-away point?</p>', backHtml: render(recall.back) });
  });
});

describe('presentQuiz', () => {
  it('presents every question, reproducibly from the attempt seed', () => {
    const views = presentQuiz(sampleQuiz, 99, render);
    expect(views.map((view) => view.id)).toEqual(sampleQuiz.questions.map((question) => question.id));
    expect(presentQuiz(sampleQuiz, 99, render)).toEqual(views);
    expect(presentQuiz(sampleQuiz, 100, render)).not.toEqual(views);
  });
});
