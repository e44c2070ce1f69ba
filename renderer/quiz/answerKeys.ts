// Digits pick the n-th answer and Enter checks it, so a whole quiz can be taken from the keyboard.
import type { KeyboardEvent } from 'react';
import { SHORTCUTS } from '../shortcuts/shortcutTable';
import type { ChoiceModel } from './choiceModel';
import type { Draft } from './responseDraft';

interface AnswerKeys {
  /** Feedback is shown: the keys do nothing. */
  answered: boolean;
  choices: ChoiceModel | null;
  /** Enter: check the answer (or turn a recall card). */
  onCheck: () => void;
  /** A digit: the draft with that choice toggled. */
  onChoose: (draft: Draft) => void;
}

/** The question form's key handler. Keys typed into a field, menu, button or link keep their own meaning. */
export function answerKeyHandler({ answered, choices, onCheck, onChoose }: AnswerKeys) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (answered || event.altKey || event.ctrlKey || event.metaKey) return;
    if (['SELECT', 'TEXTAREA', 'BUTTON', 'A'].includes(target.tagName)) return;
    if (SHORTCUTS.checkAnswer.matches(event)) {
      event.preventDefault();
      onCheck();
      return;
    }
    const position = SHORTCUTS.chooseAnswer.matches(event) ? Number(event.key) - 1 : -1;
    const item = choices?.items[position];
    if (!choices || !item) return;
    event.preventDefault();
    onChoose(choices.toggle(item.value));
    event.currentTarget.querySelectorAll<HTMLInputElement>('.choices input')[position]?.focus();
  };
}
