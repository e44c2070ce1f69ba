import { describe, expect, it } from 'vitest';
import { dueCards, endOfLearnerDay, isDue, nextDueAfterToday } from './dueCards';
import { newReviewCard } from './scheduleReview';

const cardDue = (iso: string, id: string) => ({ ...newReviewCard(new Date(iso)), id });

describe('endOfLearnerDay', () => {
  it('is the learner’s next local midnight, expressed in UTC', () => {
    const now = new Date('2025-03-01T20:00:00Z');
    expect(endOfLearnerDay(now, 0).toISOString()).toBe('2025-03-02T00:00:00.000Z');
    // Beijing (+8): 20:00 UTC is already 04:00 on 2 March there.
    expect(endOfLearnerDay(now, 480).toISOString()).toBe('2025-03-02T16:00:00.000Z');
    // New York in winter (-5): still 15:00 on 1 March.
    expect(endOfLearnerDay(now, -300).toISOString()).toBe('2025-03-02T05:00:00.000Z');
  });
});

describe('dueCards', () => {
  const now = new Date('2025-03-01T09:00:00Z');
  const cards = [
    cardDue('2025-03-01T22:00:00Z', 'tonight'),
    cardDue('2025-02-20T08:00:00Z', 'overdue'),
    cardDue('2025-03-03T08:00:00Z', 'later'),
    cardDue('2025-03-02T08:00:00Z', 'tomorrow'),
  ];

  it('returns the cards due before the end of the learner’s day, most overdue first', () => {
    expect(dueCards(cards, now, 0).map((card) => card.id)).toEqual(['overdue', 'tonight']);
  });

  it('depends on the learner’s time zone', () => {
    // In Beijing, 22:00 UTC on 1 March is already 2 March: not due today.
    expect(dueCards(cards, now, 480).map((card) => card.id)).toEqual(['overdue']);
    expect(isDue(cards[0]!, now, -300)).toBe(true);
  });

  it('gives the next due time after today, or null when nothing is left', () => {
    expect(nextDueAfterToday(cards, now, 0)).toBe('2025-03-02T08:00:00.000Z');
    expect(nextDueAfterToday(cards.slice(0, 2), now, 0)).toBeNull();
  });
});
