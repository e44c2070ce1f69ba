// The review screen's player: today's due cards, answered and rated one by one.
import { useState } from 'react';
import type { AnswerFeedback, QuizResponse, ReviewQueue } from '../../core/api/contract';
import type { Lang } from '../../core/model';
import { Icon } from '../components/Icon';
import { EmptyState, FormProblem, QueryView } from '../components/StateViews';
import type { MessageKey } from '../i18n/en';
import { useI18n, type Translate } from '../i18n/I18nContext';
import { QuestionCard } from '../quiz/QuestionCard';
import { formatRoute } from '../routing/routes';
import { SHORTCUTS } from '../shortcuts/shortcutTable';
import { useApi } from '../state/ApiContext';
import { useApiQuery } from '../state/useApiQuery';
import { RatingBar } from './RatingBar';
import { ReviewDone } from './ReviewDone';
import { useReviewRun } from './useReviewRun';

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

function ReviewRun({ queue, profileId, onRated, onContinue }: ReviewRunProps) {
  const api = useApi();
  const { t } = useI18n();
  const { item, position, rescheduled, remaining, rating, problem, canUndo, undone, rate, undo } = useReviewRun(queue, profileId, onRated);

  const undoButton = canUndo && (
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

  if (!item) return <ReviewDone queue={queue} rescheduled={rescheduled} remaining={remaining} problem={problem} undoButton={undoButton} onContinue={onContinue} />;

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
