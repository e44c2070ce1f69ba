// The CodeMirror source pane wrapped for React: the text, lint marks and the commands the toolbar needs.
import { redo, undo } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { yaml, yamlFrontmatter } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorSelection, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { Diagnostic } from '../../core/model';
import { editorTheme } from './editorTheme';
import { lintMarks, offsetOf } from './lintMarks';
import { typeOverSelection } from './typeOverSelection';

/** What the toolbar and the diagnostics list do to the editor. */
export interface SourceEditorHandle {
  /** Inserts text at the cursor (replacing the selection) and keeps the focus in the editor. */
  insert(text: string): void;
  /** Moves the cursor to a 1-based line and column, scrolls it into view and focuses the editor. */
  goTo(line: number, column?: number): void;
  /** 1-based line of the cursor. */
  cursorLine(): number;
  /** Replaces the whole text (the file changed on disk), as one undoable step. */
  replaceAll(text: string): void;
  undo(): void;
  redo(): void;
}

interface SourceEditorProps {
  ref?: Ref<SourceEditorHandle>;
  initialText: string;
  syntax: 'markdown' | 'yaml';
  readOnly: boolean;
  /** Problems of the text as last checked, drawn as lint marks at their line and column. */
  diagnostics: readonly Diagnostic[];
  onChange: (text: string) => void;
  /** Told the 1-based line of the cursor whenever it moves to another line. */
  onCursorLine?: (line: number) => void;
  /** Accessible name of the text area. */
  label: string;
}

/**
 * CodeMirror 6 with Markdown (and its YAML front matter) or YAML highlighting, history (undo/redo) and lint marks. It lives in a shadow root:
 * there CodeMirror styles itself with a constructed style sheet, which the app's CSP (no inline styles) allows.
 */
export function SourceEditor({ ref, initialText, syntax, readOnly, diagnostics, onChange, onCursorLine, label }: SourceEditorProps) {
  const onCursorLineRef = useRef(onCursorLine);
  onCursorLineRef.current = onCursorLine;
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  // The editor is created once per mount; later prop changes reach it through the effects below.
  const initial = useRef({ initialText, syntax, readOnly, label });

  useEffect(() => {
    const element = host.current!;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const { initialText: doc, syntax: language, readOnly: locked, label: name } = initial.current;
    const created = new EditorView({
      root,
      parent: root,
      state: EditorState.create({
        doc,
        extensions: [
          basicSetup,
          language === 'markdown' ? yamlFrontmatter({ content: markdown() }) : yaml(),
          lintGutter(),
          EditorView.lineWrapping,
          typeOverSelection,
          EditorState.readOnly.of(locked),
          // tabindex: the scrolling source is a tab stop even when read-only, so the keyboard can reach and scroll it.
          EditorView.contentAttributes.of({ 'aria-label': name, tabindex: '0' }),
          editorTheme,
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current(update.state.doc.toString());
            const line = update.state.doc.lineAt(update.state.selection.main.head).number;
            if (update.selectionSet && line !== update.startState.doc.lineAt(update.startState.selection.main.head).number) onCursorLineRef.current?.(line);
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (editor) editor.dispatch(setDiagnostics(editor.state, lintMarks(editor.state.doc, diagnostics)));
  }, [diagnostics]);

  useImperativeHandle(
    ref,
    () => ({
      insert(text) {
        const editor = view.current;
        if (!editor || editor.state.readOnly) return;
        editor.dispatch(editor.state.replaceSelection(text), { scrollIntoView: true });
        editor.focus();
      },
      goTo(line, column = 1) {
        const editor = view.current;
        if (!editor) return;
        const at = offsetOf(editor.state.doc, line, column);
        editor.dispatch({ selection: EditorSelection.cursor(at), effects: EditorView.scrollIntoView(at, { y: 'center' }) });
        editor.focus();
      },
      cursorLine() {
        const editor = view.current;
        return editor ? editor.state.doc.lineAt(editor.state.selection.main.head).number : 1;
      },
      replaceAll(text) {
        const editor = view.current;
        if (!editor) return;
        const head = Math.min(editor.state.selection.main.head, text.length);
        editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text }, selection: EditorSelection.cursor(head) });
      },
      undo() {
        if (view.current) undo(view.current);
      },
      redo() {
        if (view.current) redo(view.current);
      },
    }),
    [],
  );

  return <div ref={host} className="source-editor" />;
}
