// Recall cards train memory, not recognition: the answer stays hidden until the learner has tried.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { RichHtml } from '../components/RichHtml';
import { useI18n } from '../i18n/I18nContext';

interface RecallInputProps {
  /** The back of the card. */
  backHtml: string;
  revealed: boolean;
  /** True once the learner's verdict is in: only the back stays. */
  answered: boolean;
  busy: boolean;
  onReveal: () => void;
  onVerdict: (remembered: boolean) => void;
  /** Shown on the turned card instead of "Remembered / Forgot" when the learner's judgement is asked another way (review ratings). */
  verdict?: ReactNode;
}

/**
 * A flash card: the prompt above is its front; "Show answer" turns it over, then the learner says whether
 * they remembered. The back appears in a live region so screen readers read it out as it turns.
 */
export function RecallInput({ backHtml, revealed, answered, busy, onReveal, onVerdict, verdict }: RecallInputProps) {
  const { t } = useI18n();
  const backTitleId = useId();
  const remembered = useRef<HTMLButtonElement>(null);
  const asksVerdict = Boolean(verdict);

  // Turning the card over hands the keyboard to the verdict, so Enter, Enter plays a card.
  useEffect(() => {
    if (revealed && !answered && !asksVerdict) remembered.current?.focus();
  }, [revealed, answered, asksVerdict]);

  return (
    <>
      <div aria-live="polite">
        {revealed && (
          <section className="recall-back" aria-labelledby={backTitleId}>
            <h2 id={backTitleId} className="feedback-subtitle">
              {t('quiz.answerSide')}
            </h2>
            <RichHtml html={backHtml} />
          </section>
        )}
      </div>
      {!answered && revealed && verdict}
      {!answered &&
        !(revealed && verdict) &&
        (revealed ? (
          <div className="recall-actions">
            <p className="hint">{t('quiz.recallAsk')}</p>
            <div className="button-row">
              <button ref={remembered} type="button" className="button button-primary" disabled={busy} onClick={() => onVerdict(true)}>
                {t('quiz.remembered')}
              </button>
              <button type="button" className="button" disabled={busy} onClick={() => onVerdict(false)}>
                {t('quiz.forgot')}
              </button>
            </div>
          </div>
        ) : (
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={onReveal}>
              {t('quiz.showAnswer')}
            </button>
            <span className="hint">{t('quiz.recallHint')}</span>
          </div>
        ))}
    </>
  );
}
