// Rating a review card decides when it comes back: the four ratings, each with the wait it gives.
import { useEffect } from 'react';
import { RATINGS, type Rating } from '../../core/api/contract';
import type { RatingPreview } from '../../core/review/previewRatings';
import { useI18n } from '../i18n/I18nContext';
import { isTyping, SHORTCUTS } from '../shortcuts/shortcutTable';

interface RatingBarProps {
  suggested: Rating;
  disabled: boolean;
  onRate: (rating: Rating) => void;
  /** When the card would come back after each rating ("Good · 2 d"). */
  preview?: Record<Rating, RatingPreview>;
  /** The question above the buttons; the default asks how well the learner knew it. */
  prompt?: string;
}

/** Again / Hard / Good / Easy with the wait each gives, by click or the keys 1–4; the rating the answer suggests gets the focus. */
export function RatingBar({ suggested, disabled, onRate, preview, prompt }: RatingBarProps) {
  const { t } = useI18n();

  useEffect(() => {
    if (disabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!SHORTCUTS.rate.matches(event) || isTyping(event.target)) return;
      event.preventDefault();
      onRate(RATINGS[Number(event.key) - 1]!);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [disabled, onRate]);

  return (
    <div className="rating" role="group" aria-label={t('review.rateLabel')}>
      <p className="rating-prompt">{prompt ?? t('review.ratePrompt')}</p>
      <div className="rating-buttons">
        {RATINGS.map((rating, i) => {
          const interval = preview?.[rating].interval;
          return (
            <button
              key={rating}
              type="button"
              className={`button rating-${rating}${rating === suggested ? ' is-suggested' : ''}`}
              autoFocus={rating === suggested}
              disabled={disabled}
              aria-keyshortcuts={SHORTCUTS.rate.keys[i]}
              onClick={() => onRate(rating)}
            >
              <span className="rating-name">{t(`review.rating.${rating}`)}</span>
              {interval && (
                <span className="rating-interval">
                  <span aria-hidden="true">· </span>
                  {t(`review.interval.${interval.unit}`, { count: interval.count })}
                </span>
              )}
              <kbd aria-hidden="true">{i + 1}</kbd>
            </button>
          );
        })}
      </div>
    </div>
  );
}
