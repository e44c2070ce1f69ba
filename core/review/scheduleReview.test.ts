import { describe, expect, it } from 'vitest';
import { isDue } from './dueCards';
import { newReviewCard, ratingFromGrade, retrievability, scheduleReview, type Rating, type ReviewCard } from './scheduleReview';

const now = new Date('2025-03-01T09:00:00Z');
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const dueMs = (card: ReviewCard) => Date.parse(card.due);
const after = (card: ReviewCard, ms: number) => new Date(dueMs(card) + ms);

/** A card that has graduated to the review state: answered right, then reviewed right when due. */
function reviewStateCard(): ReviewCard {
  const first = scheduleReview(newReviewCard(now), 'good', now);
  return scheduleReview(first, 'good', new Date(first.due));
}

const ratings: Rating[] = ['again', 'hard', 'good', 'easy'];

describe('newReviewCard', () => {
  it('is due at once and has no history', () => {
    const card = newReviewCard(now);
    expect(card).toMatchObject({ due: now.toISOString(), state: 'new', reps: 0, lapses: 0, lastReview: null });
    expect(isDue(card, now, 0)).toBe(true);
  });
});

describe('scheduleReview', () => {
  it('schedules a new card sooner for again than hard than good than easy', () => {
    const dues = ratings.map((rating) => dueMs(scheduleReview(newReviewCard(now), rating, now)));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(new Set(dues).size).toBe(4);
  });

  it('schedules a card in review sooner for again than hard than good than easy, and counts a lapse for again', () => {
    const card = reviewStateCard();
    const reviewedAt = new Date(card.due);
    const next = ratings.map((rating) => scheduleReview(card, rating, reviewedAt));
    const dues = next.map(dueMs);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(new Set(dues).size).toBe(4);
    expect(next.map((c) => c.lapses)).toEqual([1, 0, 0, 0]);
    expect(next[0]!.state).toBe('relearning');
  });

  it('brings a wrong answer back the same day and a right one only days later', () => {
    const wrong = scheduleReview(newReviewCard(now), ratingFromGrade(0), now);
    const partial = scheduleReview(newReviewCard(now), ratingFromGrade(0.5), now);
    const right = scheduleReview(newReviewCard(now), ratingFromGrade(1), now);
    expect(dueMs(wrong)).toBeLessThan(dueMs(partial));
    expect(dueMs(partial)).toBeLessThan(dueMs(right));
    expect(dueMs(wrong) - now.getTime()).toBeLessThan(HOUR);
    expect(dueMs(right) - now.getTime()).toBeGreaterThanOrEqual(DAY);
    expect(isDue(wrong, now, 0)).toBe(true);
    expect(isDue(right, now, 0)).toBe(false);
  });

  it('grows the interval with each successful review', () => {
    let card = scheduleReview(newReviewCard(now), 'good', now);
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      const reviewedAt = new Date(card.due);
      card = scheduleReview(card, 'good', reviewedAt);
      intervals.push(dueMs(card) - reviewedAt.getTime());
    }
    expect(intervals).toEqual([...intervals].sort((a, b) => a - b));
    expect(intervals[3]!).toBeGreaterThan(intervals[0]! * 2);
  });

  it('survives a JSON round trip unchanged and schedules the same afterwards', () => {
    const card = reviewStateCard();
    const revived = JSON.parse(JSON.stringify(card)) as ReviewCard;
    expect(revived).toEqual(card);
    const at = after(card, DAY);
    expect(scheduleReview(revived, 'hard', at)).toEqual(scheduleReview(card, 'hard', at));
  });

  it('keeps the other fields of a stored card', () => {
    const stored = { ...newReviewCard(now), id: 'card-1', questionId: 'q-1' };
    expect(scheduleReview(stored, 'good', now)).toMatchObject({ id: 'card-1', questionId: 'q-1', reps: 1 });
  });
});

describe('ratingFromGrade', () => {
  it('maps wrong to again, partial to hard and right to good', () => {
    expect(ratingFromGrade(0)).toBe('again');
    expect(ratingFromGrade(0.25)).toBe('hard');
    expect(ratingFromGrade(0.99)).toBe('hard');
    expect(ratingFromGrade(1)).toBe('good');
  });
});

describe('retrievability', () => {
  it('is 0 for a new card, near 1 right after a review, and falls as time passes', () => {
    expect(retrievability(newReviewCard(now), now)).toBe(0);
    const card = reviewStateCard();
    const reviewedAt = new Date(card.lastReview!);
    const fresh = retrievability(card, reviewedAt);
    const later = retrievability(card, after(card, 30 * DAY));
    expect(fresh).toBeGreaterThan(0.99);
    expect(later).toBeLessThan(fresh);
    expect(later).toBeGreaterThan(0);
  });
});

describe('retrievability', () => {
  it('equals ts-fsrs get_retrievability on the converted card, for cards of every state at many times', async () => {
    const { fsrs, State } = await import('ts-fsrs');
    const library = fsrs({ learning_steps: ['10m'], relearning_steps: ['10m'] });
    const states = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };
    const ratings: Rating[] = ['good', 'again', 'hard', 'easy', 'good', 'good', 'again', 'good'];
    let card = newReviewCard(now);
    let at = now.getTime();
    for (const rating of ratings) {
      card = scheduleReview(card, rating, new Date(at));
      at += 3 * DAY + 5 * HOUR;
      for (const later of [0, 7 * HOUR, DAY - 1, DAY, 9 * DAY + 3 * HOUR, 200 * DAY]) {
        const when = new Date(at + later);
        const expected = library.get_retrievability(
          { ...card, due: new Date(card.due), state: states[card.state], elapsed_days: card.elapsedDays, scheduled_days: card.scheduledDays, learning_steps: card.learningSteps, last_review: new Date(card.lastReview!) },
          when,
          false,
        );
        expect(retrievability(card, when)).toBe(expected);
      }
    }
  });
});
