// One rep's readiness by ISO week against today's benchmark, with the 80% line: is this rep moving?
import type { TeamRep, TrendPoint } from '../../core/team/teamView';
import { ReadinessBar } from '../components/ReadinessBar';
import { useI18n } from '../i18n/I18nContext';

export function RepTrend({ rep, points, target }: { rep: TeamRep; points: TrendPoint[]; target: number }) {
  const { t } = useI18n();
  return (
    <div className="team-trend" aria-labelledby="team-trend-title">
      <h3 id="team-trend-title" className="tile-title">
        {t('team.trend.title', { name: rep.name })}
      </h3>
      <p className="hint">{rep.actor}</p>
      {points.length === 0 ? (
        <p className="hint">{t('team.trend.none')}</p>
      ) : (
        <ol className="team-trend-weeks">
          {points.map((point) => (
            <li key={point.week}>
              <ReadinessBar label={point.week} value={point.readiness} target={target} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
