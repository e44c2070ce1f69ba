// Playing a case: the story so far, the learner's decisions and their outcomes, then the debrief against the elite path.
import { useEffect, useRef, useState } from 'react';
import type { ReplayChoiceView, ReplayView } from '../../core/api/contract';
import type { Lang } from '../../core/model';
import { PageHeader } from '../components/PageHeader';
import { RichHtml } from '../components/RichHtml';
import { FormProblem, QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useApiQuery } from '../state/useApiQuery';
import { useBusyAction } from '../state/useBusyAction';
import { ChoiceOutcome } from './ChoiceOutcome';
import { DecisionCard } from './DecisionCard';
import { ReplayDebrief } from './ReplayDebrief';

interface CaseReplayPlayerProps {
  caseId: string;
  profileId: string;
  lang: Lang;
}

/** Plays a case step by step; "replay again" starts a new run, going back to a decision from the debrief starts one there. */
export function CaseReplayPlayer({ caseId, profileId, lang }: CaseReplayPlayerProps) {
  const api = useApi();
  const [run, setRun] = useState(0);
  const [retried, setRetried] = useState<ReplayView | null>(null);
  const start = useApiQuery(() => api.startReplay({ profileId, caseId, lang }), [api, profileId, caseId, lang, run]);
  const replay = () => {
    setRetried(null);
    setRun((n) => n + 1);
  };
  return (
    <QueryView query={start}>
      {(view) => {
        const shown = retried ?? view;
        return <ReplayRun key={shown.replayId} initial={shown} resumed={retried !== null} onReplay={replay} onRetry={setRetried} />;
      }}
    </QueryView>
  );
}

/**
 * The choice made at each narrative entry. A case may loop back to a step, so the same step can be passed
 * more than once: each visit gets the choice made on that visit, never the same one twice.
 */
function choicesByVisit(view: ReplayView): (ReplayChoiceView | undefined)[] {
  const unclaimed = new Map<string, ReplayChoiceView[]>();
  for (const choice of view.history) unclaimed.set(choice.stepId, [...(unclaimed.get(choice.stepId) ?? []), choice]);
  return view.narrative.map((step) => unclaimed.get(step.stepId)?.shift());
}

interface ReplayRunProps {
  initial: ReplayView;
  /** True for a run that went back to a decision from a debrief: it opens at that decision. */
  resumed: boolean;
  onReplay: () => void;
  onRetry: (view: ReplayView) => void;
}

function ReplayRun({ initial, resumed, onReplay, onRetry }: ReplayRunProps) {
  const api = useApi();
  const { t } = useI18n();
  const [view, setView] = useState(initial);
  const { busy, problem, run } = useBusyAction();
  // Where the learner's attention goes next: after a choice its outcome, after "continue" (or going back to a
  // decision) the step it led to, so the new text is read out; the debrief focuses itself.
  const [lastMove, setLastMove] = useState<'choose' | 'advance' | null>(resumed ? 'advance' : null);
  const currentStep = useRef<HTMLLIElement>(null);
  const decisionCard = useRef<HTMLFieldSetElement>(null);

  const act = (call: () => Promise<ReplayView>, move: 'choose' | 'advance') =>
    run(async () => {
      setView(await call());
      setLastMove(move);
    });

  // The step is read from its start, and the options stay in view below it: the learner should not have to scroll to act.
  useEffect(() => {
    if (lastMove !== 'advance' || view.finished) return;
    currentStep.current?.focus({ preventScroll: true });
    currentStep.current?.scrollIntoView?.({ block: 'start' });
    decisionCard.current?.scrollIntoView?.({ block: 'nearest' });
  }, [lastMove, view]);

  // The retried run replaces this one: the debrief's buttons stay disabled until it is gone.
  const retry = (decision: number) => run(async () => onRetry(await api.retryReplay({ replayId: view.replayId, decision })), { holdBusy: true });

  const choices = choicesByVisit(view);
  const latestChoice = view.history.at(-1);
  const current = view.finished ? null : view.current;

  return (
    <div className="replay">
      <PageHeader eyebrow={t('kind.case')} title={view.title} subtitle={view.summary || undefined} />
      <ol className="timeline" aria-label={t('replay.timeline')}>
        {view.narrative.map((step, i) => {
          const choice = choices[i];
          // The narrative ends with the current step; an earlier visit of the same step is not current.
          const isCurrent = current !== null && i === view.narrative.length - 1;
          return (
            <li
              key={`${step.stepId}-${i}`}
              ref={isCurrent ? currentStep : undefined}
              tabIndex={isCurrent ? -1 : undefined}
              className={`timeline-step${isCurrent ? ' is-current' : ''}`}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <span className="timeline-dot" aria-hidden="true" />
              <RichHtml html={step.narrativeHtml} className="narrative" />
              {choice && <ChoiceOutcome choice={choice} focusOnMount={lastMove === 'choose' && choice === latestChoice} />}
            </li>
          );
        })}
      </ol>

      {/* Choosing always moves on, so a decision at the current step is still open, even on a second visit. */}
      {current?.decision && (
        <DecisionCard ref={decisionCard} decision={current.decision} progress={view.progress} busy={busy} onChoose={(option) => act(() => api.choose({ replayId: view.replayId, option }), 'choose')} />
      )}
      {current && !current.decision && (
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => act(() => api.advance({ replayId: view.replayId }), 'advance')}>
            {t('replay.continue')}
          </button>
        </div>
      )}
      <FormProblem message={problem} />
      {view.finished && view.result && <ReplayDebrief result={view.result} history={view.history} busy={busy} onReplay={onReplay} onRetry={retry} />}
    </div>
  );
}
