// The problems of the file being edited, listed under the source so each can be reached in one click.
import type { Diagnostic } from '../../core/model';
import { useI18n } from '../i18n/I18nContext';
import { byPosition } from './lintMarks';

interface EditorDiagnosticsProps {
  diagnostics: readonly Diagnostic[];
  /** No answer yet for this file. */
  checking: boolean;
  onJump: (diagnostic: Diagnostic) => void;
}

/** The draft's problems under the editor, in line order; each one moves the cursor to its line and column. */
export function EditorDiagnostics({ diagnostics, checking, onJump }: EditorDiagnosticsProps) {
  const { t } = useI18n();
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const sorted = [...diagnostics].sort(byPosition);
  return (
    <section className="editor-problems" aria-labelledby="editor-problems-title">
      <h2 id="editor-problems-title" className="editor-pane-title">
        {t('editor.problems')}{' '}
        <span className="editor-problems-count" aria-live="polite">
          {checking ? t('editor.checking') : diagnostics.length === 0 ? t('editor.noProblems') : t('diagnostics.summary', { errors, warnings: diagnostics.length - errors })}
        </span>
      </h2>
      {sorted.length > 0 && (
        <ul className="editor-problem-list">
          {sorted.map((d, i) => (
            <li key={`${d.line}:${d.column}:${i}`}>
              <button type="button" className={`editor-problem diagnostic-${d.severity}`} onClick={() => onJump(d)}>
                <span className="diagnostic-severity">{t(d.severity === 'error' ? 'diagnostics.error' : 'diagnostics.warning')}</span>
                <span className="editor-problem-at">{t('editor.lineColumn', { line: d.line, column: d.column })}</span>
                <span className="diagnostic-message">{d.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
