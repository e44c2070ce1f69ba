// The learner's side of change-driven re-checks: a review card remembers the fingerprint of the section its
// question refers to when it was last answered; when that section has changed since, the card is due now and
// shown as "updated — re-check", whatever its schedule says.
import type { ContentSet, Lang } from '../model';
import { findItem } from '../content/findItem';
import { dueCards } from './dueCards';
import type { ReviewCard } from './scheduleReview';
import { sectionHash } from '../content/sectionHash';

export interface RecheckableCard extends ReviewCard {
  quizId: string;
  questionId: string;
  lang: Lang;
  /** Fingerprint of what the question's `ref` pointed to when the card was last answered. */
  refHash?: string;
}

/** The current fingerprint of what the card's question refers to (in the card's language); undefined without one. */
export function cardRefHash(content: ContentSet, card: Pick<RecheckableCard, 'quizId' | 'questionId' | 'lang'>): string | undefined {
  const quiz = findItem(content.quizzes, card.quizId, card.lang);
  const question = quiz?.questions.find((candidate) => candidate.id === card.questionId);
  return quiz && sectionHash(content, question?.ref, quiz.lang);
}

/** True when the card was answered against a text that has changed since (cards without a fingerprint never are). */
function needsRecheck(content: ContentSet, card: RecheckableCard): boolean {
  if (card.refHash === undefined) return false;
  const now = cardRefHash(content, card);
  return now !== undefined && now !== card.refHash;
}

/** Today's queue: cards to re-check first (most overdue first), then the cards due by their schedule. */
export function reviewQueue<T extends RecheckableCard>(cards: readonly T[], content: ContentSet, now: Date): { card: T; updated: boolean }[] {
  const updated = new Set(cards.filter((card) => needsRecheck(content, card)));
  const byDue = (a: T, b: T) => Date.parse(a.due) - Date.parse(b.due);
  return [
    ...[...updated].sort(byDue).map((card) => ({ card, updated: true })),
    ...dueCards(cards, now)
      .filter((card) => !updated.has(card))
      .map((card) => ({ card, updated: false })),
  ];
}
