// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiArgs } from '../../core/api/contract';
import type { LessonDraft, MyLessonSummary } from '../../core/lessons/myLessons';
import { fakeApi, renderInSession } from '../testing/renderWithApi';
import { CaptureLesson } from './CaptureLesson';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const QUESTION = 'Your lesson is not saved yet. Leave anyway? The draft stays on this computer.';
const SAVED: MyLessonSummary = { id: 'lesson-2025-03-01-find-the-owner', title: 'Find the owner', lang: 'en', created: '2025-03-01', status: 'not-shared' };

/** A rep's install without a workspace; the draft store is a variable, as the data folder would be. */
function renderRep(stored: LessonDraft | null = null, mine: MyLessonSummary[] = []) {
  let draft = stored;
  const saveLessonDraft = vi.fn(async ({ draft: next }: ApiArgs<'saveLessonDraft'>) => {
    draft = next && { ...next, saved: '2025-03-01T09:00:00Z' };
    return draft;
  });
  const saveMyLesson = vi.fn(async (_args: ApiArgs<'saveMyLesson'>) => SAVED);
  renderInSession(
    <CaptureLesson />,
    fakeApi({
      saveMyLesson,
      saveLessonDraft,
      getLessonDraft: async () => draft,
      getWorkspace: async () => ({ dir: null, roots: [], revision: 1 }),
      getCatalog: async () => ({ playbooks: [], quizzes: [], cases: [], paths: [], stages: [], tags: [], diagnostics: [] }),
      listMyLessons: async () => ({ lessons: mine, diagnostics: [] }),
      readMyLesson: async ({ lessonId }) => ({ lessonId, title: 'Find the owner', situation: 'Frozen budget.', action: 'Asked.', result: 'Met the CFO.', lesson: 'Find the owner.', tags: ['budget', 'CFO'], author: 'Li Wei', lang: 'en' }),
    }),
  );
  return { saveLessonDraft, saveMyLesson, draft: () => draft };
}

/** Sends the app to another route the way a link does, and reports whether the router heard of it. */
async function leave(): Promise<{ routed: boolean }> {
  const router = vi.fn();
  window.addEventListener('hashchange', router);
  try {
    window.location.hash = window.location.hash === '#/library' ? '#/progress' : '#/library';
    await new Promise((resolve) => setTimeout(resolve, 20));
    return { routed: router.mock.calls.length > 0 };
  } finally {
    window.removeEventListener('hashchange', router);
  }
}

describe('the capture form without a workspace', () => {
  it('leaves without asking while nothing is typed', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    renderRep();
    await screen.findByRole('note');
    window.history.replaceState(null, '', '#/capture');
    expect((await leave()).routed).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('asks before leaving with typed text and stays on a no; the text is autosaved as a draft meanwhile', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const user = userEvent.setup();
    const rep = renderRep();
    window.history.replaceState(null, '', '#/capture');
    await user.type(screen.getByLabelText('Situation'), 'The budget was frozen.');

    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
    expect((await leave()).routed).toBe(false);
    expect(confirm).toHaveBeenCalledWith(QUESTION);
    expect(window.location.hash).toBe('#/capture');

    await waitFor(() => expect(rep.draft()?.fields).toMatchObject({ situation: 'The budget was frozen.', author: 'Li Wei' }));
    expect(await screen.findByText('Draft saved on this computer')).toBeTruthy();
  });

  it('brings a draft back after a reload, still unsaved', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    renderRep({ fields: { situation: 'Typed before the reload', lesson: 'Half a thought', lang: 'en', author: 'Li Wei' }, saved: '2025-03-01T08:00:00Z' });
    await waitFor(() => expect(screen.getByLabelText('Situation')).toHaveProperty('value', 'Typed before the reload'));
    expect(screen.getByLabelText('The lesson')).toHaveProperty('value', 'Half a thought');
    window.history.replaceState(null, '', '#/capture');
    expect((await leave()).routed).toBe(false);
    expect(confirm).toHaveBeenCalledTimes(1);
  });

  it('saves the lesson to my lessons, throws the draft away and lets the rep leave', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const user = userEvent.setup();
    const rep = renderRep();
    for (const [label, text] of [['Situation', 'Frozen budget.'], ['What I did', 'Asked.'], ['What happened', 'Met the CFO.'], ['The lesson', 'Find the owner.']] as const) {
      await user.type(screen.getByLabelText(label), text);
    }
    await waitFor(() => expect(rep.draft()).not.toBeNull());
    await user.click(screen.getByRole('button', { name: 'Save the lesson' }));
    await screen.findByRole('heading', { name: 'Lesson saved — thank you' });
    expect(rep.saveMyLesson).toHaveBeenCalledWith(expect.objectContaining({ situation: 'Frozen budget.', lesson: 'Find the owner.' }));
    expect(rep.draft()).toBeNull();
    window.history.replaceState(null, '', '#/capture');
    expect((await leave()).routed).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('edits a lesson from My lessons under its id, and asks before dropping unsaved changes to it', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const user = userEvent.setup();
    const rep = renderRep(null, [{ ...SAVED, status: 'shared', sharedAt: '2025-03-01T10:00:00Z' }]);
    const item = (await screen.findByText('Find the owner')).closest('li')!;
    expect(item.textContent).toContain('Shared');
    await user.click(within(item).getByRole('button', { name: 'Edit' }));
    await waitFor(() => expect(screen.getByLabelText('Situation')).toHaveProperty('value', 'Frozen budget.'));
    expect(screen.getByLabelText('Tags')).toHaveProperty('value', 'budget, CFO');
    expect(screen.getByRole('note').textContent).toContain('Editing “Find the owner”');

    await user.type(screen.getByLabelText('What happened'), ' Won.');
    await user.click(screen.getByRole('button', { name: 'Stop editing' }));
    expect(confirm).toHaveBeenCalledWith(QUESTION);
    expect(screen.getByLabelText('What happened')).toHaveProperty('value', 'Met the CFO. Won.');

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('heading', { name: 'Lesson saved — thank you' });
    expect(rep.saveMyLesson).toHaveBeenCalledWith(expect.objectContaining({ lessonId: SAVED.id, result: 'Met the CFO. Won.', tags: ['budget', 'CFO'] }));
  });
});
