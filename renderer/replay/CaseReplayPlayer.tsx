import { useState } from 'react';
import type { ReplayView } from '../../core/api/contract';
import type { Lang } from '../../core/model';
import { PageHeader } from '../components/PageHeader';
import { RichHtml } from '../components/RichHtml';
import { QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useApiQuery } from '../state/useApiQuery';
import { ChoiceOutcome } from './ChoiceOutcome';
import { ReplayDebrief } from './ReplayDebrief';

interface CaseReplayPlayerProps {
  caseId: string;
  profileId: string;
  lang: Lang;
}

/** Plays a case step by step; "replay again" starts a new run. */
export function CaseReplayPlayer({ caseId, profileId, lang }: CaseReplayPlayerProps) {
  const api = useApi();
  const [run, setRun] = useState(0);
  const start = useApiQuery(() => api.startReplay({ profileId, caseId, lang }), [api, profileId, caseId, lang, run]);
  return (
    <QueryView query={start}>
      {(view) => <ReplayRun key={view.replayId} initial={view} onReplay={() => setRun((n) => n + 1)} />}
    </QueryView>
  );
}

function ReplayRun({ initial, onReplay }: { initial: ReplayView; onReplay: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [view, setView] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [lastChosen, setLastChosen] = useState<string | null>(null);

  const act = async (call: () => Promise<ReplayView>, chosenStep: string | null) => {
    setBusy(true);
    setProblem(null);
    try {
      setView(await call());
      setLastChosen(chosenStep);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : t('state.errorUnknown'));
    } finally {
      setBusy(false);
    }
  };

  const choices = new Map(view.history.map((choice) => [choice.stepId, choice]));
  const current = view.finished ? null : view.current;

  return (
    <div className="replay">
      <PageHeader eyebrow={t('kind.case')} title={view.title} subtitle={view.summary || undefined} />
      <ol className="timeline" aria-label={t('replay.timeline')}>
        {view.narrative.map((step, i) => {
          const choice = choices.get(step.stepId);
          return (
            <li key={`${step.stepId}-${i}`} className={`timeline-step${current?.id === step.stepId ? ' is-current' : ''}`}>
              <span className="timeline-dot" aria-hidden="true" />
              <RichHtml html={step.narrativeHtml} className="narrative" />
              {choice && <ChoiceOutcome choice={choice} focusOnMount={choice.stepId === lastChosen} />}
            </li>
          );
        })}
      </ol>

      {current?.decision && !choices.has(current.id) && (
        <fieldset className="decision card" disabled={busy}>
          <legend className="sr-only">{t('replay.decisionLegend')}</legend>
          <p className="eyebrow">{t('replay.yourMove')}</p>
          <RichHtml html={current.decision.promptHtml} className="decision-prompt" />
          <div className="decision-options">
            {current.decision.options.map((option, position) => (
              <button
                key={option.index}
                type="button"
                className="decision-option"
                onClick={() => act(() => api.choose({ replayId: view.replayId, option: option.index }), current.id)}
              >
                <span className="choice-key" aria-hidden="true">
                  {String.fromCharCode(65 + position)}
                </span>
                <RichHtml inline html={option.html} />
              </button>
            ))}
          </div>
        </fieldset>
      )}
      {current && !current.decision && (
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => act(() => api.advance({ replayId: view.replayId }), null)}>
            {t('replay.continue')}
          </button>
        </div>
      )}
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {view.finished && view.result && <ReplayDebrief result={view.result} onReplay={onReplay} />}
    </div>
  );
}
