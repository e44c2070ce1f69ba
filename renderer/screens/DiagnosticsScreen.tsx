// The content problems screen (route `diagnostics`), for authors.
import { DiagnosticList } from '../components/DiagnosticList';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, QueryView } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useApiQuery } from '../state/useApiQuery';

/** Every content problem with file:line:col, errors first, so an author can go straight to the spot. */
export function DiagnosticsScreen() {
  const api = useApi();
  const { t } = useI18n();
  const diagnostics = useApiQuery(() => api.getDiagnostics({}), [api]);
  return (
    <div className="page">
      <PageHeader
        title={t('diagnostics.title')}
        subtitle={t('diagnostics.subtitle')}
        actions={
          <button type="button" className="button" onClick={diagnostics.reload}>
            {t('diagnostics.recheck')}
          </button>
        }
      />
      <QueryView query={diagnostics}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('diagnostics.noneTitle')}>{t('diagnostics.noneBody')}</EmptyState>
          ) : (
            <>
              <p className="result-count">
                {t('diagnostics.summary', {
                  errors: list.filter((d) => d.severity === 'error').length,
                  warnings: list.filter((d) => d.severity === 'warning').length,
                })}
              </p>
              <DiagnosticList
                diagnostics={[...list].sort(
                  (a, b) => Number(b.severity === 'error') - Number(a.severity === 'error') || a.path.localeCompare(b.path) || a.line - b.line,
                )}
              />
            </>
          )
        }
      </QueryView>
    </div>
  );
}
