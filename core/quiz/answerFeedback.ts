// The feedback shown after an answer, the same for a recorded attempt and the editor's unrecorded preview.
import type { AnswerFeedback } from '../api/contract';
import type { Question } from '../model';
import { solutionOf, type GradeResult } from './gradeAnswer';
import type { RenderMarkdown } from './presentQuiz';

/** Shapes a successful grade into feedback; the section reference is the caller's to add. */
export function answerFeedback(
  question: Question,
  grade: Extract<GradeResult, { ok: true }>,
  render: RenderMarkdown,
): AnswerFeedback {
  return {
    questionId: question.id,
    correct: grade.correct,
    score: grade.score,
    explainHtml: render(question.explain),
    feedbackHtml: grade.feedback.map(render),
    solution: solutionOf(question),
    ...(question.type === 'recall' ? { backHtml: render(question.back) } : {}),
  };
}
