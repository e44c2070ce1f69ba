// The end of a case replay: the score against the elite path and the decisions worth another try.
import { useEffect, useRef } from 'react';
import type { ReplayChoiceView, ReplayResult } from '../../core/api/contract';
import { READINESS_TARGET } from '../../core/model';
import { Icon } from '../components/Icon';
import { ReadinessBar } from '../components/ReadinessBar';
import { RichHtml } from '../components/RichHtml';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';
import { ChoiceOutcome } from './ChoiceOutcome';

interface ReplayDebriefProps {
  result: ReplayResult;
  /** Every decision of the run, in order: each is a way back in. */
  history: ReplayChoiceView[];
  busy: boolean;
  onReplay: () => void;
  /** Go back to decision `index` (0-based) and choose again from there. */
  onRetry: (index: number) => void;
}

/** The end of a replay: score as a share of the elite path, where the learner diverged and why, lessons, the ways back in. */
export function ReplayDebrief({ result, history, busy, onReplay, onRetry }: ReplayDebriefProps) {
  const { t, percent } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card summary debrief" aria-labelledby="replay-debrief-title">
      <h2 id="replay-debrief-title" className="summary-title" ref={heading} tabIndex={-1}>
        {t('replay.debriefTitle')}
      </h2>
      <p className="summary-score">
        <span className="big-number">{percent(result.score)}</span>
        <span>{t('replay.ofElite', { points: result.points, elitePoints: result.elitePoints })}</span>
      </p>
      <ReadinessBar label={t('replay.scoreLabel')} value={result.score} target={READINESS_TARGET} />
      {result.debriefHtml && <RichHtml html={result.debriefHtml} className="debrief-text" />}

      <h3 className="section-title">{t('replay.divergencesTitle')}</h3>
      {result.divergences.length === 0 ? (
        <p>{t('replay.noDivergences')}</p>
      ) : (
        <ol className="divergences">
          {result.divergences.map((choice, i) => (
            // A step looped back to can diverge twice.
            <li key={`${choice.stepId}-${i}`}>
              <ChoiceOutcome choice={choice} showPrompt />
            </li>
          ))}
        </ol>
      )}

      {result.lessons.length > 0 && (
        <>
          <h3 className="section-title">{t('replay.lessonsTitle')}</h3>
          <ul className="lessons">
            {result.lessons.map((lesson, i) => (
              <li key={i}>
                <RichHtml html={lesson.html} />
                {lesson.ref && (
                  <a href={formatRoute({ name: 'playbook', id: lesson.ref.playbookId, anchor: lesson.ref.anchor })}>
                    {t('quiz.readSection', { title: lesson.ref.title })}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {history.length > 0 && (
        <>
          <h3 className="section-title">{t('replay.goBackTitle')}</h3>
          <p className="hint">{t('replay.goBackBody')}</p>
          <ol className="decision-list">
            {history.map((choice, i) => (
              <li key={`${choice.stepId}-${i}`} className={`decision-entry ${choice.matchedElite ? 'is-elite' : 'is-diverged'}`}>
                <div className="decision-entry-text" id={`decision-entry-${i}`}>
                  <span className="eyebrow">{t('replay.decisionNumber', { n: i + 1 })}</span>
                  <RichHtml html={choice.promptHtml} className="outcome-prompt" />
                  <span className="decision-entry-choice">
                    <Icon name={choice.matchedElite ? 'check' : 'alert'} />
                    {t('replay.yourChoice')}: <RichHtml inline html={choice.chosen.html} />
                  </span>
                </div>
                <button type="button" className="button" disabled={busy} aria-describedby={`decision-entry-${i}`} onClick={() => onRetry(i)}>
                  {t('replay.goBack')}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onReplay}>
          {t('replay.again')}
        </button>
        <a className="button button-ghost" href={formatRoute({ name: 'cases' })}>
          {t('replay.backToCases')}
        </a>
      </div>
    </section>
  );
}
