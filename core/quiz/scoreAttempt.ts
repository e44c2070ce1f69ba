// Scoring a whole attempt: the mean of question scores; unanswered questions count as 0.
import type { Quiz } from '../model';

export interface AttemptScore {
  /** 0–1, mean over all questions of the quiz. */
  score: number;
  passed: boolean;
  correctCount: number;
  total: number;
  /** Ids of questions not answered fully right (including unanswered), in quiz order. */
  missed: string[];
}

export function scoreAttempt(quiz: Quiz, answers: readonly { questionId: string; score: number }[]): AttemptScore {
  const scores = new Map(answers.map((answer) => [answer.questionId, answer.score]));
  const perQuestion = quiz.questions.map((question) => ({ id: question.id, score: scores.get(question.id) ?? 0 }));
  const total = perQuestion.length;
  const score = total === 0 ? 0 : perQuestion.reduce((sum, question) => sum + question.score, 0) / total;
  return {
    score,
    // Tolerance: a mean of partial credits can land a rounding error below an exactly met pass score.
    passed: total > 0 && score >= quiz.passScore - 1e-9,
    correctCount: perQuestion.filter((question) => question.score === 1).length,
    total,
    missed: perQuestion.filter((question) => question.score < 1).map((question) => question.id),
  };
}
