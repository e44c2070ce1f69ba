// The progress screen (route `progress`): readiness per competency against the target.
import type { ProgressView } from '../../core/api/contract';
import { PageHeader } from '../components/PageHeader';
import { ReadinessBar } from '../components/ReadinessBar';
import { ReadinessBasisNote } from '../components/ReadinessBasisNote';
import { ReadinessChart } from '../components/ReadinessChart';
import { EmptyState, QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useApiQuery } from '../state/useApiQuery';

export function ProgressScreen() {
  const api = useApi();
  const { t } = useI18n();
  const { profile, lang } = useSession();
  const progress = useApiQuery(() => api.progress({ profileId: profile.id, lang }), [api, profile.id, lang]);
  return (
    <div className="page">
      <PageHeader title={t('progress.title')} subtitle={t('progress.subtitle')} />
      <QueryView query={progress}>{(view) => <ProgressDetail view={view} />}</QueryView>
    </div>
  );
}

function ProgressDetail({ view }: { view: ProgressView }) {
  const { t, percent, dateTime } = useI18n();
  const stats = [
    { label: t('progress.playbooksRead'), value: view.stats.playbooksRead },
    { label: t('progress.quizzesPassed'), value: view.stats.quizzesPassed },
    { label: t('progress.casesReplayed'), value: view.stats.casesReplayed },
    { label: t('progress.reviewCards'), value: view.stats.reviewCards },
  ];
  return (
    <div className="progress">
      <section className="card progress-overview" aria-labelledby="progress-overall">
        <div>
          <h2 id="progress-overall" className="tile-title">
            {t('progress.overall')}
          </h2>
          <p className="tile-figure">
            <span className="big-number">{percent(view.overall)}</span>
            <span>{t(`readiness.of.${view.basis}`, { target: percent(view.target) })}</span>
          </p>
          <ReadinessBar label={t('progress.overall')} value={view.overall} target={view.target} />
          <ReadinessBasisNote basis={view.basis} />
        </div>
        <dl className="stats">
          {stats.map((stat) => (
            <div key={stat.label} className="stat">
              <dt>{stat.label}</dt>
              <dd>{stat.value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="card" aria-labelledby="progress-chart-title">
        <h2 id="progress-chart-title" className="section-title">
          {t('progress.byCompetency')}
          {view.path && <span className="section-count">{view.path.title}</span>}
        </h2>
        {view.competencies.length === 0 ? (
          <p className="hint">{t('progress.noCompetencies')}</p>
        ) : (
          <ReadinessChart competencies={view.competencies} target={view.target} basis={view.basis} />
        )}
      </section>

      <div className="two-columns">
        <section className="card" aria-labelledby="progress-weakest-title">
          <h2 id="progress-weakest-title" className="section-title">
            {t('progress.weakest')}
          </h2>
          {view.weakest.length === 0 ? (
            <p className="hint">{t('progress.noWeakest')}</p>
          ) : (
            <ol className="weak-list">
              {view.weakest.map((weak) => (
                <li key={`${weak.playbookId}#${weak.anchor}`}>
                  <a href={formatRoute({ name: 'playbook', id: weak.playbookId, anchor: weak.anchor })}>{weak.title}</a>
                  <span className="badge badge-miss">{t('progress.misses', { count: weak.misses })}</span>
                </li>
              ))}
            </ol>
          )}
        </section>

        <section className="card" aria-labelledby="progress-history-title">
          <h2 id="progress-history-title" className="section-title">
            {t('progress.history')}
          </h2>
          {view.history.length === 0 ? (
            <EmptyState title={t('progress.noHistory')} />
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('progress.when')}</th>
                  <th scope="col">{t('progress.item')}</th>
                  <th scope="col">{t('progress.score')}</th>
                  <th scope="col">{t('progress.result')}</th>
                </tr>
              </thead>
              <tbody>
                {view.history.map((attempt) => (
                  <tr key={attempt.id}>
                    <td>{dateTime(attempt.finishedAt)}</td>
                    <td>
                      <span className={`badge badge-${attempt.kind}`}>{t(`kind.${attempt.kind}`)}</span> {attempt.title}
                    </td>
                    <td>{percent(attempt.score)}</td>
                    <td>
                      <span className={attempt.passed ? 'status-pill status-done' : 'status-pill status-failed'}>
                        {attempt.passed ? t('progress.passed') : t('progress.notPassed')}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </div>
  );
}
