import type { Diagnostic } from '../../core/model';
import { useI18n } from '../i18n/I18nContext';

/** Content problems as an author needs them: where (file:line:col), how bad, and what. */
export function DiagnosticList({ diagnostics }: { diagnostics: Diagnostic[] }) {
  const { t } = useI18n();
  return (
    <ul className="diagnostics" aria-label={t('diagnostics.listLabel')}>
      {diagnostics.map((d, i) => (
        <li key={`${d.file}:${d.line}:${d.column}:${i}`} className={`diagnostic diagnostic-${d.severity}`}>
          <span className="diagnostic-severity">{t(d.severity === 'error' ? 'diagnostics.error' : 'diagnostics.warning')}</span>
          <code className="diagnostic-location">
            {d.file}:{d.line}:{d.column}
          </code>
          <span className="diagnostic-message">{d.message}</span>
        </li>
      ))}
    </ul>
  );
}
