// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnswerFeedback, RateResult, ReviewItem, ReviewQueue } from '../../core/api/contract';
import { fakeApi, renderWithApi } from '../testing/renderWithApi';
import { ReviewPlayer } from './ReviewPlayer';

afterEach(cleanup);

const preview: ReviewItem['preview'] = {
  again: { due: '2025-03-01T09:10:00.000Z', interval: { count: 10, unit: 'minute' } },
  hard: { due: '2025-03-01T14:00:00.000Z', interval: { count: 5, unit: 'hour' } },
  good: { due: '2025-03-03T09:00:00.000Z', interval: { count: 2, unit: 'day' } },
  easy: { due: '2025-03-11T09:00:00.000Z', interval: { count: 10, unit: 'day' } },
};

const cards: ReviewItem[] = [
  {
    cardId: 'card-price',
    quizId: 'negotiation',
    quizTitle: 'Negotiation basics',
    question: { id: 'q-price', type: 'truefalse', promptHtml: '<p>Give the discount as soon as it is asked for.</p>' },
    state: 'relearning',
    due: '2025-03-01T09:00:00.000Z',
    lapses: 1,
    preview,
  },
  {
    cardId: 'card-signals',
    quizId: 'discovery',
    quizTitle: 'Discovery basics',
    question: {
      id: 'q-signals',
      type: 'single',
      promptHtml: '<p>Which is a buying signal?</p>',
      options: [
        { index: 1, html: 'Cancels the meeting' },
        { index: 0, html: 'Asks for references' },
      ],
    },
    state: 'review',
    due: '2025-03-01T09:00:00.000Z',
    lapses: 0,
    preview,
  },
];

const answers: Record<string, AnswerFeedback> = {
  'card-price': {
    questionId: 'q-price',
    correct: false,
    score: 0,
    explainHtml: '<p>Trade, never give: ask what you get in return.</p>',
    feedbackHtml: [],
    solution: { type: 'truefalse', value: false },
    ref: { playbookId: 'negotiation', anchor: 'trade-dont-give', title: 'Trade, don’t give' },
  },
  'card-signals': {
    questionId: 'q-signals',
    correct: true,
    score: 1,
    explainHtml: '<p>References show intent.</p>',
    feedbackHtml: [],
    solution: { type: 'single', choice: 0 },
  },
};

function reviewBackend(queue: ReviewQueue, remainingAfterLast = 0) {
  let rated = 0;
  return fakeApi({
    undoRating: vi.fn(async ({ cardId }) => {
      rated--;
      return { cardId, due: '2025-03-01T09:00:00.000Z', remainingToday: queue.due.length - rated };
    }),
    dueReviews: vi.fn(async () => queue),
    reviewAnswer: vi.fn(async ({ cardId }) => answers[cardId]!),
    rateReview: vi.fn(async ({ cardId, rating }): Promise<RateResult> => {
      rated++;
      return {
        cardId,
        nextDue: rating === 'again' ? '2025-03-02T10:00:00.000Z' : '2025-03-09T10:00:00.000Z',
        remainingToday: rated === queue.due.length ? remainingAfterLast : queue.due.length - rated,
      };
    }),
  });
}

