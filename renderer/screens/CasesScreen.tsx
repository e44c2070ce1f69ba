// The cases screen (route `cases`): every case to replay, with how the learner did.
import type { CaseSummary } from '../../core/api/contract';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useApiQuery } from '../state/useApiQuery';

export function CasesScreen() {
  const api = useApi();
  const { t } = useI18n();
  const { lang, profile } = useSession();
  const catalog = useApiQuery(() => api.getCatalog({ lang }), [api, lang]);
  return (
    <div className="page">
      <PageHeader title={t('cases.title')} subtitle={t('cases.subtitle')} />
      <QueryView query={catalog}>
        {(data) =>
          data.cases.length === 0 ? (
            <EmptyState title={t('cases.emptyTitle')}>{t('cases.emptyBody')}</EmptyState>
          ) : (
            <ul className="card-grid">
              {/* The learner's own role first: those are the situations they will meet. */}
              {[...data.cases]
                .sort((a, b) => Number(b.roles.includes(profile.role)) - Number(a.roles.includes(profile.role)))
                .map((item) => (
                  <li key={item.id}>
                    <CaseCard item={item} />
                  </li>
                ))}
            </ul>
          )
        }
      </QueryView>
    </div>
  );
}

function CaseCard({ item }: { item: CaseSummary }) {
  const { t } = useI18n();
  return (
    <article className="card playbook-card">
      <h2 className="card-title">
        <a className="card-link" href={formatRoute({ name: 'case', id: item.id })}>
          {item.title}
        </a>
      </h2>
      <p className="card-summary">{item.summary}</p>
      <p className="card-foot">
        <span>{t('cases.decisions', { count: item.decisionCount })}</span>
        <span>{item.roles.map((role) => t(`role.${role}`)).join(' · ')}</span>
      </p>
    </article>
  );
}
