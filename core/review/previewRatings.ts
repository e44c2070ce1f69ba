// What each rating would do to a card, shown on the rating buttons ("Again · 10 min", "Good · 2 d") before the learner picks.
import { RATINGS, scheduleEachRating, type Rating, type ReviewCard } from './scheduleReview';

export const INTERVAL_UNITS = ['minute', 'hour', 'day', 'month', 'year'] as const;
export type IntervalUnit = (typeof INTERVAL_UNITS)[number];

/** A rounded wait until the card is due again, in the largest unit that keeps it readable. */
export interface RoundedInterval {
  count: number;
  unit: IntervalUnit;
}

export interface RatingPreview {
  /** ISO time the card would next be due. */
  due: string;
  interval: RoundedInterval;
}

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** Rounds a wait the way review apps label it: minutes under an hour, hours under a day, days under a month… */
export function roundInterval(ms: number): RoundedInterval {
  const wait = Math.max(0, ms);
  if (wait < HOUR) return { count: Math.max(1, Math.round(wait / MINUTE)), unit: 'minute' };
  if (wait < DAY) return { count: Math.round(wait / HOUR), unit: 'hour' };
  if (wait < MONTH) return { count: Math.round(wait / DAY), unit: 'day' };
  if (wait < YEAR) return { count: Math.round(wait / MONTH), unit: 'month' };
  return { count: Math.round((wait / YEAR) * 10) / 10, unit: 'year' };
}

/** The next due time of `card` for each rating given at `now`; the card itself is not changed. */
export function previewRatings(card: ReviewCard, now: Date): Record<Rating, RatingPreview> {
  const next = scheduleEachRating(card, now);
  const preview = (rating: Rating): [Rating, RatingPreview] => {
    const due = next[rating].due;
    return [rating, { due, interval: roundInterval(Date.parse(due) - now.getTime()) }];
  };
  return Object.fromEntries(RATINGS.map(preview)) as Record<Rating, RatingPreview>;
}
