// Works around a CSP error CodeMirror triggers in Chrome when typing over a selection.
import { EditorView } from '@codemirror/view';

/**
 * CodeMirror lets the browser apply typing over a selection; Chrome then rebuilds the highlighting it deleted as
 * `style` attributes, which the app's CSP (no inline styles) refuses with a console error. Replacing the selection
 * here keeps the edit inside CodeMirror: the same text, the same input handlers (closing brackets), no inline style.
 */
export const typeOverSelection = EditorView.domEventHandlers({
  beforeinput(event, view) {
    const text = event.data;
    if (event.inputType !== 'insertText' || event.isComposing || text === null || view.state.readOnly) return false;
    if (view.state.selection.ranges.every((range) => range.empty)) return false;
    event.preventDefault();
    const { from, to } = view.state.selection.main;
    const insert = () => view.state.update(view.state.replaceSelection(text), { userEvent: 'input.type', scrollIntoView: true });
    if (!view.state.facet(EditorView.inputHandler).some((handler) => handler(view, from, to, text, insert))) view.dispatch(insert());
    return true;
  },
});
