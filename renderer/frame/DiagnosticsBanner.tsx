// Content errors announced across the top, so authors notice them without looking for them.
import type { Diagnostic } from '../../core/model';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';

/** Shown across the top when the content has errors, so authors see them without hunting. */
export function DiagnosticsBanner({ diagnostics }: { diagnostics: Diagnostic[] }) {
  const { t } = useI18n();
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors === 0) return null;
  return (
    <div className="banner banner-error" role="region" aria-label={t('diagnostics.bannerLabel')}>
      <Icon name="alert" />
      <span>{t('diagnostics.banner', { count: errors })}</span>
      <a href={formatRoute({ name: 'diagnostics' })}>{t('diagnostics.viewDetails')}</a>
    </div>
  );
}
