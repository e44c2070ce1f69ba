// The feedback shown after an answer, the same for a recorded attempt and the editor's unrecorded preview.
import type { Question } from '../model';
import { solutionOf, type GradeResult, type QuizResponse } from './gradeAnswer';
import type { RenderMarkdown } from './presentQuiz';

export interface AnswerFeedback {
  questionId: string;
  correct: boolean;
  /** 0–1, partial credit per the grading rules. */
  score: number;
  explainHtml: string;
  /** Feedback of the chosen option(s), when the content gives one. */
  feedbackHtml: string[];
  /** The right answer, in the same shape as a response. */
  solution: QuizResponse;
  /** For recall cards, the back of the card. */
  backHtml?: string;
  ref?: { playbookId: string; anchor: string; title: string };
}

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
