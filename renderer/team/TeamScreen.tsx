// The team view for managers and trainers (profiles with `canViewTeam`): load the team's records, mark the elite
// reps, and see every rep's readiness against them, the questions that mislead and the case decisions reps miss.
import { useState } from 'react';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useApiQuery } from '../state/useApiQuery';
import { RepTrend } from './RepTrend';
import { TeamReport } from './TeamReport';
import { TeamSources } from './TeamSources';
import './team.css';

export function TeamScreen() {
  const api = useApi();
  const { t } = useI18n();
  const { profile, lang } = useSession();
  const [pathId, setPathId] = useState('all');
  const [selected, setSelected] = useState<string | undefined>();
  const team = useApiQuery(() => api.teamView({ profileId: profile.id, lang, pathId }), [api, profile.id, lang, pathId]);
  const trend = useApiQuery(
    () => (selected ? api.teamTrend({ profileId: profile.id, actor: selected, lang, pathId }) : Promise.resolve([])),
    [api, profile.id, lang, pathId, selected],
  );

  if (profile.canViewTeam !== true) {
    return (
      <div className="page">
        <PageHeader title={t('team.title')} />
        <EmptyState title={t('team.noCapability')}>{t('team.noCapabilityHint')}</EmptyState>
      </div>
    );
  }

  const markElite = async (actor: string, elite: boolean) => {
    await api.teamMarkElite({ profileId: profile.id, actor, elite });
    team.reload();
    if (selected) trend.reload();
  };

  return (
    <div className="page page-wide">
      <PageHeader
        title={t('team.title')}
        subtitle={t('team.subtitle')}
        actions={
          team.state.data && (
            <label className="field field-inline">
              <span className="field-label">{t('team.path')}</span>
              <select className="select" value={pathId} onChange={(event) => setPathId(event.target.value)}>
                <option value="all">{t('team.path.all')}</option>
                {team.state.data.paths.map((path) => (
                  <option key={path.id} value={path.id}>
                    {path.title}
                  </option>
                ))}
              </select>
            </label>
          )
        }
      />
      <QueryView query={team}>
        {({ view, sources }) => (
          <>
            <TeamSources folders={sources.folders} lrs={sources.lrs} onLoaded={team.reload} />
            {view.reps.length === 0 ? (
              <EmptyState title={t('team.empty')}>{t('team.emptyHint')}</EmptyState>
            ) : (
              <>
                <p className="hint">{t('team.asOf', { reps: view.reps.length, statements: view.statements, date: view.asOf?.slice(0, 10) ?? '–' })}</p>
                <TeamReport
                  view={view}
                  selected={selected}
                  onSelect={setSelected}
                  onElite={(actor, elite) => void markElite(actor, elite)}
                  detail={
                    selected &&
                    view.reps.some((rep) => rep.actor === selected) && (
                      <RepTrend rep={view.reps.find((rep) => rep.actor === selected)!} points={trend.state.data ?? []} target={view.target} />
                    )
                  }
                />
              </>
            )}
          </>
        )}
      </QueryView>
    </div>
  );
}
