// One file in the editor: toolbar, CodeMirror source with problems marked as you type, the problem list and the live preview.
import { useEffect, useRef, useState } from 'react';
import type { SavedSource, SourceView } from '../../core/api/authoringContract';
import type { Diagnostic } from '../../core/model';
import { FormProblem, messageOf } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { DraftPreview } from './DraftPreview';
import { EditorDiagnostics } from './EditorDiagnostics';
import { EditorNotices } from './EditorNotices';
import { syntaxOf } from './editorRoute';
import { EditorToolbar } from './EditorToolbar';
import { byPosition } from './lintMarks';
import { findSectionHeading, sectionAt } from './previewSection';
import { SourceEditor, type SourceEditorHandle } from './SourceEditor';
import { useDraftCheck } from './useDraftCheck';
import { useEditorDocument, type EditorSource } from './useEditorDocument';
import { useSaveShortcut } from './useSaveShortcut';
import { useUnsavedGuard } from './useUnsavedGuard';

export type { EditorSource } from './useEditorDocument';

/** Room left above a section's heading when the preview scrolls to it. */
const PREVIEW_HEADING_GAP = 12;

interface DocumentEditorProps {
  source: EditorSource;
  /** 1-based line to put the cursor on (a deep link). */
  line?: number;
  revision: number;
  workspaceOpen: boolean;
  /** Tells the screen whether there are unsaved changes (it asks before replacing the file with a new one). */
  onDirtyChange: (dirty: boolean) => void;
  /** After a save, with the cursor's line (a new item reopens from disk there). */
  onSaved: (saved: SavedSource, cursorLine: number) => void;
  onForked: (forked: SourceView) => void;
  /** Opens the rename dialog (kept by the screen: the item's route changes under it). */
  onRename: () => void;
}

const NO_DIAGNOSTICS: Diagnostic[] = [];

export function DocumentEditor({ source, line, revision, workspaceOpen, onDirtyChange, onSaved, onForked, onRename }: DocumentEditorProps) {
  const { t } = useI18n();
  const editor = useRef<SourceEditorHandle>(null);
  const doc = useEditorDocument(source, editor, { onSaved, onForked });
  // The editing room: the document alone, full height, the rest of the app out of the way.
  const [room, setRoom] = useState(false);
  const preview = useRef<HTMLElement>(null);
  const check = useDraftCheck(source.kind, doc.text, source.path, revision);
  const diagnostics = check.draft?.diagnostics ?? NO_DIAGNOSTICS;
  useUnsavedGuard(doc.isDirty, t('editor.confirmLeave'));
  useSaveShortcut(doc.save);
  const { dirty } = doc;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  useEffect(() => {
    if (line) editor.current?.goTo(line);
  }, [line]);

  // The preview shows the section the cursor is in (playbooks and lessons: Markdown with "## " sections).
  const followCursor = (cursorLine: number) => {
    const pane = preview.current;
    const section = syntaxOf(source.kind) === 'markdown' ? sectionAt(doc.currentText(), cursorLine) : undefined;
    const heading = pane && section ? findSectionHeading(pane, section) : undefined;
    if (!pane || !heading) return;
    pane.scrollTop += heading.getBoundingClientRect().top - pane.getBoundingClientRect().top - PREVIEW_HEADING_GAP;
  };

  const errorCount = diagnostics.filter((d) => d.severity === 'error').length;
  // The problem list sits below a tall editor: this jumps to the first problem from beside the file name.
  const firstProblem = [...diagnostics].sort(byPosition)[0];

  return (
    <div className={`editor-doc${room ? ' is-room' : ''}`} onKeyDown={(event) => room && event.key === 'Escape' && setRoom(false)}>
      <EditorToolbar source={source} editor={editor} room={room} onRoom={setRoom} dirty={dirty} busy={doc.busy} onSave={doc.save} onRename={onRename} />
      <EditorNotices source={source} workspaceOpen={workspaceOpen} busy={doc.busy} onFork={doc.fork} changedOnDisk={doc.diskText !== null} onLoadDisk={doc.loadDisk} onKeepMine={doc.keepMine} />
      <FormProblem message={doc.problem} />

      <div className="editor-panes">
        <div className="editor-source">
          <p className="editor-file">
            <code>{source.path}</code>
            <span className={`badge badge-root-${source.root}`}>{t(source.root === 'workspace' ? 'editor.rootWorkspace' : 'editor.rootBuiltIn')}</span>
            {source.isNew && !doc.savedOnce && <span className="badge badge-new-file">{t('editor.newFile')}</span>}
            {firstProblem && (
              <button type="button" className={`editor-problem-jump diagnostic-${firstProblem.severity}`} onClick={() => editor.current?.goTo(firstProblem.line, firstProblem.column)}>
                {t('diagnostics.summary', { errors: errorCount, warnings: diagnostics.length - errorCount })}
              </button>
            )}
          </p>
          <SourceEditor
            ref={editor}
            initialText={source.text}
            syntax={syntaxOf(source.kind)}
            readOnly={source.readOnly}
            diagnostics={diagnostics}
            onChange={doc.setText}
            onCursorLine={followCursor}
            label={t('editor.sourceLabel', { path: source.path })}
          />
          <EditorDiagnostics diagnostics={diagnostics} checking={check.draft === null} onJump={(d) => editor.current?.goTo(d.line, d.column)} />
          <FormProblem message={check.error !== null ? t('editor.checkFailed', { message: messageOf(check.error, t('state.errorUnknown')) }) : null} />
        </div>
        <section ref={preview} className="editor-preview" aria-label={t('editor.preview')}>
          <h2 className="editor-pane-title">{t('editor.preview')}</h2>
          <DraftPreview kind={source.kind} check={check} onJump={(target) => editor.current?.goTo(target)} />
        </section>
      </div>
    </div>
  );
}
