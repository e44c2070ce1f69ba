// The trainer's Freshness page: what needs a look to stay trustworthy (overdue reviews, references to changed sections).
import type { FreshnessView } from '../../core/api/authoringContract';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, FormProblem, QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useApiQuery } from '../state/useApiQuery';
import { useContentVersion } from '../state/WorkspaceContext';
import { OverdueTable } from './OverdueTable';
import { StaleCard } from './StaleCard';
import { useFreshnessAction, type FreshnessAction } from './useFreshnessAction';

/** What needs a trainer's look to stay trustworthy: playbooks due for their periodic review, and what refers to changed sections. */
export function FreshnessScreen() {
  const api = useApi();
  const { t } = useI18n();
  const contentVersion = useContentVersion();
  const report = useApiQuery(() => api.freshness({}), [api, contentVersion]);
  const action = useFreshnessAction(report.reload);
  return (
    <div className="page">
      <PageHeader title={t('freshness.title')} subtitle={t('freshness.subtitle')} />
      <FormProblem message={action.problem} />
      <QueryView query={report}>{(view) => <FreshnessReport view={view} action={action} />}</QueryView>
    </div>
  );
}

function FreshnessReport({ view, action }: { view: FreshnessView; action: FreshnessAction }) {
  const { t } = useI18n();
  return (
    <>
      <section aria-labelledby="overdue-title">
        <h2 id="overdue-title" className="section-title">
          {t('freshness.overdueTitle')} <span className="section-count">{view.overdue.length}</span>
        </h2>
        {view.overdue.length === 0 ? (
          <EmptyState title={t('freshness.noneOverdue')} />
        ) : (
          <OverdueTable overdue={view.overdue} action={action} />
        )}
      </section>
      <section aria-labelledby="stale-title">
        <h2 id="stale-title" className="section-title">
          {t('freshness.staleTitle')} <span className="section-count">{view.stale.length}</span>
        </h2>
        <p className="hint freshness-hint">{t('freshness.staleHint')}</p>
        {view.stale.length === 0 ? (
          <EmptyState title={t('freshness.noneStale')} />
        ) : (
          <ul className="stale-list">
            {view.stale.map((stale) => (
              <StaleCard key={`${stale.lang}:${stale.ref}`} stale={stale} action={action} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
