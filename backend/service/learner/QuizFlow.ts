// Quiz attempts: start or resume, answer one question at a time with immediate feedback, finish with a score.
// Every answer also schedules the question for spaced review (a wrong answer comes back sooner).
import type { AnswerFeedback, QuizResponse, QuizResult, QuizSession } from '../../../core/api/contract';
import { ApiError } from '../../../core/api/contract';
import { cardRefHash } from '../../../core/review/reviewRecheck';
import type { ContentSet, Lang, Question, Quiz } from '../../../core/model';
import type { AnswerRecord, QuizAttempt } from '../../../core/progress/records';
import { answerFeedback } from '../../../core/quiz/answerFeedback';
import { gradeAnswer, type GradeResult } from '../../../core/quiz/gradeAnswer';
import { presentQuiz } from '../../../core/quiz/presentQuiz';
import { scoreAttempt } from '../../../core/quiz/scoreAttempt';
import { newReviewCard, ratingFromGrade, scheduleReview } from '../../../core/review/scheduleReview';
import type { LearningEvent } from '../../../core/records/learningEvent';
import { answeredEvent, quizFinishedEvent } from '../../records/learningEvents';
import type { ProgressStore } from '../../store/ProgressStore';
import { requireItem } from '../views/contentLookup';
import type { ContentRenderer } from '../views/ContentRenderer';

export interface LearningDeps {
  content: () => ContentSet;
  store: ProgressStore;
  renderer: ContentRenderer;
  now: () => Date;
  /** Records a learning event for the LRS (see backend/records); absent where nothing is recorded. */
  record?: (profileId: string, event: LearningEvent) => Promise<void>;
}

function requireQuestion(quiz: Quiz, questionId: string): Question {
  const question = quiz.questions.find((candidate) => candidate.id === questionId);
  if (!question) throw new ApiError('not-found', `Quiz "${quiz.id}" has no question "${questionId}".`);
  return question;
}

/** Grades a response and shapes the feedback; an impossible response (wrong type, index out of range) is a bad request. */
export function gradeWithFeedback(
  question: Question,
  response: QuizResponse,
  quiz: Quiz,
  renderer: ContentRenderer,
): { feedback: AnswerFeedback; score: number; correct: boolean } {
  const grade = gradeAnswer(question, response);
  if (!grade.ok) throw new ApiError('bad-request', grade.error);
  return { feedback: feedbackFor(question, grade, quiz, renderer), score: grade.score, correct: grade.correct };
}

function feedbackFor(
  question: Question,
  grade: Extract<GradeResult, { ok: true }>,
  quiz: Quiz,
  renderer: ContentRenderer,
): AnswerFeedback {
  const ref = renderer.resolveRef(question.ref, quiz.lang);
  return { ...answerFeedback(question, grade, renderer.forSource(quiz.source)), ...(ref ? { ref } : {}) };
}

export class QuizFlow {
  constructor(private readonly deps: LearningDeps) {}

  /** Resumes the learner's unfinished attempt at this quiz (same language), else starts a new one. */
  async start(profileId: string, quizId: string, lang: Lang): Promise<QuizSession> {
    const quiz = requireItem(this.deps.content().quizzes, quizId, lang, 'quiz');
    // Per language: switching the UI language back and forth leaves each language's attempt where it was.
    const attempt = this.deps.store.openQuizAttempt(profileId, quiz.id, quiz.lang) ?? (await this.deps.store.startQuizAttempt(profileId, quiz.id, quiz.lang));
    return {
      attemptId: attempt.id,
      quizId: quiz.id,
      title: quiz.title,
      passScore: quiz.passScore,
      questions: presentQuiz(quiz, attempt.seed, this.deps.renderer.forSource(quiz.source)),
      answered: attempt.answers.flatMap((answer) => {
        // Answers to questions edited away since (gone, or changed shape) are simply not shown as answered.
        const question = quiz.questions.find((candidate) => candidate.id === answer.questionId);
        const grade = question && gradeAnswer(question, answer.response);
        return question && grade?.ok ? [feedbackFor(question, grade, quiz, this.deps.renderer)] : [];
      }),
    };
  }

  async answer(attemptId: string, questionId: string, response: QuizResponse): Promise<AnswerFeedback> {
    const attempt = this.deps.store.getQuizAttempt(attemptId);
    if (attempt.finishedAt !== null) throw new ApiError('conflict', 'This quiz attempt is finished; start the quiz again to retry.');
    const quiz = this.quizOf(attempt);
    const question = requireQuestion(quiz, questionId);
    const { feedback, score, correct } = gradeWithFeedback(question, response, quiz, this.deps.renderer);
    const now = this.deps.now();
    const firstAnswer = !attempt.answers.some((answer) => answer.questionId === questionId);
    const record: AnswerRecord = { questionId, response, score, correct, answeredAt: now.toISOString() };
    await this.deps.store.recordAnswer(attemptId, record);
    // Changing an answer within one attempt must not count as a second review.
    if (firstAnswer) await this.scheduleForReview(attempt, question, score, now);
    await this.deps.record?.(attempt.profileId, answeredEvent(this.deps.content(), quiz, question, response, { score, correct }, now));
    return feedback;
  }

  async finish(attemptId: string): Promise<QuizResult> {
    const attempt = this.deps.store.getQuizAttempt(attemptId);
    const quiz = this.quizOf(attempt);
    const scored = scoreAttempt(quiz, attempt.answers);
    await this.deps.store.finishQuizAttempt(attemptId, { score: scored.score, passed: scored.passed });
    await this.deps.record?.(attempt.profileId, quizFinishedEvent(this.deps.content(), quiz, scored, this.deps.now()));
    return {
      attemptId,
      quizId: quiz.id,
      score: scored.score,
      passScore: quiz.passScore,
      passed: scored.passed,
      correctCount: scored.correctCount,
      total: scored.total,
      missed: scored.missed.map((questionId) => {
        const ref = this.deps.renderer.resolveRef(quiz.questions.find((question) => question.id === questionId)?.ref, quiz.lang);
        return { questionId, ...(ref ? { ref } : {}) };
      }),
    };
  }

  private quizOf(attempt: QuizAttempt): Quiz {
    return requireItem(this.deps.content().quizzes, attempt.quizId, attempt.lang, 'quiz');
  }

  private async scheduleForReview(attempt: QuizAttempt, question: Question, score: number, now: Date): Promise<void> {
    const { store } = this.deps;
    const card = store.findReviewCard(attempt.profileId, attempt.quizId, question.id) ?? newReviewCard(now);
    const key = { quizId: attempt.quizId, questionId: question.id, lang: attempt.lang };
    // Remember the text the answer was given against, so a later change to it brings the card back for a re-check.
    const refHash = cardRefHash(this.deps.content(), key);
    await store.saveReviewCard(attempt.profileId, key, { ...scheduleReview(card, ratingFromGrade(score), now), ...(refHash ? { refHash } : {}) });
  }
}
