// Choosing the folder the trainer edits, the only place the editor writes to.
import { useId, useState, type FormEvent } from 'react';
import type { PickedFolder } from '../../core/api/desktopBridge';
import { desktopBridge } from '../api/getApi';
import { FormProblem, messageOf } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useBusyAction } from '../state/useBusyAction';
import type { WorkspaceState } from '../state/WorkspaceContext';

/**
 * Which folder the trainer is editing: the open workspace, or the built-in content alone (read-only).
 * On the desktop a folder is chosen in the system's folder dialog; a path can always be typed (the web host has
 * no dialog of its own that gives a folder's path).
 */
export function WorkspacePanel({ workspace }: { workspace: WorkspaceState }) {
  const { t } = useI18n();
  const fieldId = useId();
  const [path, setPath] = useState('');
  const action = useBusyAction();
  const { busy, problem, setProblem } = action;
  const { view } = workspace;

  const run = (dir: string | null) =>
    action.run(async () => {
      await workspace.open(dir);
      setPath('');
    });

  const bridge = desktopBridge();
  const choose = async () => {
    if (!bridge) return;
    setProblem(null);
    const outcome = await bridge.pickFolder();
    if (!outcome.ok) return setProblem(outcome.error.message);
    // The bridge carries dispatch outcomes; a successful pickFolder always resolves to a PickedFolder.
    const { dir } = outcome.result as PickedFolder;
    if (dir) await run(dir);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (path.trim()) void run(path.trim());
    else setProblem(t('workspace.pathMissing'));
  };

  return (
    <section className="ws-panel card" aria-labelledby={`${fieldId}-title`}>
      <div className="ws-current">
        <h2 id={`${fieldId}-title`} className="ws-title">
          {t('workspace.title')}
        </h2>
        {view === null ? (
          <span className="hint">{t('state.loading')}</span>
        ) : view.dir ? (
          <>
            <code className="ws-dir" title={view.dir}>
              {view.dir}
            </code>
            <button type="button" className="button button-small" disabled={busy} onClick={() => run(null)}>
              {t('workspace.close')}
            </button>
          </>
        ) : (
          <span className="ws-dir-none">{t('workspace.builtInOnly')}</span>
        )}
      </div>
      {view?.notice && (
        <p className="notice" role="note">
          {view.notice}
        </p>
      )}
      <form className="ws-open" onSubmit={onSubmit} aria-busy={busy}>
        <label className="field-label" htmlFor={fieldId}>
          {t(view?.dir ? 'workspace.switchLabel' : 'workspace.openLabel')}
        </label>
        <input
          id={fieldId}
          className="input"
          type="text"
          spellCheck={false}
          autoComplete="off"
          placeholder={t('workspace.pathPlaceholder')}
          value={path}
          onChange={(event) => {
            setPath(event.target.value);
            setProblem(null);
          }}
        />
        <button type="submit" className="button button-small" disabled={busy}>
          {t('workspace.open')}
        </button>
        {bridge && (
          <button type="button" className="button button-small button-primary" disabled={busy} onClick={() => void choose()}>
            {t('workspace.choose')}
          </button>
        )}
      </form>
      <FormProblem message={problem} />
      <FormProblem message={workspace.error !== null && !problem ? messageOf(workspace.error, t('state.errorUnknown')) : null} />
    </section>
  );
}
