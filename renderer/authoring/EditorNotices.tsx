// What the trainer must know before editing: a built-in file is read-only (fork it into the workspace), or the file changed on disk.
import { useI18n } from '../i18n/I18nContext';
import { isRenamable } from './editorRoute';
import type { EditorSource } from './useEditorDocument';

interface EditorNoticesProps {
  source: EditorSource;
  workspaceOpen: boolean;
  busy: boolean;
  onFork: () => void;
  changedOnDisk: boolean;
  onLoadDisk: () => void;
  onKeepMine: () => void;
}

export function EditorNotices({ source, workspaceOpen, busy, onFork, changedOnDisk, onLoadDisk, onKeepMine }: EditorNoticesProps) {
  const { t } = useI18n();
  return (
    <>
      {source.readOnly && (
        <div className="notice editor-notice" role="note">
          <span>{t('editor.builtInNotice')}</span>
          {isRenamable(source.kind) && (
            <button type="button" className="button button-small" disabled={busy || !workspaceOpen} onClick={onFork}>
              {t('editor.fork')}
            </button>
          )}
          {!workspaceOpen && <span className="hint">{t('editor.forkNeedsWorkspace')}</span>}
        </div>
      )}
      {changedOnDisk && (
        <div className="notice editor-notice" role="alert">
          <span>{t('editor.changedOnDisk')}</span>
          <button type="button" className="button button-small" onClick={onLoadDisk}>
            {t('editor.loadDisk')}
          </button>
          <button type="button" className="button button-small button-ghost" onClick={onKeepMine}>
            {t('editor.keepMine')}
          </button>
        </div>
      )}
    </>
  );
}