describe('ReviewPlayer', () => {
  it('answers and rates each due card until the queue is empty, then says when the next ones are due', async () => {
    const user = userEvent.setup();
    const api = reviewBackend({ due: cards, nextDue: '2025-03-20T08:00:00.000Z', totalCards: 5 });
    const onRated = vi.fn();
    renderWithApi(<ReviewPlayer profileId="p1" lang="en" onRated={onRated} />, api);

    // Card 1: a wrong answer suggests "Again", rated from the keyboard with key 1.
    expect(await screen.findByText('Card 1 of 2')).toBeTruthy();
    expect(screen.getByText('Negotiation basics')).toBeTruthy();
    expect(screen.getByText('Relearning')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /True/ }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    const feedback = await screen.findByRole('region', { name: 'Feedback' });
    expect(api.reviewAnswer).toHaveBeenCalledWith({ profileId: 'p1', cardId: 'card-price', response: { type: 'truefalse', value: true } });
    expect(within(feedback).getByText('Not quite')).toBeTruthy();
    expect(within(feedback).getByRole('link', { name: 'Read: Trade, don’t give' }).getAttribute('href')).toBe('#/playbook/negotiation/trade-dont-give');
    const ratings = screen.getByRole('group', { name: 'Rate your recall' });
    expect(within(ratings).getAllByRole('button').map((b) => b.textContent)).toEqual(['Again· 10 min1', 'Hard· 5 h2', 'Good· 2 d3', 'Easy· 10 d4']);
    expect(document.activeElement).toBe(within(ratings).getByRole('button', { name: /Again/ }));
    await user.keyboard('1');
    expect(api.rateReview).toHaveBeenCalledWith({ profileId: 'p1', cardId: 'card-price', rating: 'again' });

    // Card 2: a right answer suggests "Good"; rated "Easy" by mouse.
    expect(await screen.findByText('Card 2 of 2')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /Asks for references/ }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await screen.findByRole('region', { name: 'Feedback' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Good/ }));
    await user.click(screen.getByRole('button', { name: /Easy/ }));
    expect(api.rateReview).toHaveBeenLastCalledWith({ profileId: 'p1', cardId: 'card-signals', rating: 'easy' });

    // Queue empty: the earliest next due date among the queue's and the rescheduled cards.
    expect(await screen.findByRole('heading', { name: 'All caught up' })).toBeTruthy();
    expect(screen.getByText('You reviewed 2 cards.')).toBeTruthy();
    const expected = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2025-03-02T10:00:00.000Z'));
    expect(screen.getByText(`Next cards due ${expected}`)).toBeTruthy();
    expect(onRated).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('button', { name: /Continue/ })).toBeNull();
  });

  it('offers to continue when cards rated "Again" are due again today, without saying all is done', async () => {
    const user = userEvent.setup();
    const api = reviewBackend({ due: [cards[1]!], nextDue: null, totalCards: 1 }, 1);
    renderWithApi(<ReviewPlayer profileId="p1" lang="en" />, api);
    await user.click(await screen.findByRole('radio', { name: /Asks for references/ }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await user.click(await screen.findByRole('button', { name: /Good/ }));
    expect(await screen.findByRole('heading', { name: 'Round done' })).toBeTruthy();
    expect(screen.queryByText('All caught up')).toBeNull();
    expect(screen.getByText('1 more card is due today.')).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Continue (1 more due)' }));
    expect(api.dueReviews).toHaveBeenCalledTimes(2);
    expect(await screen.findByText('Card 1 of 1')).toBeTruthy();
  });

  it('judges a recall card once: turned over, then rated with the intervals, no "Remembered" step', async () => {
    const user = userEvent.setup();
    const recall: ReviewItem = {
      ...cards[0]!,
      cardId: 'card-recall',
      question: { id: 'q-recall', type: 'recall', promptHtml: '<p>Name the three layers of a relationship.</p>', backHtml: '<p>Personal, professional, organisational.</p>' },
    };
    const api = reviewBackend({ due: [recall], nextDue: null, totalCards: 1 });
    renderWithApi(<ReviewPlayer profileId="p1" lang="en" />, api);
    await user.click(await screen.findByRole('button', { name: 'Show answer' }));
    expect(screen.getByText('Personal, professional, organisational.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'I remembered' })).toBeNull();
    expect(screen.queryByRole('button', { name: /remembered/i })).toBeNull();
    const ratings = screen.getByRole('group', { name: 'Rate your recall' });
    expect(document.activeElement).toBe(within(ratings).getByRole('button', { name: /Good/ }));
    await user.keyboard('{Enter}');
    expect(api.rateReview).toHaveBeenCalledWith({ profileId: 'p1', cardId: 'card-recall', rating: 'good' });
    expect(api.reviewAnswer).not.toHaveBeenCalled();
    expect(await screen.findByRole('heading', { name: 'All caught up' })).toBeTruthy();
  });

  it('undoes the last rating: the card comes back with its schedule, by button or the U key', async () => {
    const user = userEvent.setup();
    const api = reviewBackend({ due: cards, nextDue: null, totalCards: 2 });
    renderWithApi(<ReviewPlayer profileId="p1" lang="en" />, api);
    expect(screen.queryByRole('button', { name: /Undo last rating/ })).toBeNull();
    await user.click(await screen.findByRole('radio', { name: /True/ }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await user.click(await screen.findByRole('button', { name: /Hard/ }));
    expect(await screen.findByText('Card 2 of 2')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /Undo last rating/ }));
    expect(api.undoRating).toHaveBeenCalledWith({ profileId: 'p1', cardId: 'card-price' });
    expect(await screen.findByText('Card 1 of 2')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Rating undone: the card is back.');
    // The card is asked again from the start, and there is nothing more to undo.
    expect(screen.getByRole('button', { name: 'Check answer' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Undo last rating/ })).toBeNull();

    await user.click(screen.getByRole('radio', { name: /False/ }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await user.click(await screen.findByRole('button', { name: /Good/ }));
    expect(screen.queryByText('Rating undone: the card is back.')).toBeNull();
    await user.click(await screen.findByRole('radio', { name: /Asks for references/ }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await user.click(await screen.findByRole('button', { name: /Easy/ }));
    await screen.findByRole('heading', { name: 'All caught up' });
    await user.keyboard('u');
    expect(api.undoRating).toHaveBeenLastCalledWith({ profileId: 'p1', cardId: 'card-signals' });
    expect(await screen.findByText('Card 2 of 2')).toBeTruthy();
  });

  it('marks a card whose section changed since it was answered as updated, and no other card', async () => {
    renderWithApi(<ReviewPlayer profileId="p1" lang="en" />, reviewBackend({ due: [{ ...cards[0]!, updated: true }], nextDue: null, totalCards: 1 }));
    expect(await screen.findByText('Updated — re-check')).toBeTruthy();
    cleanup();
    renderWithApi(<ReviewPlayer profileId="p1" lang="en" />, reviewBackend({ due: [cards[0]!], nextDue: null, totalCards: 1 }));
    await screen.findByText('Card 1 of 1');
    expect(screen.queryByText('Updated — re-check')).toBeNull();
  });

  it('explains where cards come from when there are none', async () => {
    const api = reviewBackend({ due: [], nextDue: null, totalCards: 0 });
    renderWithApi(<ReviewPlayer profileId="p1" lang="en" />, api);
    expect(await screen.findByRole('heading', { name: 'No review cards yet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to my learning path' }).getAttribute('href')).toBe('#/path');
  });

  it('says when the next cards are due when nothing is due now', async () => {
    const api = reviewBackend({ due: [], nextDue: '2025-03-20T08:00:00.000Z', totalCards: 3 });
    renderWithApi(<ReviewPlayer profileId="p1" lang="en" />, api);
    expect(await screen.findByRole('heading', { name: 'Nothing due right now' })).toBeTruthy();
    expect(screen.getByText(/^Next cards due/)).toBeTruthy();
  });
});
