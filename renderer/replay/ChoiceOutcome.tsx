// After each decision in a case, what it led to and what the elite rep would have done.
import { useEffect, useRef } from 'react';
import type { ReplayChoiceView } from '../../core/api/contract';
import { Icon } from '../components/Icon';
import { RichHtml } from '../components/RichHtml';
import { useI18n } from '../i18n/I18nContext';

/** A decision as made: the learner's choice and its outcome, the elite rep's choice, and their reasoning. */
export function ChoiceOutcome({ choice, showPrompt = false, focusOnMount = false }: { choice: ReplayChoiceView; showPrompt?: boolean; focusOnMount?: boolean }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  return (
    <div className={`outcome ${choice.matchedElite ? 'is-elite' : 'is-diverged'}`}>
      {showPrompt && <RichHtml html={choice.promptHtml} className="outcome-prompt" />}
      <h4 className="outcome-verdict" ref={heading} tabIndex={-1}>
        <Icon name={choice.matchedElite ? 'check' : 'alert'} />
        {choice.matchedElite ? t('replay.matchedElite') : t('replay.diverged')}
      </h4>
      <div className="outcome-columns">
        <div className="outcome-column">
          <h5 className="outcome-label">
            {t('replay.yourChoice')} <span className="points">{t('replay.points', { points: choice.chosen.points })}</span>
          </h5>
          <RichHtml html={choice.chosen.html} className="outcome-choice" />
          <RichHtml html={choice.chosen.outcomeHtml} className="outcome-result" />
        </div>
        {!choice.matchedElite && (
          <div className="outcome-column is-elite-column">
            <h5 className="outcome-label">
              {t('replay.eliteChoice')} <span className="points">{t('replay.points', { points: choice.elite.points })}</span>
            </h5>
            <RichHtml html={choice.elite.html} className="outcome-choice" />
            <RichHtml html={choice.elite.outcomeHtml} className="outcome-result" />
          </div>
        )}
      </div>
      {choice.commentaryHtml && (
        <aside className="commentary" aria-label={t('replay.commentary')}>
          <h5 className="outcome-label">{t('replay.commentary')}</h5>
          <RichHtml html={choice.commentaryHtml} />
        </aside>
      )}
    </div>
  );
}
