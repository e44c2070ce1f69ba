// What the app remembers about a learner. The store persists these shapes as they are;
// the readiness rules read them. Items are matched by id across languages: the same id is the same material.
import type { Lang } from '../model';
import type { QuizResponse } from '../quiz/gradeAnswer';
import type { ReviewCard } from '../review/scheduleReview';

export interface ReadMark {
  profileId: string;
  playbookId: string;
  lang: Lang;
  readAt: string;
}

export interface AnswerRecord {
  questionId: string;
  response: QuizResponse;
  score: number;
  correct: boolean;
  answeredAt: string;
}

export interface QuizAttempt {
  id: string;
  profileId: string;
  quizId: string;
  lang: Lang;
  /** Seed of the shuffle, so a resumed attempt shows the same order. */
  seed: number;
  startedAt: string;
  finishedAt: string | null;
  answers: AnswerRecord[];
  /** Set when finished. */
  score: number | null;
  passed: boolean | null;
}

export interface ReplayAttempt {
  id: string;
  profileId: string;
  caseId: string;
  lang: Lang;
  /** Seed of the options' shuffle, so a resumed replay shows the same order. */
  seed: number;
  /** Option indices chosen, in order: enough to restore the session. */
  choices: number[];
  startedAt: string;
  finishedAt: string | null;
  score: number | null;
}

/** One question under spaced review for one learner. */
export interface ReviewCardRecord extends ReviewCard {
  id: string;
  profileId: string;
  quizId: string;
  questionId: string;
  lang: Lang;
  createdAt: string;
  /**
   * Fingerprint of the section the question's `ref` pointed to when last answered (core/content/sectionHash);
   * absent on cards from before fingerprints were kept, which are never flagged for a re-check.
   */
  refHash?: string;
}

/** Everything about one learner that readiness is computed from. */
export interface LearnerRecords {
  reads: ReadMark[];
  quizAttempts: QuizAttempt[];
  replayAttempts: ReplayAttempt[];
  reviewCards: ReviewCardRecord[];
}
