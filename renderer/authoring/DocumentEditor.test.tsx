// @vitest-environment jsdom
import { EditorView } from '@codemirror/view';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DraftView, SavedSource, SourceView } from '../../core/api/authoringContract';
import type { Api } from '../../core/api/contract';
import { stubRangeGeometry } from '../testing/jsdomRanges';
import { WorkspaceProvider } from '../state/WorkspaceContext';
import { fakeApi, renderInSession } from '../testing/renderWithApi';
import { DocumentEditor, type EditorSource } from './DocumentEditor';
import { EditorScreen } from './EditorScreen';

beforeAll(stubRangeGeometry);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '#');
});

const TEXT = ['---', 'id: gatekeepers', 'title: Procurement gatekeepers', 'lang: en', '---', 'Intro.', ''].join('\n');
const PATH = 'playbooks/en/gatekeepers.md';
const source: EditorSource = { kind: 'playbook', id: 'gatekeepers', lang: 'en', path: PATH, root: 'workspace', text: TEXT, readOnly: false };

/** A checker like the real one for the one rule these tests need: `titel` is not a field. */
function check(text: string, message = 'unknown field "titel" (did you mean "title"?)'): DraftView {
  const lines = text.split('\n');
  const line = lines.findIndex((candidate) => candidate.includes('titel'));
  if (line < 0) return { diagnostics: [] };
  return { diagnostics: [{ file: `/ws/${PATH}`, line: line + 1, column: lines[line]!.indexOf('titel') + 1, severity: 'error', message }] };
}

const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

function renderEditor(api: Api, props: Partial<Parameters<typeof DocumentEditor>[0]> = {}) {
  const callbacks = { onDirtyChange: vi.fn(), onSaved: vi.fn(), onForked: vi.fn(), onRename: vi.fn() };
  const result = renderInSession(<DocumentEditor source={source} revision={1} workspaceOpen {...callbacks} {...props} />, api);
  return { ...result, ...callbacks };
}

/** The CodeMirror view inside the editor's shadow root. */
function editorView(container: HTMLElement): EditorView {
  const content = container.querySelector('.source-editor')!.shadowRoot!.querySelector<HTMLElement>('.cm-content')!;
  return EditorView.findFromDOM(content)!;
}

/** Types at the end of a 1-based line the way CodeMirror records keystrokes: one transaction per character. */
function typeAtEndOf(view: EditorView, line: number, text: string) {
  let at = view.state.doc.line(line).to;
  for (const character of text) {
    act(() => view.dispatch({ changes: { from: at, insert: character }, selection: { anchor: at + 1 }, userEvent: 'input.type' }));
    at += 1;
  }
}

/** The editor lines that carry an error mark, by 1-based line number, with the marked text. */
function errorMarks(container: HTMLElement): { line: number; text: string }[] {
  const root = container.querySelector('.source-editor')!.shadowRoot!;
  const lines = Array.from(root.querySelectorAll('.cm-line'));
  return Array.from(root.querySelectorAll('.cm-lintRange-error')).map((mark) => ({ line: lines.indexOf(mark.closest('.cm-line')!) + 1, text: mark.textContent ?? '' }));
}

