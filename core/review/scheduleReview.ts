// Spaced review with FSRS (ts-fsrs). Cards are plain JSON (dates as ISO strings) so the store can persist them as they are.
import { createEmptyCard, fsrs, Rating as FsrsRating, State, type Card, type Grade } from 'ts-fsrs';

/** How well the learner remembered, as they rate themselves after an answer. */
export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type Rating = (typeof RATINGS)[number];

export const REVIEW_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** The FSRS memory state of one question for one learner. */
export interface ReviewCard {
  /** ISO time the card is next due. */
  due: string;
  state: ReviewState;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ISO time of the last review, null for a new card. */
  lastReview: string | null;
}

// One learning step of 10 minutes: a missed question comes back the same day, while a question answered right
// goes straight to FSRS's first interval (days) instead of being asked again minutes after the quiz.
const DAY_MS = 24 * 60 * 60 * 1000;
const scheduler = fsrs({ learning_steps: ['10m'], relearning_steps: ['10m'] });

const STATE_OF: Record<State, ReviewState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const FSRS_STATE: Record<ReviewState, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};
const FSRS_RATING: Record<Rating, Grade> = {
  again: FsrsRating.Again,
  hard: FsrsRating.Hard,
  good: FsrsRating.Good,
  easy: FsrsRating.Easy,
};

function fromFsrs(card: Card): ReviewCard {
  return {
    due: card.due.toISOString(),
    state: STATE_OF[card.state],
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  };
}

function toFsrs(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    state: FSRS_STATE[card.state],
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    ...(card.lastReview ? { last_review: new Date(card.lastReview) } : {}),
  };
}

/** A card never reviewed: due at once. */
export function newReviewCard(now: Date): ReviewCard {
  return fromFsrs(createEmptyCard(now));
}

/** The card after a review with `rating` at `now`; other fields of `card` (ids, keys) are kept. */
export function scheduleReview<T extends ReviewCard>(card: T, rating: Rating, now: Date): T {
  return { ...card, ...fromFsrs(scheduler.next(toFsrs(card), now, FSRS_RATING[rating]).card) };
}

/** The card after each possible rating at `now`, from one ts-fsrs preview (`repeat`); `card` is not changed. */
export function scheduleEachRating<T extends ReviewCard>(card: T, now: Date): Record<Rating, T> {
  const preview = scheduler.repeat(toFsrs(card), now);
  const after = (rating: Rating): T => ({ ...card, ...fromFsrs(preview[FSRS_RATING[rating]].card) });
  return { again: after('again'), hard: after('hard'), good: after('good'), easy: after('easy') };
}

/** Wrong → again, partly right → hard, right → good. A recall card's score is the learner's own "remembered" (1 or 0). */
export function ratingFromGrade(score: number): Rating {
  if (score >= 1) return 'good';
  return score > 0 ? 'hard' : 'again';
}

/** Probability (0–1) that the learner still remembers the card at `now`; 0 for a card never reviewed. */
export function retrievability(card: ReviewCard, now: Date): number {
  if (card.state === 'new') return 0;
  // ts-fsrs's get_retrievability on the card's own fields, without converting the whole card (the team view
  // asks this of every card of hundreds of reps): whole days since the last review, stability to 8 places.
  const lastReview = card.lastReview ? Date.parse(card.lastReview) : Number.NaN;
  if (!Number.isFinite(lastReview)) return scheduler.get_retrievability(toFsrs(card), now, false);
  const days = Math.max(Math.floor((now.getTime() - lastReview) / DAY_MS), 0);
  return scheduler.forgetting_curve(days, +card.stability.toFixed(8));
}
