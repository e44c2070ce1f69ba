// CodeMirror's look, drawn from the app's colour tokens: custom properties reach into the editor's shadow root,
// so one theme serves light and dark and follows a theme switch without rebuilding the editor.
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

const theme = EditorView.theme({
  '&': {
    height: '100%',
    color: 'var(--text)',
    backgroundColor: 'var(--surface)',
    fontSize: 'var(--text-sm)',
  },
  '&.cm-focused': { outline: 'none' },
  // The editing room sets a tighter line height, so more of the source is in view.
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: 'var(--editor-line-height, 1.6)' },
  '.cm-content': { caretColor: 'var(--text)', padding: '8px 0' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': {
    backgroundColor: 'var(--accent-soft)',
  },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--surface-2) 70%, transparent)' },
  '.cm-gutters': { backgroundColor: 'var(--surface-2)', color: 'var(--text-muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--surface-hover)', color: 'var(--text)' },
  '.cm-foldPlaceholder': { backgroundColor: 'var(--surface-2)', borderColor: 'var(--border)', color: 'var(--text-muted)' },
  '.cm-tooltip': { backgroundColor: 'var(--surface)', color: 'var(--text)', border: '1px solid var(--border-strong)', borderRadius: '6px' },
  '.cm-tooltip-lint': { fontFamily: 'var(--font-sans)' },
  '.cm-diagnostic-error': { borderLeftColor: 'var(--danger)' },
  '.cm-diagnostic-warning': { borderLeftColor: 'var(--warning)' },
  '.cm-lintRange-error': { backgroundImage: 'none', textDecoration: 'underline wavy var(--danger)', textDecorationSkipInk: 'none', textUnderlineOffset: '3px' },
  '.cm-lintRange-warning': { backgroundImage: 'none', textDecoration: 'underline wavy var(--warning)', textDecorationSkipInk: 'none', textUnderlineOffset: '3px' },
  '.cm-panels': { backgroundColor: 'var(--surface-2)', color: 'var(--text)' },
  '.cm-searchMatch': { backgroundColor: 'var(--mark-bg)', color: 'var(--mark-text)' },
  '.cm-matchingBracket': { backgroundColor: 'var(--accent-soft)', outline: '1px solid var(--accent)' },
});

const highlight = HighlightStyle.define([
  { tag: tags.heading, color: 'var(--accent-text)', fontWeight: '700' },
  { tag: [tags.strong], fontWeight: '700' },
  { tag: [tags.emphasis], fontStyle: 'italic' },
  { tag: [tags.link, tags.url], color: 'var(--accent-text)', textDecoration: 'underline' },
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'var(--block-example)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--text)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--block-checklist)' },
  { tag: [tags.keyword, tags.processingInstruction, tags.meta, tags.contentSeparator], color: 'var(--block-pitfall)' },
  { tag: [tags.comment, tags.quote], color: 'var(--text-muted)', fontStyle: 'italic' },
  { tag: [tags.monospace], color: 'var(--block-checklist)' },
  { tag: [tags.list, tags.punctuation, tags.separator], color: 'var(--text-muted)' },
]);

export const editorTheme = [theme, syntaxHighlighting(highlight)];
