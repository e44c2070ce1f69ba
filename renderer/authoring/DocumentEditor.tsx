import { useEffect, useMemo, useRef, useState } from 'react';
import type { SavedSource, SourceView } from '../../core/api/authoringContract';
import type { Diagnostic } from '../../core/model';
import { FormProblem, messageOf } from '../components/StateViews';
import { createI18n, useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useNotify } from '../state/ToastContext';
import { BLOCK_SNIPPETS, blockSnippet } from './blockSnippets';
import { DraftPreview } from './DraftPreview';
import { EditorDiagnostics } from './EditorDiagnostics';
import { isRenamable, syntaxOf } from './editorRoute';
import { byPosition } from './lintMarks';
import { SourceEditor, type SourceEditorHandle } from './SourceEditor';
import { useDraftCheck } from './useDraftCheck';
import { useUnsavedGuard } from './useUnsavedGuard';
import { findSectionHeading, sectionAt } from './previewSection';

/** Room left above a section's heading when the preview scrolls to it. */
const PREVIEW_HEADING_GAP = 12;

/** A file open in the editor: as read from its root, or a new item from a template, not yet on disk. */
export interface EditorSource extends SourceView {
  isNew?: boolean;
}

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

/** One file: toolbar, CodeMirror source with problems marked as you type, the problem list and the live preview. */
export function DocumentEditor({ source, line, revision, workspaceOpen, onDirtyChange, onSaved, onForked, onRename }: DocumentEditorProps) {
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotify();
  const editor = useRef<SourceEditorHandle>(null);
  const [text, setText] = useState(source.text);
  const [baseline, setBaseline] = useState(source.text);
  const [savedOnce, setSavedOnce] = useState(false);
  const [diskText, setDiskText] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // The editing room: the document alone, full height, the rest of the app out of the way.
  const [room, setRoom] = useState(false);
  const preview = useRef<HTMLElement>(null);
  // What the guard and the disk watcher compare against; a save updates it at once, ahead of the re-render.
  const latest = useRef({ text, baseline, savedOnce });
  latest.current = { text, baseline, savedOnce };
  // The file as last seen on disk (null: a new item, not created yet): a save may only replace that.
  const onDisk = useRef<string | null>(source.isNew ? null : source.text);
  const isDirty = () => (source.isNew === true && !latest.current.savedOnce) || latest.current.text !== latest.current.baseline;
  const dirty = isDirty();
  const check = useDraftCheck(source.kind, text, source.path, revision);
  const diagnostics = check.draft?.diagnostics ?? NO_DIAGNOSTICS;
  const contentLang = useMemo(() => createI18n(source.lang), [source.lang]);
  useUnsavedGuard(isDirty, t('editor.confirmLeave'));
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  // The file changed on disk (another editor, a conversion): take it when nothing here is unsaved, else ask.
  useEffect(() => {
    if (!source.isNew) onDisk.current = source.text;
    const { text: current, baseline: base } = latest.current;
    if (source.text === base) return;
    if (source.text === current || current === base) {
      if (source.text !== current) editor.current?.replaceAll(source.text);
      setBaseline(source.text);
      setDiskText(null);
    } else {
      setDiskText(source.text);
    }
  }, [source.text]);

  useEffect(() => {
    if (line) editor.current?.goTo(line);
  }, [line]);

  const save = async () => {
    const sent = latest.current.text;
    if (source.readOnly || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const saved = await api.saveSource({ path: source.path, text: sent, expected: onDisk.current });
      onDisk.current = sent;
      latest.current = { ...latest.current, baseline: sent, savedOnce: true };
      setBaseline(sent);
      setSavedOnce(true);
      setDiskText(null);
      const errors = saved.diagnostics.filter((d) => d.severity === 'error').length;
      notify(errors ? t('editor.savedWithErrors', { path: saved.path, count: errors }) : t('editor.saved', { path: saved.path }), errors ? { tone: 'error' } : {});
      onSaved(saved, editor.current?.cursorLine() ?? 1);
    } catch (error) {
      setProblem(messageOf(error, t('state.errorUnknown')));
    } finally {
      setBusy(false);
    }
  };
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveRef.current();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const fork = async () => {
    if (!isRenamable(source.kind)) return;
    setBusy(true);
    setProblem(null);
    try {
      const forked = await api.forkItem({ kind: source.kind, id: source.id, lang: source.lang });
      notify(t('editor.forked', { path: forked.path }));
      onForked(forked);
    } catch (error) {
      setProblem(messageOf(error, t('state.errorUnknown')));
    } finally {
      setBusy(false);
    }
  };

  const loadDisk = () => {
    if (diskText === null) return;
    editor.current?.replaceAll(diskText);
    setBaseline(diskText);
    setDiskText(null);
  };

  // The preview shows the section the cursor is in (playbooks and lessons: Markdown with "## " sections).
  const followCursor = (cursorLine: number) => {
    const pane = preview.current;
    const section = syntaxOf(source.kind) === 'markdown' ? sectionAt(latest.current.text, cursorLine) : undefined;
    const heading = pane && section ? findSectionHeading(pane, section) : undefined;
    if (!pane || !heading) return;
    pane.scrollTop += heading.getBoundingClientRect().top - pane.getBoundingClientRect().top - PREVIEW_HEADING_GAP;
  };

  const errorCount = diagnostics.filter((d) => d.severity === 'error').length;
  // The problem list sits below a tall editor: this jumps to the first problem from beside the file name.
  const firstProblem = [...diagnostics].sort(byPosition)[0];

  return (
    <div className={`editor-doc${room ? ' is-room' : ''}`} onKeyDown={(event) => room && event.key === 'Escape' && setRoom(false)}>
      <div className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
        <button type="button" className="button button-small" aria-pressed={room} aria-keyshortcuts={room ? 'Escape' : undefined} onClick={() => setRoom(!room)}>
          {t('editor.room')}
        </button>
        <button type="button" className="button button-primary button-small" aria-keyshortcuts="Control+S Meta+S" disabled={source.readOnly || busy || !dirty} onClick={save}>
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
              <button
                key={kind}
                type="button"
                className={`button button-small editor-insert editor-insert-${kind}`}
                disabled={source.readOnly}
                onClick={() => editor.current?.insert(blockSnippet(kind, contentLang.t))}
              >
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

      {source.readOnly && (
        <div className="notice editor-notice" role="note">
          <span>{t('editor.builtInNotice')}</span>
          {isRenamable(source.kind) && (
            <button type="button" className="button button-small" disabled={busy || !workspaceOpen} onClick={fork}>
              {t('editor.fork')}
            </button>
          )}
          {!workspaceOpen && <span className="hint">{t('editor.forkNeedsWorkspace')}</span>}
        </div>
      )}
      {diskText !== null && (
        <div className="notice editor-notice" role="alert">
          <span>{t('editor.changedOnDisk')}</span>
          <button type="button" className="button button-small" onClick={loadDisk}>
            {t('editor.loadDisk')}
          </button>
          <button type="button" className="button button-small button-ghost" onClick={() => setDiskText(null)}>
            {t('editor.keepMine')}
          </button>
        </div>
      )}
      <FormProblem message={problem} />

      <div className="editor-panes">
        <div className="editor-source">
          <p className="editor-file">
            <code>{source.path}</code>
            <span className={`badge badge-root-${source.root}`}>{t(source.root === 'workspace' ? 'editor.rootWorkspace' : 'editor.rootBuiltIn')}</span>
            {source.isNew && !savedOnce && <span className="badge badge-new-file">{t('editor.newFile')}</span>}
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
            onChange={setText}
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
