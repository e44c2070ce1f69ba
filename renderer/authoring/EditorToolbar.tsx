// The editor's toolbar: the editing room, save, undo and redo, blocks to insert into a playbook, rename, and the save status.
import { useMemo, type RefObject } from 'react';
import { createI18n, useI18n } from '../i18n/I18nContext';
import { BLOCK_SNIPPETS, blockSnippet } from './blockSnippets';
import { isRenamable } from './editorRoute';
import type { SourceEditorHandle } from './SourceEditor';
import type { EditorSource } from './useEditorDocument';

interface EditorToolbarProps {
  source: EditorSource;
  editor: RefObject<SourceEditorHandle | null>;
  room: boolean;
  onRoom: (room: boolean) => void;
  dirty: boolean;
  busy: boolean;
  onSave: () => void;
  onRename: () => void;
}

export function EditorToolbar({ source, editor, room, onRoom, dirty, busy, onSave, onRename }: EditorToolbarProps) {
  const { t } = useI18n();
  // Inserted blocks are worded in the file's language, not the interface's.
  const contentLang = useMemo(() => createI18n(source.lang), [source.lang]);
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      <button type="button" className="button button-small" aria-pressed={room} aria-keyshortcuts={room ? 'Escape' : undefined} onClick={() => onRoom(!room)}>
        {t('editor.room')}
      </button>
      <button type="button" className="button button-primary button-small" aria-keyshortcuts="Control+S Meta+S" disabled={source.readOnly || busy || !dirty} onClick={onSave}>
        {t('editor.save')}
      </button>
      <button type="button" className="button button-small" aria-keyshortcuts="Control+Z Meta+Z" disabled={source.readOnly} onClick={() => editor.current?.undo()}>
        {t('editor.undo')}
      </button>
      <button type="button" className="button button-small" aria-keyshortcuts="Control+Y Meta+Shift+Z" disabled={source.readOnly} onClick={() => editor.current?.redo()}>
        {t('editor.redo')}
      </button>
      {source.kind === 'playbook' && (
        <span className="editor-toolbar-group" role="group" aria-label={t('editor.insertGroup')}>
          <span className="editor-toolbar-label" aria-hidden="true">
            {t('editor.insert')}
          </span>
          {BLOCK_SNIPPETS.map((kind) => (
            <button key={kind} type="button" className={`button button-small editor-insert editor-insert-${kind}`} disabled={source.readOnly} onClick={() => editor.current?.insert(blockSnippet(kind, contentLang.t))}>
              {t(`editor.insert.${kind}`)}
            </button>
          ))}
        </span>
      )}
      {isRenamable(source.kind) && (
        <button type="button" className="button button-small" disabled={source.readOnly || source.isNew || dirty} title={dirty ? t('editor.renameSaveFirst') : undefined} onClick={onRename}>
          {t('editor.rename')}
        </button>
      )}
      <span className={`editor-status${dirty ? ' is-dirty' : ''}`} role="status">
        {source.readOnly ? t('editor.readOnly') : dirty ? t('editor.unsaved') : t('editor.allSaved')}
      </span>
    </div>
  );
}
