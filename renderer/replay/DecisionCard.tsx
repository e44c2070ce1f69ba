// The learner's move at a decision step of a case: the prompt and its options, lettered A, B, C…
import type { Ref } from 'react';
import type { ReplayView } from '../../core/api/contract';
import { RichHtml } from '../components/RichHtml';
import { useI18n } from '../i18n/I18nContext';

type Decision = NonNullable<NonNullable<ReplayView['current']>['decision']>;

interface DecisionCardProps {
  ref?: Ref<HTMLFieldSetElement>;
  decision: Decision;
  progress: ReplayView['progress'];
  busy: boolean;
  onChoose: (option: number) => void;
}

export function DecisionCard({ ref, decision, progress, busy, onChoose }: DecisionCardProps) {
  const { t } = useI18n();
  return (
    <fieldset ref={ref} className="decision card" disabled={busy}>
      <legend className="sr-only">{t('replay.decisionLegend')}</legend>
      <p className="eyebrow">
        {t('replay.yourMove')} · {t('replay.decisionOf', { n: progress.n, total: progress.total })}
      </p>
      <RichHtml html={decision.promptHtml} className="decision-prompt" />
      <div className="decision-options">
        {decision.options.map((option, position) => (
          <button key={option.index} type="button" className="decision-option" onClick={() => onChoose(option.index)}>
            <span className="choice-key" aria-hidden="true">
              {String.fromCharCode(65 + position)}
            </span>
            <RichHtml inline html={option.html} />
          </button>
        ))}
      </div>
    </fieldset>
  );
}
