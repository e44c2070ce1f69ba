// The team view's figures, from one computed TeamView: what "100%" means here, reps × competencies, who has
// stalled, question analysis and case detours. Pure presentation (the screen loads and acts).
import type { TeamView } from '../../core/team/teamView';
import { useI18n } from '../i18n/I18nContext';
import { CaseDetours } from './CaseDetours';
import { QuestionAnalysisTable } from './QuestionAnalysis';
import { RepsTable } from './RepsTable';

export interface TeamReportProps {
  view: TeamView;
  selected?: string | undefined;
  onSelect?: (actor: string) => void;
  onElite?: (actor: string, elite: boolean) => void;
  /** Shown under the table: the selected rep's trend. */
  detail?: React.ReactNode;
}

export function TeamReport({ view, selected, onSelect, onElite, detail }: TeamReportProps) {
  const { t, percent } = useI18n();
  const stalled = view.reps.filter((rep) => rep.stalled);
  return (
    <div className="team-report">
      <p className={`team-basis${view.basis === 'full-marks' ? ' is-fallback' : ''}`} role="note">
        {t(`team.basis.${view.basis}`, { target: percent(view.target) })}
        {view.eliteMissing.length > 0 && <> {t('team.basis.missing', { actors: view.eliteMissing.join(', ') })}</>}
      </p>
      <section className="card" aria-labelledby="team-reps-title">
        <h2 id="team-reps-title" className="section-title">
          {t('team.reps.title')}
        </h2>
        <RepsTable view={view} selected={selected} onSelect={onSelect} onElite={onElite} />
        {detail}
      </section>
      <section className="card" aria-labelledby="team-stalled-title">
        <h2 id="team-stalled-title" className="section-title">
          {t('team.stalled.title')}
          <span className="section-count">{stalled.length}</span>
        </h2>
        {stalled.length === 0 ? (
          <p className="hint">{t('team.stalled.none')}</p>
        ) : (
          <ul className="team-stalled">
            {stalled.slice(0, 40).map((rep) => (
              <li key={rep.actor}>
                <button type="button" className="text-link" onClick={() => onSelect?.(rep.actor)}>
                  {rep.name}
                </button>{' '}
                <span className="hint">{t('team.stalled.since', { weeks: rep.weeksSinceGain, readiness: percent(rep.readiness) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="team-questions-title">
        <h2 id="team-questions-title" className="section-title">
          {t('team.questions.title')}
        </h2>
        <QuestionAnalysisTable view={view} />
      </section>
      <section className="card" aria-labelledby="team-cases-title">
        <h2 id="team-cases-title" className="section-title">
          {t('team.cases.title')}
        </h2>
        <CaseDetours view={view} />
      </section>
    </div>
  );
}
