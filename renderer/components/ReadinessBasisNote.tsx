// Readiness figures are only honest with their basis: this says what 100% means.
import type { ReadinessBasis } from '../../core/progress/benchmark';
import { useI18n } from '../i18n/I18nContext';

/** What 100% readiness stands for, and what counts towards it: said wherever readiness is explained. */
export function ReadinessBasisNote({ basis }: { basis: ReadinessBasis }) {
  const { t } = useI18n();
  return (
    <div className="readiness-basis hint">
      <p>{t(`readiness.basis.${basis}`)}</p>
      <p>{t('readiness.evidenceOnly')}</p>
    </div>
  );
}
