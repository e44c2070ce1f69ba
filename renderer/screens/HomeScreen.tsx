// The home screen (route `home`): what to do next today, the learner's path and readiness.
import type { HomeView } from '../../core/api/contract';
import { Icon } from '../components/Icon';
import { PageHeader } from '../components/PageHeader';
import { ReadinessBar } from '../components/ReadinessBar';
import { QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute, itemRoute } from '../routing/routes';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useApiQuery } from '../state/useApiQuery';

export function HomeScreen() {
  const api = useApi();
  const { profile, lang, firstVisit } = useSession();
  const home = useApiQuery(() => api.home({ profileId: profile.id, lang }), [api, profile.id, lang]);
  return <QueryView query={home}>{(view) => <HomeDashboard view={view} firstVisit={firstVisit ?? false} />}</QueryView>;
}

function HomeDashboard({ view, firstVisit }: { view: HomeView; firstVisit: boolean }) {
  const { t, percent } = useI18n();
  const { continueWith, nextModule } = view;
  return (
    <div className="page">
      <PageHeader
        eyebrow={t(`role.${view.profile.role}`)}
        title={t(firstVisit ? 'home.welcome' : 'home.greeting', { name: view.profile.name })}
        subtitle={view.path ? t('home.onPath', { title: view.path.title }) : t('home.noPath')}
      />
      <div className="dashboard">
        <section className="card tile tile-continue" aria-labelledby="home-continue">
          <h2 id="home-continue" className="tile-title">
            {t('home.continueTitle')}
          </h2>
          {continueWith ? (
            <>
              <p className="tile-main">
                <span className={`badge badge-${continueWith.kind}`}>{t(`kind.${continueWith.kind}`)}</span>
                {continueWith.title}
              </p>
              <a className="button button-primary" href={formatRoute(itemRoute(continueWith.kind, continueWith.id))}>
                {t('home.continueAction')}
                <Icon name="arrowRight" />
              </a>
            </>
          ) : (
            <>
              <p className="tile-main">{t('home.continueEmpty')}</p>
              <a className="button button-primary" href={formatRoute({ name: 'path' })}>
                {t('home.openPath')}
              </a>
            </>
          )}
        </section>

        <section className="card tile tile-review" aria-labelledby="home-review">
          <h2 id="home-review" className="tile-title">
            {t('home.reviewTitle')}
          </h2>
          <p className="tile-figure">
            <span className="big-number">{view.dueCount}</span>
            <span>{t('home.dueCards', { count: view.dueCount })}</span>
          </p>
          {view.dueCount > 0 ? (
            <a className="button button-primary" href={formatRoute({ name: 'review' })}>
              {t('home.startReview')}
            </a>
          ) : (
            <p className="hint">{t('home.nothingDue')}</p>
          )}
        </section>

        <section className="card tile tile-next" aria-labelledby="home-next">
          <h2 id="home-next" className="tile-title">
            {t('home.nextTitle')}
          </h2>
          {nextModule ? (
            <>
              <p className="tile-main">
                <span className={`badge badge-${nextModule.kind}`}>{t(`kind.${nextModule.kind}`)}</span>
                {nextModule.title}
              </p>
              <a className="button" href={formatRoute(itemRoute(nextModule.kind, nextModule.id))}>
                {t('home.startModule')}
              </a>
            </>
          ) : (
            <p className="tile-main">{view.path ? t('home.pathDone') : t('home.noPath')}</p>
          )}
        </section>

        <section className="card tile tile-readiness" aria-labelledby="home-readiness">
          <h2 id="home-readiness" className="tile-title">
            {t('home.readinessTitle')}
          </h2>
          <p className="tile-figure">
            <span className="big-number">{percent(view.overall)}</span>
            <span>{t(`readiness.of.${view.basis}`, { target: percent(view.target) })}</span>
          </p>
          <ReadinessBar label={t('home.readinessBar')} value={view.overall} target={view.target} />
          <a className="text-link" href={formatRoute({ name: 'progress' })}>
            {t('home.seeProgress')}
          </a>
        </section>
      </div>
    </div>
  );
}
