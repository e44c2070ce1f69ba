// Answering an ordering question by drag and drop or by keyboard, with every move announced.
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';
import { SHORTCUTS } from '../shortcuts/shortcutTable';
import { moveItem } from './responseDraft';

interface OrderInputProps {
  labelledBy: string;
  steps: { index: number; text: string }[];
  /** Original step indices in the learner's current order. */
  order: number[];
  /** The right order once feedback arrived, else null. */
  solution: number[] | null;
  onChange: (order: number[]) => void;
}

/**
 * Steps to put in order: dragged with the mouse (native drag and drop) or moved with the up/down buttons, and
 * Alt+↑/↓ on a focused step for the keyboard. Each move is announced, because the list changing under a screen
 * reader is otherwise silent.
 */
export function OrderInput({ labelledBy, steps, order, solution, onChange }: OrderInputProps) {
  const { t } = useI18n();
  const [announcement, setAnnouncement] = useState('');
  // The position being dragged and the one it would land on, while a drag is under way.
  const [drag, setDrag] = useState<{ from: number; over: number } | null>(null);
  const textOf = (index: number) => steps.find((step) => step.index === index)?.text ?? '';
  const locked = solution !== null;

  const move = (from: number, to: number) => {
    const next = moveItem(order, from, to);
    const moved = order[from];
    if (moved === undefined || next.every((value, i) => value === order[i])) return;
    onChange(next);
    setAnnouncement(t('quiz.moved', { item: textOf(moved), position: next.indexOf(moved) + 1, total: next.length }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, position: number) => {
    if (locked || !SHORTCUTS.moveStep.matches(event)) return;
    event.preventDefault();
    move(position, position + (event.key === 'ArrowUp' ? -1 : 1));
  };

  const dragHandlers = (position: number) => ({
    draggable: true,
    onDragStart: (event: DragEvent<HTMLLIElement>) => {
      event.dataTransfer?.setData('text/plain', textOf(order[position]!));
      if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
      setDrag({ from: position, over: position });
    },
    onDragOver: (event: DragEvent<HTMLLIElement>) => {
      if (!drag) return;
      event.preventDefault();
      if (drag.over !== position) setDrag({ ...drag, over: position });
    },
    onDrop: (event: DragEvent<HTMLLIElement>) => {
      if (!drag) return;
      event.preventDefault();
      move(drag.from, position);
      setDrag(null);
    },
    onDragEnd: () => setDrag(null),
  });

  return (
    <div className="order">
      {!locked && <p className="hint">{t('quiz.orderHint')}</p>}
      <ol className="order-list" aria-labelledby={labelledBy}>
        {order.map((index, position) => {
          const text = textOf(index);
          const placed = solution ? solution[position] === index : null;
          const dragState = drag?.from === position ? ' is-dragged' : drag && drag.over === position ? ` is-drop-${drag.over < drag.from ? 'before' : 'after'}` : '';
          return (
            <li
              key={index}
              className={`order-item${placed === true ? ' is-solution' : placed === false ? ' is-wrong' : ''}${dragState}`}
              tabIndex={locked ? undefined : 0}
              aria-keyshortcuts={locked ? undefined : 'Alt+ArrowUp Alt+ArrowDown'}
              onKeyDown={(event) => onKeyDown(event, position)}
              {...(locked ? {} : dragHandlers(position))}
            >
              <span className="order-position" aria-hidden="true">
                {position + 1}
              </span>
              <span className="order-text">{text}</span>
              {!locked && (
                <span className="order-buttons">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('quiz.moveUp', { item: text })}
                    disabled={position === 0}
                    onClick={() => move(position, position - 1)}
                  >
                    <Icon name="up" />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('quiz.moveDown', { item: text })}
                    disabled={position === order.length - 1}
                    onClick={() => move(position, position + 1)}
                  >
                    <Icon name="down" />
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {solution && solution.some((index, i) => order[i] !== index) && (
        <div className="solution">
          <h2 className="solution-title">{t('quiz.correctOrder')}</h2>
          <ol className="solution-list">
            {solution.map((index) => (
              <li key={index}>{textOf(index)}</li>
            ))}
          </ol>
        </div>
      )}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
