// The answer list of choice questions (single, scenario, multiple, true/false), usable by mouse and keys.
import type { ReactNode } from 'react';
import type { AnswerFeedback, QuestionView, QuizResponse } from '../../core/api/contract';
import { Icon } from '../components/Icon';
import { RichHtml } from '../components/RichHtml';
import { useI18n } from '../i18n/I18nContext';

/** One selectable answer with its keyboard hint and, after feedback, whether it was right. */
export interface ChoiceItem {
  key: string;
  /** Original index (or the boolean's position for true/false) as the response carries it. */
  value: number;
  label: ReactNode;
}

interface ChoiceInputProps {
  name: string;
  labelledBy: string;
  multiple: boolean;
  items: ChoiceItem[];
  selected: number[];
  correct: number[] | null;
  disabled: boolean;
  onToggle: (value: number) => void;
}

/** Radio buttons (one answer) or checkboxes (several), shared by single, scenario, multiple and true/false. */
export function ChoiceInput({ name, labelledBy, multiple, items, selected, correct, disabled, onToggle }: ChoiceInputProps) {
  const { t } = useI18n();
  return (
    <fieldset className="choices" aria-labelledby={labelledBy}>
      {items.map((item, position) => {
        const checked = selected.includes(item.value);
        const isCorrect = correct?.includes(item.value) ?? false;
        const mark = correct === null ? '' : isCorrect ? ' is-solution' : checked ? ' is-wrong' : '';
        return (
          <label key={item.key} className={`choice${checked ? ' is-checked' : ''}${mark}`}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              checked={checked}
              disabled={disabled}
              onChange={() => onToggle(item.value)}
            />
            <span className="choice-key" aria-hidden="true">
              {position + 1}
            </span>
            <span className="choice-text">{item.label}</span>
            {correct !== null && isCorrect && (
              <span className="choice-mark is-solution">
                <Icon name="check" />
                {t('quiz.correctAnswer')}
              </span>
            )}
            {correct !== null && checked && !isCorrect && (
              <span className="choice-mark is-wrong">
                <Icon name="cross" />
                {t('quiz.yourAnswer')}
              </span>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}

/** The option indices a solution marks as correct, for choice-like questions. */
function correctValues(solution: QuizResponse): number[] {
  switch (solution.type) {
    case 'single':
    case 'scenario':
      return [solution.choice];
    case 'multiple':
      return solution.choices;
    case 'truefalse':
      return [solution.value ? 1 : 0];
    default:
      return [];
  }
}

export function choiceItems(question: QuestionView): ChoiceItem[] {
  return (question.options ?? []).map((option) => ({
    key: String(option.index),
    value: option.index,
    label: <RichHtml inline html={option.html} />,
  }));
}

export function feedbackCorrectValues(feedback: AnswerFeedback | undefined): number[] | null {
  return feedback ? correctValues(feedback.solution) : null;
}
