import { useCallback, useEffect, useState } from 'react';
import type { AnswerFeedback, QuizResponse, Rating, ReviewQueue } from '../../core/api/contract';
import type { Lang } from '../../core/model';
import { Icon } from '../components/Icon';
import { EmptyState, FormProblem, QueryView } from '../components/StateViews';
import type { MessageKey } from '../i18n/en';
import { useI18n, type Translate } from '../i18n/I18nContext';
import { QuestionCard } from '../quiz/QuestionCard';
import { formatRoute } from '../routing/routes';
import { isTyping, SHORTCUTS } from '../shortcuts/shortcutTable';
import { useApi } from '../state/ApiContext';
import { useApiQuery } from '../state/useApiQuery';
import { RatingBar } from './RatingBar';

interface ReviewPlayerProps {
  profileId: string;
  lang: Lang;
  /** Called after each rating, so the frame can update its "due" badge. */
  onRated?: () => void;
}

/** Today's due cards: answer, see the feedback, rate; the queue empties and says when the next cards are due. */
export function ReviewPlayer({ profileId, lang, onRated }: ReviewPlayerProps) {
  const api = useApi();
  const queue = useApiQuery(() => api.dueReviews({ profileId, lang }), [api, profileId, lang]);
  const [round, setRound] = useState(0);
  const nextRound = () => {
    setRound((n) => n + 1);
    queue.reload();
  };
  return (
    <QueryView query={queue}>
      {(data) => <ReviewRun key={round} queue={data} profileId={profileId} onRated={onRated} onContinue={nextRound} />}
    </QueryView>
  );
}

interface ReviewRunProps {
  queue: ReviewQueue;
  profileId: string;
  onRated?: () => void;
  onContinue: () => void;
}

const cardStateKeys: Record<string, MessageKey> = {
  new: 'review.state.new',
  learning: 'review.state.learning',
  review: 'review.state.review',
  relearning: 'review.state.relearning',
};

function cardStateLabel(state: string, t: Translate): string {
  const key = cardStateKeys[state];
  return key ? t(key) : state;
}

function earliest(dates: (string | null)[]): string | null {
  const times = dates.filter((d): d is string => d !== null).sort((a, b) => Date.parse(a) - Date.parse(b));
  return times[0] ?? null;
}

/** The last rating of this run, so it can be taken back: the card's place in the queue and what the rating changed. */
interface LastRating {
  cardId: string;
  position: number;
  remainingBefore: number | null;
}

function ReviewRun({ queue, profileId, onRated, onContinue }: ReviewRunProps) {
  const api = useApi();
  const { t, dateTime } = useI18n();
  const [position, setPosition] = useState(0);
  const [rescheduled, setRescheduled] = useState<string[]>([]);
  const [remaining, setRemaining] = useState<number | null>(null);
  const [rating, setRating] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [lastRating, setLastRating] = useState<LastRating | null>(null);
  // Said above the card that came back, and gone with its next rating (a toast would outlive it).
  const [undone, setUndone] = useState(false);
  const item = queue.due[position];

  const rate = useCallback(
    async (value: Rating) => {
      if (!item) return;
      setRating(true);
      setProblem(null);
      try {
        const result = await api.rateReview({ profileId, cardId: item.cardId, rating: value });
        setLastRating({ cardId: item.cardId, position, remainingBefore: remaining });
        setUndone(false);
        setRescheduled((list) => [...list, result.nextDue]);
        setRemaining(result.remainingToday);
        setPosition((p) => p + 1);
        onRated?.();
      } catch (error) {
        setProblem(error instanceof Error ? error.message : t('state.errorUnknown'));
      } finally {
        setRating(false);
      }
    },
    [api, item, position, remaining, profileId, onRated, t],
  );

  const undo = useCallback(async () => {
    if (!lastRating || rating) return;
    setRating(true);
    setProblem(null);
    try {
      await api.undoRating({ profileId, cardId: lastRating.cardId });
      setRescheduled((list) => list.slice(0, -1));
      setRemaining(lastRating.remainingBefore);
      setPosition(lastRating.position);
      setLastRating(null);
      setUndone(true);
      onRated?.();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : t('state.errorUnknown'));
    } finally {
      setRating(false);
    }
  }, [api, lastRating, rating, profileId, onRated, t]);

  useEffect(() => {
    if (!lastRating) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!SHORTCUTS.undoRating.matches(event) || isTyping(event.target)) return;
      event.preventDefault();
      void undo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [lastRating, undo]);

  const undoButton = lastRating && (
    <button type="button" className="button button-ghost review-undo" disabled={rating} aria-keyshortcuts={SHORTCUTS.undoRating.keys[0]} onClick={() => void undo()}>
      <Icon name="undo" />
      {t('review.undo')}
      <kbd aria-hidden="true">{SHORTCUTS.undoRating.keys[0]}</kbd>
    </button>
  );

  if (queue.totalCards === 0) {
    return (
      <EmptyState title={t('review.noCardsTitle')} action={<a className="button button-primary" href={formatRoute({ name: 'path' })}>{t('review.goToPath')}</a>}>
        {t('review.noCardsBody')}
      </EmptyState>
    );
  }

  if (!item) {
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
        {moreToday > 0 ? (
          <p>{t('review.moreDue', { count: moreToday })}</p>
        ) : (
          nextDue && <p className="next-due">{t('review.nextDue', { when: dateTime(nextDue) })}</p>
        )}
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

  const answer = (response: QuizResponse): Promise<AnswerFeedback> => api.reviewAnswer({ profileId, cardId: item.cardId, response });

  return (
    <div className="player">
      <div className="player-status">
        <div
          className="progress-track"
          role="progressbar"
          aria-label={t('review.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={queue.due.length}
          aria-valuenow={position}
          aria-valuetext={t('review.cardOf', { n: position + 1, total: queue.due.length })}
        >
          <span className="progress-fill" style={{ width: `${(position / queue.due.length) * 100}%` }} />
        </div>
        <span className="player-score">{t('review.cardOf', { n: position + 1, total: queue.due.length })}</span>
        <span className="hint review-undone" role="status">
          {undone ? t('review.undone') : ''}
        </span>
      </div>
      <QuestionCard
        key={`${item.cardId}-${position}`}
        question={item.question}
        onAnswer={answer}
        eyebrow={
          <>
            {item.quizTitle}
            <span className={`badge badge-${item.state}`}>{cardStateLabel(item.state, t)}</span>
            {item.updated && <span className="badge badge-updated">{t('review.updatedBadge')}</span>}
          </>
        }
        recallVerdict={<RatingBar suggested="good" disabled={rating} onRate={rate} preview={item.preview} prompt={t('review.recallRate')} />}
        after={(feedback) => <RatingBar suggested={feedback.correct ? 'good' : 'again'} disabled={rating} onRate={rate} preview={item.preview} />}
      />
      <FormProblem message={problem} />
      {undoButton}
    </div>
  );
}
