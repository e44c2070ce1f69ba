// Turns a question into what the learner sees: no answers, items in a seeded shuffled order,
// each carrying its original index (responses always use original indices).
import type { Question, QuestionType, Quiz } from '../model';
import { deriveSeed, shuffleIndexed } from './seededShuffle';

/** A question as the learner sees it: no answers, options in presentation order. */
export interface QuestionView {
  id: string;
  type: QuestionType;
  /** Sanitised HTML; for `recall`, the front of the card. */
  promptHtml: string;
  /** For `recall`: the back of the card, revealed by the learner ("Show answer") before they rate themselves. */
  backHtml?: string;
  /** For choice types: options in shown order, `index` is the original index to send back. */
  options?: { index: number; html: string }[];
  /** For `order`: steps in shown order with their original index. */
  steps?: { index: number; text: string }[];
  /** For `match`: left items in original order, right items shuffled with their original index. */
  left?: string[];
  right?: { index: number; text: string }[];
}

/** Markdown to sanitised HTML; passed in so the quiz logic stays free of the Markdown setup. */
export type RenderMarkdown = (markdown: string) => string;

export function presentQuestion(question: Question, seed: number, render: RenderMarkdown): QuestionView {
  const base = { id: question.id, type: question.type };
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'scenario':
      return {
        ...base,
        promptHtml: render(question.prompt),
        options: shuffleIndexed(question.options, seed, false).map(({ index, item }) => ({ index, html: render(item.text) })),
      };
    case 'truefalse':
      return { ...base, promptHtml: render(question.prompt) };
    case 'order':
      return {
        ...base,
        promptHtml: render(question.prompt),
        steps: shuffleIndexed(question.steps, seed, true).map(({ index, item }) => ({ index, text: item })),
      };
    case 'match':
      return {
        ...base,
        promptHtml: render(question.prompt),
        left: question.pairs.map(([left]) => left),
        right: shuffleIndexed(question.pairs, seed, true).map(({ index, item }) => ({ index, text: item[1] })),
      };
    case 'recall':
      // A recall card is graded by the learner's own verdict, so its back is no secret: the UI flips to it.
      return { ...base, promptHtml: render(question.front), backHtml: render(question.back) };
  }
}

/** All questions of a quiz, each shuffled with its own seed derived from the attempt's seed and the question id. */
export function presentQuiz(quiz: Quiz, seed: number, render: RenderMarkdown): QuestionView[] {
  return quiz.questions.map((question) => presentQuestion(question, deriveSeed(seed, question.id), render));
}
