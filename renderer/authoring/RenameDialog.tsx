// Renaming an id safely: every language and every reference change together, and the trainer sees which files.
import { useId, useState, type FormEvent } from 'react';
import type { RenamableKind } from '../../core/authoring/sourceText';
import { PLAYBOOK_ID } from '../../core/markdown/linkPolicy';
import type { Lang } from '../../core/model';
import { FormProblem } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';
import { useApi } from '../state/ApiContext';
import { useBusyAction } from '../state/useBusyAction';
import { ModalActions, ModalDialog } from './ModalDialog';

interface RenameDialogProps {
  kind: RenamableKind;
  id: string;
  lang: Lang;
  onClose: () => void;
}

/** Renames an item's id in every language and updates every reference to it, then lists the files it changed. */
export function RenameDialog({ kind, id, lang, onClose }: RenameDialogProps) {
  const api = useApi();
  const { t } = useI18n();
  const fieldId = useId();
  const [to, setTo] = useState(id);
  const { busy, problem, setProblem, run } = useBusyAction();
  const [files, setFiles] = useState<string[] | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const next = to.trim();
    if (!PLAYBOOK_ID.test(next)) return setProblem(t('editor.idInvalid'));
    if (next === id) return setProblem(t('rename.same'));
    await run(async () => {
      setFiles((await api.renameId({ kind, from: id, to: next })).files);
      // The old id is gone: the screen behind the dialog shows the item under its new id, not a "not found".
      window.location.replace(formatRoute({ name: 'editor', doc: { kind, lang, id: next } }));
    });
  };

  return (
    <ModalDialog title={t('rename.title', { id })} onClose={onClose}>
      {files ? (
        <div className="modal-body">
          <p role="status">{t('rename.done', { count: files.length, to: to.trim() })}</p>
          <ul className="rename-files">
            {files.map((file) => (
              <li key={file}>
                <code>{file}</code>
              </li>
            ))}
          </ul>
          <div className="button-row">
            <a className="button button-primary" autoFocus href={formatRoute({ name: 'editor', doc: { kind, lang, id: to.trim() } })}>
              {t('rename.open', { id: to.trim() })}
            </a>
          </div>
        </div>
      ) : (
        <form className="modal-body" onSubmit={onSubmit} aria-busy={busy} noValidate>
          <p className="hint">{t('rename.hint')}</p>
          <div className="field">
            <label className="field-label" htmlFor={fieldId}>
              {t('rename.newId')}
            </label>
            <input
              id={fieldId}
              className="input"
              value={to}
              spellCheck={false}
              autoFocus
              aria-invalid={problem !== null}
              onChange={(event) => {
                setTo(event.target.value);
                setProblem(null);
              }}
            />
          </div>
          <FormProblem message={problem} />
          <ModalActions submitLabel={t('rename.submit')} busy={busy} onCancel={onClose} />
        </form>
      )}
    </ModalDialog>
  );
}
