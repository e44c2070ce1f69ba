// Single, scenario, multiple and true/false questions all render as one list of choices; this maps each onto its draft.
import type { QuestionView } from '../../core/api/contract';
import { choiceItems, type ChoiceItem } from './ChoiceInput';
import { toggleChoice, type Draft } from './responseDraft';

export interface ChoiceModel {
  items: ChoiceItem[];
  selected: number[];
  toggle: (value: number) => Draft;
}

export function choiceModel(question: QuestionView, draft: Draft, trueLabel: string, falseLabel: string): ChoiceModel | null {
  switch (draft.type) {
    case 'single':
    case 'scenario':
      return {
        items: choiceItems(question),
        selected: draft.choice === null ? [] : [draft.choice],
        toggle: (value) => ({ ...draft, choice: value }),
      };
    case 'multiple':
      return {
        items: choiceItems(question),
        selected: draft.choices,
        toggle: (value) => ({ ...draft, choices: toggleChoice(draft.choices, value) }),
      };
    case 'truefalse':
      return {
        items: [
          { key: 'true', value: 1, label: trueLabel },
          { key: 'false', value: 0, label: falseLabel },
        ],
        selected: draft.value === null ? [] : [draft.value ? 1 : 0],
        toggle: (value) => ({ type: 'truefalse', value: value === 1 }),
      };
    default:
      return null;
  }
}