describe('DocumentEditor', () => {
  it('marks a problem at the line and column the checker reports while typing, checking only the latest text', async () => {
    const validateDraft = vi.fn(async ({ text }: { text: string }) => check(text));
    const { container } = renderEditor(fakeApi({ validateDraft }));
    const view = editorView(container);

    typeAtEndOf(view, 3, '\ntitel: Typo');

    const problem = await screen.findByRole('button', { name: /Line 4, column 1/ });
    expect(problem.textContent).toContain('unknown field "titel"');
    await waitFor(() => expect(errorMarks(container)).toEqual([{ line: 4, text: 'titel:' }]));
    // Typing a burst sends one check, of the text as it stands after the last keystroke.
    expect(validateDraft).toHaveBeenCalledTimes(1);
    expect(validateDraft).toHaveBeenLastCalledWith({ kind: 'playbook', text: view.state.doc.toString(), path: PATH });
  });

  it('keeps the answer for the newest text when an older check answers last', async () => {
    let slowAnswer: (view: DraftView) => void = () => undefined;
    const validateDraft = vi.fn(({ text }: { text: string }) =>
      text === TEXT ? new Promise<DraftView>((resolve) => (slowAnswer = resolve)) : Promise.resolve(check(text, 'the newest problem')),
    );
    const { container } = renderEditor(fakeApi({ validateDraft }));
    await wait(300);
    expect(validateDraft).toHaveBeenCalledTimes(1);

    typeAtEndOf(editorView(container), 6, ' titel');
    await screen.findByText('the newest problem');
    act(() => slowAnswer({ diagnostics: [{ file: PATH, line: 2, column: 1, severity: 'error', message: 'a stale problem' }] }));
    await wait(20);

    expect(screen.queryByText('a stale problem')).toBeNull();
    expect(errorMarks(container)).toEqual([{ line: 6, text: 'titel' }]);
  });

  it('saves the buffer with Ctrl+S and the Save button, and then shows no unsaved changes', async () => {
    const saveSource = vi.fn(async ({ path }: { path: string; text: string }): Promise<SavedSource> => ({ path, diagnostics: [], revision: 2 }));
    const { container, onSaved, onDirtyChange } = renderEditor(fakeApi({ validateDraft: async ({ text }) => check(text), saveSource }));
    const view = editorView(container);
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', true);

    typeAtEndOf(view, 6, ' More.');
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    expect(onDirtyChange).toHaveBeenLastCalledWith(true);
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });

    await screen.findByText('All changes saved');
    // Each save may replace only the text the editor last saw on disk.
    expect(saveSource).toHaveBeenCalledWith({ path: PATH, text: TEXT.replace('Intro.', 'Intro. More.'), expected: TEXT });
    expect(onSaved).toHaveBeenCalledWith({ path: PATH, diagnostics: [], revision: 2 }, 6);
    expect(onDirtyChange).toHaveBeenLastCalledWith(false);

    typeAtEndOf(view, 6, ' Again.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(saveSource).toHaveBeenLastCalledWith({ path: PATH, text: TEXT.replace('Intro.', 'Intro. More. Again.'), expected: TEXT.replace('Intro.', 'Intro. More.') }),
    );
  });

  it('saves a new item only where no file is yet, and shows the refusal when one is', async () => {
    const saveSource = vi.fn(async (): Promise<SavedSource> => {
      throw new Error('playbooks/en/gatekeepers.md already exists in the workspace');
    });
    renderEditor(fakeApi({ validateDraft: async ({ text }) => check(text), saveSource }), { source: { ...source, isNew: true } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/already exists in the workspace/)).toBeTruthy();
    expect(saveSource).toHaveBeenCalledWith({ path: PATH, text: TEXT, expected: null });
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
  });

  it('asks before leaving with unsaved changes, and stays when the answer is no', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const router = vi.fn();
    window.addEventListener('hashchange', router);
    try {
      const saveSource = vi.fn(async ({ path }: { path: string }): Promise<SavedSource> => ({ path, diagnostics: [], revision: 2 }));
      const { container } = renderEditor(fakeApi({ validateDraft: async ({ text }) => check(text), saveSource }));
      window.history.replaceState(null, '', '#/editor/playbook/en/gatekeepers');
      typeAtEndOf(editorView(container), 6, ' More.');

      const unload = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(unload);
      expect(unload.defaultPrevented).toBe(true);

      window.location.hash = '#/library';
      await waitFor(() => expect(confirm).toHaveBeenCalledWith('You have unsaved changes. Leave without saving them?'));
      expect(window.location.hash).toBe('#/editor/playbook/en/gatekeepers');
      expect(router).not.toHaveBeenCalled();

      fireEvent.keyDown(window, { key: 's', ctrlKey: true });
      await screen.findByText('All changes saved');
      const afterSave = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(afterSave);
      expect(afterSave.defaultPrevented).toBe(false);
      window.location.hash = '#/library';
      await waitFor(() => expect(router).toHaveBeenCalledTimes(1));
      expect(confirm).toHaveBeenCalledTimes(1);
    } finally {
      window.removeEventListener('hashchange', router);
    }
  });

  it('inserts a tactic block at the cursor, worded in the playbook’s language, and undoes it', async () => {
    const { container } = renderEditor(fakeApi({ validateDraft: async ({ text }) => check(text) }), { source: { ...source, lang: 'zh-CN' } });
    const view = editorView(container);
    act(() => view.dispatch({ selection: { anchor: view.state.doc.line(6).to } }));
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Tactic' }));
    expect(view.state.doc.toString()).toBe(TEXT.replace('Intro.', 'Intro.\n::: tactic 动作名称\n说什么、做什么，用新人可以照着做的话写。\n:::\n'));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(view.state.doc.toString()).toBe(TEXT);
  });

  it('offers a built-in item read-only, with a fork into the workspace', async () => {
    const forked: SourceView = { ...source, root: 'workspace', readOnly: false };
    const forkItem = vi.fn(async () => forked);
    const { onForked } = renderEditor(fakeApi({ validateDraft: async ({ text }) => check(text), forkItem }), { source: { ...source, root: 'built-in', readOnly: true } });
    expect(screen.getByText('Read-only')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveProperty('disabled', true);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Fork into workspace' }));

    expect(forkItem).toHaveBeenCalledWith({ kind: 'playbook', id: 'gatekeepers', lang: 'en' });
    await waitFor(() => expect(onForked).toHaveBeenCalledWith(forked));
  });
});

