// The end of a review round: how it went, whether more cards are due today, or when the next ones are.
import type { ReactNode } from 'react';
import type { ReviewQueue } from '../../core/api/contract';
import { Icon } from '../components/Icon';
import { FormProblem } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';

function earliest(dates: (string | null)[]): string | null {
  const times = dates.filter((d): d is string => d !== null).sort((a, b) => Date.parse(a) - Date.parse(b));
  return times[0] ?? null;
}

interface ReviewDoneProps {
  queue: ReviewQueue;
  /** When each card rated in this round is due next. */
  rescheduled: string[];
  /** Cards still due today after this round (null: none rated). */
  remaining: number | null;
  problem: string | null;
  undoButton: ReactNode;
  onContinue: () => void;
}

export function ReviewDone({ queue, rescheduled, remaining, problem, undoButton, onContinue }: ReviewDoneProps) {
  const { t, dateTime } = useI18n();
  const nextDue = earliest([queue.nextDue, ...rescheduled]);
  const moreToday = remaining ?? 0;
  // "All caught up" only when nothing is left today; cards missed in this round come back minutes later.
  const title = queue.due.length === 0 ? t('review.nothingDueTitle') : moreToday > 0 ? t('review.roundDoneTitle') : t('review.doneTitle');
  return (
    <section className="card done" aria-labelledby="review-done-title">
      <Icon name="check" className="done-icon" />
      <h2 id="review-done-title" className="summary-title">
        {title}
      </h2>
      {queue.due.length > 0 && <p>{t('review.doneBody', { count: queue.due.length })}</p>}
      {moreToday > 0 ? <p>{t('review.moreDue', { count: moreToday })}</p> : nextDue && <p className="next-due">{t('review.nextDue', { when: dateTime(nextDue) })}</p>}
      <div className="button-row">
        {moreToday > 0 && (
          <button type="button" className="button button-primary" autoFocus onClick={onContinue}>
            {t('review.continue', { count: moreToday })}
          </button>
        )}
        {undoButton}
      </div>
      <FormProblem message={problem} />
    </section>
  );
}
