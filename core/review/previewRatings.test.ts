import { describe, expect, it } from 'vitest';
import { previewRatings, roundInterval } from './previewRatings';
import { newReviewCard, RATINGS, scheduleReview } from './scheduleReview';

const now = new Date('2025-03-01T09:00:00Z');
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('roundInterval', () => {
  it('labels waits in the largest readable unit', () => {
    expect(roundInterval(10 * MINUTE)).toEqual({ count: 10, unit: 'minute' });
    expect(roundInterval(20 * 1000)).toEqual({ count: 1, unit: 'minute' });
    expect(roundInterval(5 * HOUR + 10 * MINUTE)).toEqual({ count: 5, unit: 'hour' });
    expect(roundInterval(2 * DAY + 3 * HOUR)).toEqual({ count: 2, unit: 'day' });
    expect(roundInterval(65 * DAY)).toEqual({ count: 2, unit: 'month' });
    expect(roundInterval(550 * DAY)).toEqual({ count: 1.5, unit: 'year' });
  });
});

describe('previewRatings', () => {
  it('gives for each rating the due time scheduleReview would set, without changing the card', () => {
    const card = newReviewCard(now);
    const before = structuredClone(card);
    const preview = previewRatings(card, now);
    for (const rating of RATINGS) expect(preview[rating].due).toBe(scheduleReview(card, rating, now).due);
    expect(card).toEqual(before);
  });

  it('shows a missed new card back in 10 minutes and a known one days later', () => {
    const preview = previewRatings(newReviewCard(now), now);
    expect(preview.again.interval).toEqual({ count: 10, unit: 'minute' });
    expect(preview.good.interval.unit).toBe('day');
    expect(preview.easy.interval.count).toBeGreaterThanOrEqual(preview.good.interval.count);
  });

  it('grows the intervals of a card remembered before', () => {
    const first = scheduleReview(newReviewCard(now), 'good', now);
    const when = new Date(first.due);
    const second = previewRatings(first, when);
    const fresh = previewRatings(newReviewCard(when), when);
    expect(Date.parse(second.good.due)).toBeGreaterThan(Date.parse(fresh.good.due));
  });
});
