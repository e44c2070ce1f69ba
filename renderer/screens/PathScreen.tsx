// The learning path screen (route `path`): the role's modules in order, with what is done.
import { useId, useState } from 'react';
import type { PathView } from '../../core/api/contract';
import { Icon } from '../components/Icon';
import { PageHeader } from '../components/PageHeader';
import { ReadinessBar } from '../components/ReadinessBar';
import { ReadinessBasisNote } from '../components/ReadinessBasisNote';
import { EmptyState, QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute, itemRoute } from '../routing/routes';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useApiQuery } from '../state/useApiQuery';

export function PathScreen() {
  const api = useApi();
  const { t } = useI18n();
  const { profile, lang } = useSession();
  const selectId = useId();
  // Empty means "the path of my role"; another role's path can be browsed without changing roles.
  const [pathId, setPathId] = useState('');
  const catalog = useApiQuery(() => api.getCatalog({ lang }), [api, lang]);
  const path = useApiQuery(
    () => api.getPath({ profileId: profile.id, lang, ...(pathId ? { pathId } : {}) }),
    [api, profile.id, lang, pathId],
  );
  const paths = catalog.state.data?.paths ?? [];

  return (
    <div className="page">
      <PageHeader
        title={t('path.title')}
        subtitle={t('path.subtitle')}
        actions={
          paths.length > 1 && (
            <div className="toolbar-field">
              <label htmlFor={selectId}>{t('path.choose')}</label>
              <select id={selectId} className="select" value={pathId} onChange={(e) => setPathId(e.target.value)}>
                <option value="">{t('path.mine')}</option>
                {paths.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title} · {t(`role.${p.role}`)}
                  </option>
                ))}
              </select>
            </div>
          )
        }
      />
      <QueryView query={path}>
        {(view) => (view ? <PathDetail view={view} /> : <EmptyState title={t('path.noneTitle')}>{t('path.noneBody')}</EmptyState>)}
      </QueryView>
    </div>
  );
}

const statusIcon = { done: 'check', 'in-progress': 'review', todo: 'arrowRight' } as const;

function PathDetail({ view }: { view: PathView }) {
  const { t, percent } = useI18n();
  const competencyTitle = (id: string) => view.competencies.find((c) => c.id === id)?.title ?? id;
  const done = view.modules.filter((m) => m.status === 'done').length;
  return (
    <div className="path-layout">
      <section className="path-modules" aria-labelledby="path-modules-title">
        <h2 id="path-modules-title" className="section-title">
          {view.title}
          <span className="section-count">{t('path.doneOf', { done, total: view.modules.length })}</span>
        </h2>
        {view.modules.length === 0 ? (
          <EmptyState title={t('path.noModules')} />
        ) : (
          <ol className="module-list">
            {view.modules.map((module, i) => (
              <li key={`${module.kind}:${module.id}`} className={`module card module-${module.status}`}>
                <span className="module-step" aria-hidden="true">
                  {module.status === 'done' ? <Icon name={statusIcon.done} /> : i + 1}
                </span>
                <span className="module-text">
                  <a className="module-title" href={formatRoute(itemRoute(module.kind, module.id))}>
                    {module.title}
                  </a>
                  <span className="module-meta">
                    <span className={`badge badge-${module.kind}`}>{t(`kind.${module.kind}`)}</span>
                    <span>{competencyTitle(module.competency)}</span>
                    {module.best !== undefined && <span>{t('path.best', { score: percent(module.best) })}</span>}
                  </span>
                </span>
                <span className={`status-pill status-${module.status}`}>
                  <Icon name={statusIcon[module.status]} />
                  {t(`status.${module.status}`)}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <aside className="path-competencies card" aria-labelledby="path-competencies-title">
        <h2 id="path-competencies-title" className="section-title">
          {t('path.competencies')}
        </h2>
        <ReadinessBar label={t('path.overall')} value={view.overall} target={view.target} />
        <ReadinessBasisNote basis={view.basis} />
        <hr className="divider" />
        {view.competencies.map((competency) => (
          <div key={competency.id} className="competency">
            <ReadinessBar label={competency.title} value={competency.readiness} target={view.target} />
            <p className="hint">{t('path.evidence', { evidence: competency.evidence, assessed: competency.assessed })}</p>
          </div>
        ))}
      </aside>
    </div>
  );
}
