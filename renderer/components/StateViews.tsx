// Loading, error and empty states look and behave the same on every screen.
import type { ReactNode } from 'react';
import { ApiError } from '../../core/api/contract';
import { useI18n } from '../i18n/I18nContext';
import type { Query } from '../state/useApiQuery';
import { DiagnosticList } from './DiagnosticList';

export function Loading() {
  const { t } = useI18n();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{t('state.loading')}</span>
    </div>
  );
}

export function messageOf(error: unknown, fallback: string): string {
  if (error instanceof Error && error.message) return error.message;
  return fallback;
}

/** A form's or action's problem, announced as it appears; nothing when there is none. */
export function FormProblem({ message }: { message: string | null | undefined }) {
  return message ? (
    <p className="form-problem" role="alert">
      {message}
    </p>
  ) : null;
}

/** A failure the learner can read and act on: the API's message, content diagnostics with file and line, a retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const diagnostics = error instanceof ApiError ? error.diagnostics : undefined;
  const notFound = error instanceof ApiError && error.code === 'not-found';
  return (
    <div className="state state-error" role="alert">
      <h2 className="state-title">{t(notFound ? 'state.notFoundTitle' : 'state.errorTitle')}</h2>
      <p>{messageOf(error, t('state.errorUnknown'))}</p>
      {diagnostics && diagnostics.length > 0 && <DiagnosticList diagnostics={diagnostics} />}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="state state-empty">
      <h2 className="state-title">{title}</h2>
      {children && <div className="state-body">{children}</div>}
      {action && <div className="state-action">{action}</div>}
    </div>
  );
}

/** Renders a query's loading and error states, and `children(data)` once it is ready. */
export function QueryView<T>({ query, children }: { query: Query<T>; children: (data: T) => ReactNode }) {
  const { state } = query;
  if (state.status === 'ready') return <>{children(state.data)}</>;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={query.reload} />;
  // While reloading, the previous answer stays on screen instead of flashing a spinner.
  if (state.data !== undefined) return <>{children(state.data)}</>;
  return <Loading />;
}
