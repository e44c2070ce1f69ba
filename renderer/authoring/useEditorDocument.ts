// The open file's text against what is on disk: unsaved changes, a file changed on disk meanwhile, saving and forking.
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { SavedSource, SourceView } from '../../core/api/authoringContract';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useNotify } from '../state/ToastContext';
import { useBusyAction } from '../state/useBusyAction';
import { isRenamable } from './editorRoute';
import type { SourceEditorHandle } from './SourceEditor';

/** A file open in the editor: as read from its root, or a new item from a template, not yet on disk. */
export interface EditorSource extends SourceView {
  isNew?: boolean;
}

interface DocumentEvents {
  /** After a save, with the cursor's line (a new item reopens from disk there). */
  onSaved: (saved: SavedSource, cursorLine: number) => void;
  onForked: (forked: SourceView) => void;
}

export function useEditorDocument(source: EditorSource, editor: RefObject<SourceEditorHandle | null>, { onSaved, onForked }: DocumentEvents) {
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotify();
  const [text, setText] = useState(source.text);
  const [baseline, setBaseline] = useState(source.text);
  const [savedOnce, setSavedOnce] = useState(false);
  const [diskText, setDiskText] = useState<string | null>(null);
  const action = useBusyAction();
  // What the guard and the disk watcher compare against; a save updates it at once, ahead of the re-render.
  const latest = useRef({ text, baseline, savedOnce });
  latest.current = { text, baseline, savedOnce };
  // The file as last seen on disk (null: a new item, not created yet): a save may only replace that.
  const onDisk = useRef<string | null>(source.isNew ? null : source.text);
  const isDirty = () => (source.isNew === true && !latest.current.savedOnce) || latest.current.text !== latest.current.baseline;

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
  }, [source.text, editor]);

  const save = async () => {
    const sent = latest.current.text;
    if (source.readOnly || action.busy) return;
    await action.run(async () => {
      const saved = await api.saveSource({ path: source.path, text: sent, expected: onDisk.current });
      onDisk.current = sent;
      latest.current = { ...latest.current, baseline: sent, savedOnce: true };
      setBaseline(sent);
      setSavedOnce(true);
      setDiskText(null);
      const errors = saved.diagnostics.filter((d) => d.severity === 'error').length;
      notify(errors ? t('editor.savedWithErrors', { path: saved.path, count: errors }) : t('editor.saved', { path: saved.path }), errors ? { tone: 'error' } : {});
      onSaved(saved, editor.current?.cursorLine() ?? 1);
    });
  };

  const fork = async () => {
    const { kind } = source;
    if (!isRenamable(kind)) return;
    await action.run(async () => {
      const forked = await api.forkItem({ kind, id: source.id, lang: source.lang });
      notify(t('editor.forked', { path: forked.path }));
      onForked(forked);
    });
  };

  const loadDisk = () => {
    if (diskText === null) return;
    editor.current?.replaceAll(diskText);
    setBaseline(diskText);
    setDiskText(null);
  };

  return {
    text,
    setText,
    /** The text as typed, read at the moment of the call (handlers outliving a render). */
    currentText: () => latest.current.text,
    isDirty,
    dirty: isDirty(),
    savedOnce,
    /** The file's text on disk when it changed under unsaved edits; null otherwise. */
    diskText,
    loadDisk,
    keepMine: () => setDiskText(null),
    save,
    fork,
    busy: action.busy,
    problem: action.problem,
  };
}
