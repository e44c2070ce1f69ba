// Reps × competencies with the 80% line: one page of reps at a time (a team of 500 stays fast), weakest first,
// filtered to those below the line or stalled, elite reps marked with a toggle per row.
import { useMemo, useState } from 'react';
import type { TeamRep, TeamView } from '../../core/team/teamView';
import { useI18n } from '../i18n/I18nContext';

export const REPS_PAGE = 50;

type Filter = 'all' | 'below' | 'stalled' | 'elite';

function Cell({ value, target }: { value: number; target: number }) {
  const { percent } = useI18n();
  return (
    <td className={`team-cell${value >= target ? ' is-reached' : ''}`}>
      <span className="team-cell-bar" style={{ width: `${Math.round(value * 100)}%` }} aria-hidden="true" />
      <span className="team-cell-value">{percent(value)}</span>
    </td>
  );
}

export function RepsTable({
  view,
  selected,
  onSelect,
  onElite,
}: {
  view: TeamView;
  selected?: string | undefined;
  onSelect?: (actor: string) => void;
  onElite?: (actor: string, elite: boolean) => void;
}) {
  const { t, percent } = useI18n();
  const [filter, setFilter] = useState<Filter>('all');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  // A tick shows at once; the view computed against the new benchmark follows from the back end.
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const shown = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const keep = (rep: TeamRep) =>
      (filter === 'all' || (filter === 'below' && rep.readiness < view.target) || (filter === 'stalled' && rep.stalled) || (filter === 'elite' && rep.elite)) &&
      (needle === '' || rep.name.toLowerCase().includes(needle) || rep.actor.toLowerCase().includes(needle));
    return view.reps.filter(keep);
  }, [view, filter, query]);
  const pages = Math.max(1, Math.ceil(shown.length / REPS_PAGE));
  const current = Math.min(page, pages - 1);
  const rows = shown.slice(current * REPS_PAGE, (current + 1) * REPS_PAGE);
  const below = view.reps.filter((rep) => rep.readiness < view.target).length;
  return (
    <div className="team-reps">
      <div className="team-toolbar">
        <label>
          <span className="sr-only">{t('team.reps.search')}</span>
          <input type="search" placeholder={t('team.reps.search')} value={query} onChange={(event) => (setQuery(event.target.value), setPage(0))} />
        </label>
        <div className="segmented" role="group" aria-label={t('team.reps.filter')}>
          {(['all', 'below', 'stalled', 'elite'] as const).map((value) => (
            <button key={value} type="button" className={`segment${filter === value ? ' is-checked' : ''}`} aria-pressed={filter === value} onClick={() => (setFilter(value), setPage(0))}>
              {t(`team.reps.filter.${value}`)}
            </button>
          ))}
        </div>
        <span className="hint">{t('team.reps.summary', { below, total: view.reps.length, target: percent(view.target) })}</span>
      </div>
      <div className="team-table-wrap">
        <table className="team-table">
          <thead>
            <tr>
              <th scope="col">{t('team.reps.rep')}</th>
              <th scope="col">{t('team.reps.elite')}</th>
              <th scope="col">{t('team.reps.readiness')}</th>
              {view.competencies.map((competency) => (
                <th key={competency.id} scope="col" title={competency.id}>
                  {competency.title}
                </th>
              ))}
              <th scope="col">{t('team.reps.lastGain')}</th>
            </tr>
            <tr className="team-benchmark-row">
              <th scope="row">{t('team.reps.benchmark')}</th>
              <td />
              <td />
              {view.competencies.map((competency) => (
                <td key={competency.id}>{competency.benchmark === undefined ? t('team.reps.fullMarks') : percent(competency.benchmark)}</td>
              ))}
              <td />
            </tr>
          </thead>
          <tbody>
            {rows.map((rep) => (
              <tr key={rep.actor} className={rep.actor === selected ? 'is-selected' : undefined}>
                <th scope="row">
                  <button type="button" className="text-link" onClick={() => onSelect?.(rep.actor)} title={rep.actor}>
                    {rep.name}
                  </button>
                  {rep.stalled && <span className="badge badge-fallback">{t('team.reps.stalledBadge', { weeks: rep.weeksSinceGain })}</span>}
                </th>
                <td>
                  <input type="checkbox" checked={ticked[rep.actor] ?? rep.elite}
                    aria-label={t('team.reps.markElite', { name: rep.name })}
                    onChange={(event) => {
                      const elite = event.target.checked;
                      setTicked((current) => ({ ...current, [rep.actor]: elite }));
                      onElite?.(rep.actor, elite);
                    }} />
                </td>
                <Cell value={rep.readiness} target={view.target} />
                {view.competencies.map((competency) => (
                  <Cell key={competency.id} value={rep.competencies[competency.id] ?? 0} target={view.target} />
                ))}
                <td className="team-date">{rep.lastGain ? rep.lastGain.slice(0, 10) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className="team-pages" aria-label={t('team.reps.pages')}>
          <button type="button" className="button button-small" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('team.reps.previous')}
          </button>
          <span>{t('team.reps.page', { page: current + 1, pages, count: shown.length })}</span>
          <button type="button" className="button button-small" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t('team.reps.next')}
          </button>
        </nav>
      )}
    </div>
  );
}
