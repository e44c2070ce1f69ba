// Grading with partial credit (rules in docs/grading.md). Responses use original indices (see QuizResponse).
import type { Question } from '../model';

/**
 * A learner's answer. Indices always refer to the ORIGINAL order in the content file
 * (the UI maps back from the shuffled presentation): `choice`/`choices` index `options`,
 * `order` lists step indices in the learner's order, `pairs[i]` is the right-hand index matched to left `i`.
 */
export type QuizResponse =
  | { type: 'single'; choice: number }
  | { type: 'scenario'; choice: number }
  | { type: 'multiple'; choices: number[] }
  | { type: 'truefalse'; value: boolean }
  | { type: 'order'; order: number[] }
  | { type: 'match'; pairs: number[] }
  | { type: 'recall'; remembered: boolean };

export type GradeResult =
  | {
      ok: true;
      /** 0–1. */
      score: number;
      /** True only for full marks. */
      correct: boolean;
      /** Markdown feedback of the chosen option(s), when the content gives one. */
      feedback: string[];
    }
  | { ok: false; error: string };

type ResponseOf<T extends QuizResponse['type']> = Extract<QuizResponse, { type: T }>;

const graded = (score: number, feedback: string[] = []): GradeResult => ({ ok: true, score, correct: score === 1, feedback });
const invalid = (question: Question, problem: string): GradeResult => ({
  ok: false,
  error: `Answer to question "${question.id}" (${question.type}): ${problem}`,
});

const outOfRange = (indices: number[], count: number) => indices.find((index) => index >= count);

function gradeChoice(question: Extract<Question, { type: 'single' | 'multiple' | 'scenario' }>, picks: number[]): GradeResult {
  const bad = outOfRange(picks, question.options.length);
  if (bad !== undefined) return invalid(question, `option ${bad} does not exist (the question has ${question.options.length}).`);
  const chosen = [...new Set(picks)].map((index) => question.options[index]!);
  const feedback = chosen.flatMap((option) => (option.feedback ? [option.feedback] : []));
  if (question.type !== 'multiple') return graded(chosen[0]?.correct ? 1 : 0, feedback);
  // Each wrong pick cancels a right one, so ticking everything earns nothing.
  const right = chosen.filter((option) => option.correct).length;
  const wrong = chosen.length - right;
  const correctCount = question.options.filter((option) => option.correct).length;
  return graded(Math.max(0, (right - wrong) / correctCount), feedback);
}

/** Share of neighbouring steps the learner kept in the right order: one step moved costs little, a reversal everything. */
function gradeOrder(question: Extract<Question, { type: 'order' }>, order: number[]): GradeResult {
  const count = question.steps.length;
  const isPermutation = order.length === count && new Set(order).size === count && outOfRange(order, count) === undefined;
  if (!isPermutation) return invalid(question, `the order must list each of the ${count} steps exactly once.`);
  if (count < 2) return graded(1);
  const keptPairs = order.slice(1).filter((step, i) => step === order[i]! + 1).length;
  return graded(keptPairs / (count - 1));
}

function gradeMatch(question: Extract<Question, { type: 'match' }>, pairs: number[]): GradeResult {
  const count = question.pairs.length;
  if (pairs.length !== count) return invalid(question, `expected a match for each of the ${count} left items, got ${pairs.length}.`);
  const bad = outOfRange(pairs, count);
  if (bad !== undefined) return invalid(question, `right item ${bad} does not exist (the question has ${count}).`);
  return graded(pairs.filter((right, left) => right === left).length / count);
}

export function gradeAnswer(question: Question, response: QuizResponse): GradeResult {
  if (response.type !== question.type) return invalid(question, `got a "${response.type}" response.`);
  // TypeScript cannot relate the two unions, so the response is narrowed by the check above and cast below.
  switch (question.type) {
    case 'single':
    case 'scenario':
      return gradeChoice(question, [(response as ResponseOf<'single' | 'scenario'>).choice]);
    case 'multiple':
      return gradeChoice(question, (response as ResponseOf<'multiple'>).choices);
    case 'truefalse':
      return graded((response as ResponseOf<'truefalse'>).value === question.answer ? 1 : 0);
    case 'order':
      return gradeOrder(question, (response as ResponseOf<'order'>).order);
    case 'match':
      return gradeMatch(question, (response as ResponseOf<'match'>).pairs);
    case 'recall':
      return graded((response as ResponseOf<'recall'>).remembered ? 1 : 0);
  }
}

const indicesOf = <T>(items: readonly T[]) => items.map((_, index) => index);

/** The right answer, shaped like a response. */
export function solutionOf(question: Question): QuizResponse {
  switch (question.type) {
    case 'single':
    case 'scenario':
      return { type: question.type, choice: question.options.findIndex((option) => option.correct) };
    case 'multiple':
      return { type: 'multiple', choices: indicesOf(question.options).filter((i) => question.options[i]!.correct) };
    case 'truefalse':
      return { type: 'truefalse', value: question.answer };
    case 'order':
      return { type: 'order', order: indicesOf(question.steps) };
    case 'match':
      return { type: 'match', pairs: indicesOf(question.pairs) };
    case 'recall':
      return { type: 'recall', remembered: true };
  }
}
