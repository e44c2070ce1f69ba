// The "due today" queue: a card counts as due if it falls due before the end of the learner's calendar day,
// so one sitting clears the day's work instead of cards trickling in hour by hour.
import type { ReviewCard } from './scheduleReview';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Minutes the learner's clock is ahead of UTC (Beijing +480); defaults to the host's time zone at `now`. */
const localOffset = (now: Date) => -now.getTimezoneOffset();

/** The first instant of the learner's next calendar day. */
export function endOfLearnerDay(now: Date, utcOffsetMinutes = localOffset(now)): Date {
  const offsetMs = utcOffsetMinutes * 60 * 1000;
  const localDayStart = Math.floor((now.getTime() + offsetMs) / DAY_MS) * DAY_MS;
  return new Date(localDayStart + DAY_MS - offsetMs);
}

export function isDue(card: ReviewCard, now: Date, utcOffsetMinutes = localOffset(now)): boolean {
  return Date.parse(card.due) < endOfLearnerDay(now, utcOffsetMinutes).getTime();
}

const byDue = (a: ReviewCard, b: ReviewCard) => Date.parse(a.due) - Date.parse(b.due);

/** Cards due today, most overdue first. */
export function dueCards<T extends ReviewCard>(cards: readonly T[], now: Date, utcOffsetMinutes = localOffset(now)): T[] {
  return cards.filter((card) => isDue(card, now, utcOffsetMinutes)).sort(byDue);
}

/** ISO time of the earliest card due after today, or null when none is. */
export function nextDueAfterToday(cards: readonly ReviewCard[], now: Date, utcOffsetMinutes = localOffset(now)): string | null {
  const later = cards.filter((card) => !isDue(card, now, utcOffsetMinutes)).sort(byDue);
  return later[0]?.due ?? null;
}