describe('EditorScreen', () => {
  /** A back end whose file can be changed "on disk" between polls, moving the revision on. */
  function diskBackend() {
    const disk = { text: TEXT, revision: 1 };
    const api = fakeApi({
      getWorkspace: async () => ({ dir: '/ws', roots: [{ path: '/ws', kind: 'workspace' }], revision: disk.revision }),
      getCatalog: async () => ({ playbooks: [], quizzes: [], cases: [], paths: [], stages: [], tags: [], diagnostics: [] }),
      listLessons: async () => [],
      readSource: async () => ({ ...source, text: disk.text }),
      validateDraft: async ({ text }) => check(text),
    });
    return { api, disk };
  }

  it('shows an edit made on disk by another program within a second', async () => {
    const { api, disk } = diskBackend();
    const { container } = renderInSession(<WorkspaceProvider><EditorScreen route={{ name: 'editor', doc: { kind: 'playbook', lang: 'en', id: 'gatekeepers' } }} /></WorkspaceProvider>, api);
    await waitFor(() => expect(container.querySelector('.source-editor')?.shadowRoot?.querySelector('.cm-content')).toBeTruthy());

    disk.text = TEXT.replace('Intro.', 'Intro, rewritten elsewhere.');
    disk.revision = 2;

    await waitFor(() => expect(editorView(container).state.doc.toString()).toBe(disk.text), { timeout: 1500 });
    expect(screen.getByText('All changes saved')).toBeTruthy();
  });

  it('keeps unsaved work when the file changes on disk, and offers the disk version', async () => {
    const { api, disk } = diskBackend();
    const { container } = renderInSession(<WorkspaceProvider><EditorScreen route={{ name: 'editor', doc: { kind: 'playbook', lang: 'en', id: 'gatekeepers' } }} /></WorkspaceProvider>, api);
    await waitFor(() => expect(container.querySelector('.source-editor')?.shadowRoot?.querySelector('.cm-content')).toBeTruthy());
    const view = editorView(container);
    typeAtEndOf(view, 6, ' Mine.');

    disk.text = TEXT.replace('Intro.', 'Theirs.');
    disk.revision = 2;

    await screen.findByText(/changed on disk by another program/, undefined, { timeout: 1500 });
    expect(view.state.doc.toString()).toContain('Intro. Mine.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Load the version on disk' }));
    expect(view.state.doc.toString()).toBe(disk.text);
    expect(screen.getByText('All changes saved')).toBeTruthy();
  });
});
