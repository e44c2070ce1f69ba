// Starting a new playbook, quiz, case or path from a template that already passes the checks.
import { useId, useState, type FormEvent } from 'react';
import type { NewItemDraft } from '../../core/api/authoringContract';
import { RENAMABLE_KINDS, type RenamableKind } from '../../core/authoring/sourceText';
import { PLAYBOOK_ID } from '../../core/markdown/linkPolicy';
import type { Lang, RoleId } from '../../core/model';
import { LangSelect } from '../components/LangSelect';
import { RoleSelect } from '../components/RoleSelect';
import { FormProblem } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useBusyAction } from '../state/useBusyAction';
import type { EditorDoc } from './editorRoute';
import { ModalActions, ModalDialog } from './ModalDialog';
import type { EditorItem } from './useEditorItems';

interface NewItemDialogProps {
  kind: RenamableKind;
  items: readonly EditorItem[];
  defaultLang: Lang;
  onClose: () => void;
  onCreated: (doc: EditorDoc, draft: NewItemDraft) => void;
}

type Problems = Partial<Record<'id' | 'title' | 'playbook', string>>;

/** A new playbook, quiz, case or path from its template: the fields a valid item needs, then the editor opens it. */
export function NewItemDialog({ kind: initialKind, items, defaultLang, onClose, onCreated }: NewItemDialogProps) {
  const api = useApi();
  const { t } = useI18n();
  const ids = useId();
  const [kind, setKind] = useState<RenamableKind>(initialKind);
  const [lang, setLang] = useState<Lang>(defaultLang);
  const [id, setId] = useState('');
  const [title, setTitle] = useState('');
  const [playbook, setPlaybook] = useState('');
  const [role, setRole] = useState<RoleId>('sales-rep');
  const [problems, setProblems] = useState<Problems>({});
  const action = useBusyAction();
  const { busy } = action;
  const playbooks = items.filter((item) => item.kind === 'playbook' && item.lang === lang);
  const needsPlaybook = kind === 'quiz' || kind === 'path';

  const validate = (): Problems => {
    const found: Problems = {};
    if (!PLAYBOOK_ID.test(id.trim())) found.id = t('editor.idInvalid');
    else if (items.some((item) => item.kind === kind && item.lang === lang && item.id === id.trim())) found.id = t('newItem.idTaken', { id: id.trim() });
    if (!title.trim()) found.title = t('newItem.titleMissing');
    if (needsPlaybook && !playbook) found.playbook = t('newItem.playbookMissing');
    return found;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setProblems(found);
    action.setProblem(null);
    if (Object.keys(found).length > 0) return;
    await action.run(async () => {
      const draft = await api.newFromTemplate({
        kind,
        id: id.trim(),
        lang,
        title: title.trim(),
        ...(playbook && kind !== 'playbook' ? { playbook } : {}),
        ...(kind === 'path' ? { role } : {}),
      });
      onCreated({ kind, lang, id: id.trim() }, draft);
    });
  };

  const problem = (field: keyof Problems) =>
    problems[field] && (
      <p id={`${ids}-${field}-problem`} className="form-problem" role="alert">
        {problems[field]}
      </p>
    );
  const described = (field: keyof Problems) => (problems[field] ? { 'aria-invalid': true, 'aria-describedby': `${ids}-${field}-problem` } : {});

  return (
    <ModalDialog title={t('newItem.title')} onClose={onClose}>
      <form className="modal-body" onSubmit={onSubmit} aria-busy={busy} noValidate>
        <div className="field-row">
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-kind`}>
              {t('newItem.kind')}
            </label>
            <select id={`${ids}-kind`} className="select" value={kind} onChange={(event) => setKind(event.target.value as RenamableKind)}>
              {RENAMABLE_KINDS.map((option) => (
                <option key={option} value={option}>
                  {t(`editor.kind.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-lang`}>
              {t('newItem.lang')}
            </label>
            <LangSelect id={`${ids}-lang`} value={lang} onChange={setLang} />
          </div>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-title`}>
            {t('newItem.itemTitle')}
          </label>
          <input id={`${ids}-title`} className="input" value={title} autoFocus onChange={(event) => setTitle(event.target.value)} {...described('title')} />
          {problem('title')}
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-id`}>
            {t('newItem.id')}
          </label>
          <input id={`${ids}-id`} className="input" value={id} spellCheck={false} onChange={(event) => setId(event.target.value)} {...described('id')} />
          <span className="hint">{t('newItem.idHint')}</span>
          {problem('id')}
        </div>
        {kind !== 'playbook' && (
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-playbook`}>
              {t(needsPlaybook ? 'newItem.playbook' : 'newItem.playbookOptional')}
            </label>
            <select id={`${ids}-playbook`} className="select" value={playbook} onChange={(event) => setPlaybook(event.target.value)} {...described('playbook')}>
              <option value="">{t('newItem.choosePlaybook')}</option>
              {playbooks.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.title}
                </option>
              ))}
            </select>
            {problem('playbook')}
          </div>
        )}
        {kind === 'path' && (
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-role`}>
              {t('newItem.role')}
            </label>
            <RoleSelect id={`${ids}-role`} value={role} onChange={setRole} />
          </div>
        )}
        <FormProblem message={action.problem} />
        <ModalActions submitLabel={t('newItem.create')} busy={busy} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
