// Grading in the editor's quiz preview: the same rules as a real attempt (core/quiz), answered on the spot, with
// nothing recorded and the section reference left to the quiz itself.
import type { AnswerFeedback, QuizResponse } from '../../core/api/contract';
import type { Question } from '../../core/model';
import { answerFeedback } from '../../core/quiz/answerFeedback';
import { gradeAnswer } from '../../core/quiz/gradeAnswer';
import type { RenderMarkdown } from '../../core/quiz/presentQuiz';

export function localFeedback(question: Question, response: QuizResponse, render: RenderMarkdown): AnswerFeedback {
  const grade = gradeAnswer(question, response);
  if (!grade.ok) throw new Error(grade.error);
  return answerFeedback(question, grade, render);
}
