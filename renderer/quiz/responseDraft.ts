// What the learner has entered for a question before submitting it, and how it becomes a `QuizResponse`.
// Indices are always ORIGINAL indices (as the API expects), never positions on screen.
import type { QuestionView, QuizResponse } from '../../core/api/contract';

export type Draft =
  | { type: 'single' | 'scenario'; choice: number | null }
  | { type: 'multiple'; choices: number[] }
  | { type: 'truefalse'; value: boolean | null }
  | { type: 'order'; order: number[] }
  | { type: 'match'; pairs: (number | null)[] }
  | { type: 'recall' };

export function emptyDraft(question: QuestionView): Draft {
  switch (question.type) {
    case 'single':
    case 'scenario':
      return { type: question.type, choice: null };
    case 'multiple':
      return { type: 'multiple', choices: [] };
    case 'truefalse':
      return { type: 'truefalse', value: null };
    case 'order':
      // The shown (shuffled) order is the starting point the learner rearranges.
      return { type: 'order', order: (question.steps ?? []).map((step) => step.index) };
    case 'match':
      return { type: 'match', pairs: (question.left ?? []).map(() => null) };
    case 'recall':
      return { type: 'recall' };
  }
}

/** The response to send, or null while the draft is incomplete (nothing chosen, a pair left open). */
export function toResponse(draft: Draft): QuizResponse | null {
  switch (draft.type) {
    case 'single':
    case 'scenario':
      return draft.choice === null ? null : { type: draft.type, choice: draft.choice };
    case 'multiple':
      return draft.choices.length === 0 ? null : { type: 'multiple', choices: [...draft.choices].sort((a, b) => a - b) };
    case 'truefalse':
      return draft.value === null ? null : { type: 'truefalse', value: draft.value };
    case 'order':
      return { type: 'order', order: draft.order };
    case 'match':
      return draft.pairs.every((pair): pair is number => pair !== null) ? { type: 'match', pairs: draft.pairs } : null;
    case 'recall':
      // Recall is answered by the learner's own verdict, not by a draft.
      return null;
  }
}

/** Moves the item at `from` to `to` (positions in the list), clamped to the list. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from === target || from < 0 || from >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1) as [T];
  next.splice(target, 0, item);
  return next;
}

export function toggleChoice(choices: readonly number[], index: number): number[] {
  return choices.includes(index) ? choices.filter((c) => c !== index) : [...choices, index];
}
