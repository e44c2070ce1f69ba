// The case decisions where reps leave the elite path most, with the detour they take most often.
import type { TeamView } from '../../core/team/teamView';
import { useI18n } from '../i18n/I18nContext';

const SHOWN = 10;

export function CaseDetours({ view }: { view: TeamView }) {
  const { t, percent } = useI18n();
  const rows = view.cases.filter((decision) => decision.offElite > 0).slice(0, SHOWN);
  if (rows.length === 0) return <p className="hint">{t('team.cases.none')}</p>;
  return (
    <ol className="team-detours">
      {rows.map((decision) => (
        <li key={`${decision.caseId}|${decision.step}`}>
          <div className="team-detour-head">
            <strong>{decision.caseTitle ?? decision.caseId}</strong>
            <span className="team-detour-share">{t('team.cases.offShare', { share: percent(decision.offShare), attempts: decision.attempts })}</span>
          </div>
          {decision.prompt && <p>{decision.prompt}</p>}
          {decision.commonDetour && <p className="hint">{t('team.cases.detour', { option: decision.commonDetour.text ?? decision.commonDetour.key, count: decision.commonDetour.count })}</p>}
        </li>
      ))}
    </ol>
  );
}
