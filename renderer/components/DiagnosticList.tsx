// Content problems shown the same way everywhere (editor, diagnostics page, errors), located by file, line and column.
import type { DiagnosticView } from '../../core/api/contract';
import type { Diagnostic } from '../../core/model';
import { useI18n } from '../i18n/I18nContext';

/** Where a problem is, as its author knows the file: its display path when the API gave one. */
function locationOf(d: Diagnostic | DiagnosticView): string {
  return `${'path' in d ? d.path : d.file}:${d.line}:${d.column}`;
}

/** Content problems as an author needs them: where (file:line:col), how bad, and what. */
export function DiagnosticList({ diagnostics }: { diagnostics: readonly (Diagnostic | DiagnosticView)[] }) {
  const { t } = useI18n();
  return (
    <ul className="diagnostics" aria-label={t('diagnostics.listLabel')}>
      {diagnostics.map((d, i) => (
        <li key={`${locationOf(d)}:${i}`} className={`diagnostic diagnostic-${d.severity}`}>
          <span className="diagnostic-severity">{t(d.severity === 'error' ? 'diagnostics.error' : 'diagnostics.warning')}</span>
          <code className="diagnostic-location">{locationOf(d)}</code>
          <span className="diagnostic-message">{d.message}</span>
        </li>
      ))}
    </ul>
  );
}
