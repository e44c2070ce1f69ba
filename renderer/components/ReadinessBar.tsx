// Readiness for one competency as a bar with the 80% target marked.
import { READINESS_TARGET } from '../../core/model';
import { useI18n } from '../i18n/I18nContext';

function clampShare(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** Readiness as a share of the elite benchmark, with the target line drawn on the track. */
export function ReadinessBar({ label, value, target = READINESS_TARGET }: { label: string; value: number; target?: number }) {
  const { t, percent } = useI18n();
  const share = clampShare(value);
  const reached = share >= target;
  return (
    <div className="readiness">
      <div className="readiness-head">
        <span className="readiness-label">{label}</span>
        <span className="readiness-value">{percent(share)}</span>
      </div>
      <div
        className={`readiness-track${reached ? ' is-reached' : ''}`}
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(share * 100)}
        aria-valuetext={t('readiness.valueText', { value: percent(share), target: percent(target) })}
      >
        <span className="readiness-fill" style={{ width: `${share * 100}%` }} />
        <span className="readiness-target" style={{ left: `${clampShare(target) * 100}%` }} />
      </div>
    </div>
  );
}
