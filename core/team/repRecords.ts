// A rep's aggregated state as the learner records the readiness rules read (core/progress/readiness.ts), as they
// stood at a given time: one finished attempt per quiz and case holding the best score by then, and the review
// cards as their ratings by then left them. Readiness is then computed by the very rules of the learner's own screen.
import type { Lang } from '../model';
import type { LearnerRecords, QuizAttempt, ReplayAttempt, ReviewCardRecord } from '../progress/records';
import { newReviewCard, scheduleReview, type ReviewCard } from '../review/scheduleReview';
import { bestBy } from './bestHistory';
import type { RepCard, RepState } from './TeamAggregate';
import type { TeamRating } from './teamStatement';

const RATING_ORDER: TeamRating[] = ['again', 'hard', 'good', 'easy'];
const iso = (at: number) => new Date(at).toISOString();

function cardBy(entry: RepCard, at: number) {
  const lastAt = entry.ratings[entry.ratings.length - 2] as number;
  if (lastAt <= at) return entry.card;
  if ((entry.ratings[0] as number) > at) return undefined;
  let card = newReviewCard(new Date(entry.ratings[0] as number));
  for (let i = 0; i < entry.ratings.length && (entry.ratings[i] as number) <= at; i += 2) {
    card = scheduleReview(card, RATING_ORDER[entry.ratings[i + 1] as number] as TeamRating, new Date(entry.ratings[i] as number));
  }
  return card;
}

/**
 * Each rep's current card (replaced, never changed, when a rating is folded) → its record: a view measures
 * hundreds of reps with hundreds of cards each, most unchanged since the last view.
 */
const cardRecords = new WeakMap<ReviewCard, ReviewCardRecord>();

export function repRecords(actor: string, rep: RepState, at: number, lang: Lang): LearnerRecords {
  const quizAttempts: QuizAttempt[] = [];
  for (const [quizId, history] of Object.entries(rep.quizzes)) {
    const score = bestBy(history, at);
    if (score === undefined) continue;
    const passedAt = rep.passed[quizId];
    const when = iso(history[0]![0]);
    quizAttempts.push({ id: quizId, profileId: actor, quizId, lang, seed: 0, startedAt: when, finishedAt: when, answers: [], score, passed: passedAt !== undefined && passedAt <= at });
  }
  const replayAttempts: ReplayAttempt[] = [];
  for (const [caseId, history] of Object.entries(rep.cases)) {
    const score = bestBy(history, at);
    if (score === undefined) continue;
    const when = iso(history[0]![0]);
    replayAttempts.push({ id: caseId, profileId: actor, caseId, lang, seed: 0, choices: [], startedAt: when, finishedAt: when, score });
  }
  const reviewCards: ReviewCardRecord[] = [];
  for (const [key, entry] of Object.entries(rep.cards)) {
    const card = cardBy(entry, at);
    if (!card) continue;
    const kept = card === entry.card ? cardRecords.get(card) : undefined;
    if (kept && kept.lang === lang && kept.profileId === actor) {
      reviewCards.push(kept);
      continue;
    }
    const [quizId = '', questionId = ''] = key.split('|');
    const record: ReviewCardRecord = Object.assign({}, card, { id: key, profileId: actor, quizId, questionId, lang, createdAt: iso(entry.ratings[0] as number) });
    if (card === entry.card) cardRecords.set(card, record);
    reviewCards.push(record);
  }
  const reads = Object.entries(rep.reads)
    .filter(([, readAt]) => readAt <= at)
    .map(([playbookId, readAt]) => ({ profileId: actor, playbookId, lang, readAt: iso(readAt) }));
  return { reads, quizAttempts, replayAttempts, reviewCards };
}

/** When the rep's evidence last rose (a new best on a quiz or case), or undefined when it never has. */
export function lastGain(rep: RepState): number | undefined {
  let last: number | undefined;
  for (const history of [...Object.values(rep.quizzes), ...Object.values(rep.cases)]) {
    const point = history[history.length - 1];
    if (point && point[1] > 0 && (last === undefined || point[0] > last)) last = point[0];
  }
  return last;
}
