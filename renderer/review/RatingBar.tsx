import { useEffect } from 'react';
import { RATINGS, type Rating } from '../../core/api/contract';
import { useI18n } from '../i18n/I18nContext';

const ratingKeys: Record<string, Rating> = { '1': 'again', '2': 'hard', '3': 'good', '4': 'easy' };

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Again / Hard / Good / Easy, by click or the keys 1–4; the rating the answer suggests gets the focus. */
export function RatingBar({ suggested, disabled, onRate }: { suggested: Rating; disabled: boolean; onRate: (rating: Rating) => void }) {
  const { t } = useI18n();

  useEffect(() => {
    if (disabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const rating = ratingKeys[event.key];
      if (!rating) return;
      event.preventDefault();
      onRate(rating);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [disabled, onRate]);

  return (
    <div className="rating" role="group" aria-label={t('review.rateLabel')}>
      <p className="rating-prompt">{t('review.ratePrompt')}</p>
      <div className="rating-buttons">
        {RATINGS.map((rating, i) => (
          <button
            key={rating}
            type="button"
            className={`button rating-${rating}${rating === suggested ? ' is-suggested' : ''}`}
            autoFocus={rating === suggested}
            disabled={disabled}
            aria-keyshortcuts={String(i + 1)}
            onClick={() => onRate(rating)}
          >
            <span className="rating-name">{t(`review.rating.${rating}`)}</span>
            <kbd aria-hidden="true">{i + 1}</kbd>
          </button>
        ))}
      </div>
    </div>
  );
}
