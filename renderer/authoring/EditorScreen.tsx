// The trainer's editor screen (route `editor`): workspace, file list and the open file.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { RenamableKind } from '../../core/authoring/sourceText';
import { PageHeader } from '../components/PageHeader';
import { ChangesPanel } from '../git/ChangesPanel';
import { EmptyState, ErrorState, Loading, messageOf } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { navigate } from '../routing/useRoute';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useApiQuery } from '../state/useApiQuery';
import { useWorkspace } from '../state/WorkspaceContext';
import { DocumentEditor, type EditorSource } from './DocumentEditor';
import { EditorFileList } from './EditorFileList';
import { docKey, isRenamable, type EditorDoc, type EditorRoute } from './editorRoute';
import { NewItemDialog } from './NewItemDialog';
import { NewMenu } from './NewMenu';
import { RenameDialog } from './RenameDialog';
import { useEditorItems } from './useEditorItems';
import { WorkspacePanel } from './WorkspacePanel';

/**
 * The trainer's editor: the workspace, every item to open, and the open file, read again from its content root
 * whenever the content changes. A new item is a draft shown here until its first save puts it on disk.
 */
export function EditorScreen({ route }: { route: EditorRoute }) {
  const api = useApi();
  const { t } = useI18n();
  const { lang } = useSession();
  const workspace = useWorkspace();
  const revision = workspace.view?.revision;
  const workspaceOpen = Boolean(workspace.view?.dir);
  const items = useEditorItems(revision);
  const [draft, setDraft] = useState<EditorSource | null>(null);
  const [creating, setCreating] = useState<RenamableKind | null>(null);
  const [renaming, setRenaming] = useState<EditorDoc | null>(null);
  const dirty = useRef(false);
  const setDirty = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);
  const { doc } = route;
  const key = doc ? docKey(doc) : '';
  const source = useApiQuery<EditorSource | null>(() => (doc ? api.readSource(doc) : Promise.resolve(null)), [api, key, revision]);

  // A route change the unsaved-changes guard let through leaves the draft behind (even one that keeps this screen).
  useEffect(() => {
    const leave = () => setDraft(null);
    window.addEventListener('hashchange', leave);
    return () => window.removeEventListener('hashchange', leave);
  }, []);

  const startNew = (kind: RenamableKind) => {
    if (dirty.current && !window.confirm(t('editor.confirmLeave'))) return;
    setCreating(kind);
  };

  const { state } = source;
  const loaded = state.data && docKey(state.data) === key ? state.data : undefined;
  const shown = draft ?? loaded;
  let main: ReactNode;
  if (shown) {
    main = (
      <>
        {!draft && state.status === 'error' && (
          <p className="notice" role="alert">
            {t('editor.reloadFailed', { message: messageOf(state.error, t('state.errorUnknown')) })}
          </p>
        )}
        <DocumentEditor
          key={`${draft ? 'new' : shown.root}:${docKey(shown)}`}
          source={shown}
          line={draft ? undefined : route.line}
          revision={revision ?? 0}
          workspaceOpen={workspaceOpen}
          onDirtyChange={setDirty}
          onSaved={(_saved, cursorLine) => draft && navigate({ name: 'editor', doc: draft, line: cursorLine })}
          onForked={source.set}
          onRename={() => setRenaming(shown)}
        />
      </>
    );
  } else if (!doc) {
    main = <EmptyState title={t('editor.noFileTitle')}>{t('editor.noFileBody')}</EmptyState>;
  } else if (state.status === 'error') {
    main = <ErrorState error={state.error} onRetry={source.reload} />;
  } else {
    main = <Loading />;
  }

  return (
    <div className="page page-editor">
      <PageHeader
        title={t('editor.title')}
        subtitle={t('editor.subtitle')}
        actions={
          <>
            {!workspaceOpen && <span className="hint">{t('editor.newNeedsWorkspace')}</span>}
            <NewMenu disabled={!workspaceOpen || !items.state.data} onChoose={startNew} />
          </>
        }
      />
      <WorkspacePanel workspace={workspace} />
      <ChangesPanel revision={revision} />
      <div className="editor-layout">
        {items.state.data ? (
          <EditorFileList items={items.state.data} current={draft ?? doc} />
        ) : items.state.status === 'error' ? (
          <ErrorState error={items.state.error} onRetry={items.reload} />
        ) : (
          <Loading />
        )}
        <div className="editor-main">{main}</div>
      </div>
      {creating && items.state.data && (
        <NewItemDialog
          kind={creating}
          items={items.state.data}
          defaultLang={lang}
          onClose={() => setCreating(null)}
          onCreated={(created, template) => {
            setDraft({ ...created, path: template.path, text: template.text, root: 'workspace', readOnly: false, isNew: true });
            setCreating(null);
          }}
        />
      )}
      {renaming && isRenamable(renaming.kind) && (
        <RenameDialog kind={renaming.kind} id={renaming.id} lang={renaming.lang} onClose={() => setRenaming(null)} />
      )}
    </div>
  );
}
