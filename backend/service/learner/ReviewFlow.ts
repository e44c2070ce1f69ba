// Spaced review: today's due cards shown as questions, answered for feedback, then rated by the learner (FSRS).
import type { AnswerFeedback, QuizResponse, RateResult, Rating, ReviewItem, ReviewQueue, UndoRatingResult } from '../../../core/api/contract';
import type { Lang, Question, Quiz } from '../../../core/model';
import { findItem } from '../../../core/content/findItem';
import type { ReviewCardRecord } from '../../../core/progress/records';
import { presentQuestion } from '../../../core/quiz/presentQuiz';
import { deriveSeed } from '../../../core/quiz/seededShuffle';
import { nextDueAfterToday } from '../../../core/review/dueCards';
import { cardRefHash, reviewQueue } from '../../../core/review/reviewRecheck';
import { previewRatings } from '../../../core/review/previewRatings';
import { scheduleReview } from '../../../core/review/scheduleReview';
import { ApiError } from '../../../core/api/contract';
import { reviewRatedEvent } from '../../records/learningEvents';
import type { LearningDeps } from './QuizFlow';
import { gradeWithFeedback } from './QuizFlow';

export class ReviewFlow {
  /** Per learner, the card as it was before their last rating, for undo; kept for this run of the app only. */
  readonly #beforeLastRating = new Map<string, ReviewCardRecord>();
  /** Per card, whether the learner's answer before rating was right (for the learning record). */
  readonly #answeredRight = new Map<string, boolean>();

  constructor(private readonly deps: LearningDeps) {}

  async due(profileId: string, lang: Lang): Promise<ReviewQueue> {
    const cards = this.deps.store.reviewCards(profileId);
    const now = this.deps.now();
    return {
      due: reviewQueue(cards, this.deps.content(), now).flatMap(({ card, updated }) => {
        const found = this.questionOf(card, lang);
        return found ? [this.itemView(card, found.quiz, found.question, updated, now)] : [];
      }),
      nextDue: nextDueAfterToday(cards, now),
      totalCards: cards.length,
    };
  }

  /** Grades the answer to a due card for feedback; the schedule changes only when the learner rates it. */
  async answer(profileId: string, cardId: string, response: QuizResponse): Promise<AnswerFeedback> {
    const card = this.deps.store.getReviewCard(profileId, cardId);
    const found = this.questionOf(card, this.deps.store.getProfile(profileId).uiLang);
    if (!found) throw new ApiError('not-found', `The question of review card "${cardId}" is no longer in the content.`);
    const graded = gradeWithFeedback(found.question, response, found.quiz, this.deps.renderer);
    this.#answeredRight.set(cardId, graded.correct);
    return graded.feedback;
  }

  async rate(profileId: string, cardId: string, rating: Rating): Promise<RateResult> {
    const { store } = this.deps;
    const card = store.getReviewCard(profileId, cardId);
    const now = this.deps.now();
    // Rating a card re-checked after its section changed accepts the new text.
    const refHash = cardRefHash(this.deps.content(), card);
    const saved = await store.saveReviewCard(
      profileId,
      { quizId: card.quizId, questionId: card.questionId, lang: card.lang },
      { ...scheduleReview(card, rating, now), ...(refHash ? { refHash } : {}) },
    );
    this.#beforeLastRating.set(profileId, card);
    const found = this.questionOf(card, card.lang);
    // A card rated without an answer first (a recall card): right unless the learner says they forgot.
    if (found) await this.deps.record?.(profileId, reviewRatedEvent(this.deps.content(), found.quiz, found.question, rating, this.#answeredRight.get(cardId) ?? rating !== 'again', now));
    this.#answeredRight.delete(cardId);
    return { cardId, nextDue: saved.due, remainingToday: this.remainingToday(profileId, now) };
  }

  /** Puts back the schedule the card had before the learner's last rating; only that card, and only once. */
  async undo(profileId: string, cardId: string): Promise<UndoRatingResult> {
    const before = this.#beforeLastRating.get(profileId);
    if (before?.id !== cardId) throw new ApiError('conflict', 'Only the last rating can be undone, and it was undone already or given to another card.');
    const { id: _id, profileId: _owner, quizId, questionId, lang, createdAt: _createdAt, ...schedule } = before;
    // An explicit undefined clears a fingerprint the rating added.
    const restored = await this.deps.store.saveReviewCard(profileId, { quizId, questionId, lang }, { ...schedule, refHash: before.refHash });
    this.#beforeLastRating.delete(profileId);
    return { cardId, due: restored.due, remainingToday: this.remainingToday(profileId, this.deps.now()) };
  }

  private remainingToday(profileId: string, now: Date): number {
    return reviewQueue(this.deps.store.reviewCards(profileId), this.deps.content(), now).length;
  }

  /**
   * The card's question in `lang` when the quiz exists there (same ids across languages), else in the card's own.
   * Undefined when the quiz or question was removed from the content: such cards wait silently.
   */
  private questionOf(card: ReviewCardRecord, lang: Lang): { quiz: Quiz; question: Question } | undefined {
    const quizzes = this.deps.content().quizzes;
    for (const candidate of [findItem(quizzes, card.quizId, lang), findItem(quizzes, card.quizId, card.lang)]) {
      const question = candidate?.questions.find((q) => q.id === card.questionId);
      if (candidate && question) return { quiz: candidate, question };
    }
    return undefined;
  }

  private itemView(card: ReviewCardRecord, quiz: Quiz, question: Question, updated: boolean, now: Date): ReviewItem {
    return {
      cardId: card.id,
      quizId: quiz.id,
      quizTitle: quiz.title,
      // A new shuffle for each review, so the learner recalls the answer rather than its position.
      question: presentQuestion(question, deriveSeed(card.reps, card.id), this.deps.renderer.forSource(quiz.source)),
      state: card.state,
      due: card.due,
      lapses: card.lapses,
      updated,
      preview: previewRatings(card, now),
    };
  }
}
