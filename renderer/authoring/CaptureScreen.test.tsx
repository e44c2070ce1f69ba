// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LessonView } from '../../core/api/authoringContract';
import type { ApiArgs } from '../../core/api/contract';
import { fakeApi, renderInSession } from '../testing/renderWithApi';
import { CaptureScreen } from './CaptureScreen';
import { checkCapture, type CaptureFields } from './captureFields';

afterEach(cleanup);

function lessonView(args: ApiArgs<'captureLesson'>): LessonView {
  return {
    kind: 'lesson',
    id: 'lesson-2025-03-01-ask-who-signs',
    lang: args.lang,
    title: args.title ?? 'Ask who signs',
    author: args.author,
    created: '2025-03-01',
    tags: args.tags,
    status: 'inbox',
    convertedTo: [],
    parts: { situation: args.situation, action: args.action, result: args.result, lesson: args.lesson },
    path: 'lessons/lesson-2025-03-01-ask-who-signs.md',
  };
}

function renderCapture(workspaceDir: string | null = '/ws') {
  const captureLesson = vi.fn(async (args: ApiArgs<'captureLesson'>) => lessonView(args));
  const saveMyLesson = vi.fn(async (args: ApiArgs<'saveMyLesson'>) => ({ id: 'lesson-2025-03-01-ask-who-signs', title: args.title ?? 'Ask who signs', lang: args.lang, created: '2025-03-01', status: 'not-shared' as const }));
  renderInSession(
    <CaptureScreen />,
    fakeApi({
      captureLesson,
      saveMyLesson,
      getWorkspace: async () => ({ dir: workspaceDir, roots: [], revision: 1 }),
      getCatalog: async () => ({ playbooks: [], quizzes: [], cases: [], paths: [], stages: ['discovery', 'negotiation'], tags: [], diagnostics: [] }),
      listMyLessons: async () => ({ lessons: [], diagnostics: [] }),
      getLessonDraft: async () => null,
      saveLessonDraft: async ({ draft }) => draft && { ...draft, saved: '2025-03-01T09:00:00Z' },
    }),
  );
  return { captureLesson, saveMyLesson };
}

describe('CaptureScreen', () => {
  it('says next to each empty part what is missing, and sends nothing', async () => {
    const user = userEvent.setup();
    const { captureLesson } = renderCapture();

    await user.click(screen.getByRole('button', { name: 'Save the lesson' }));

    for (const label of ['Situation', 'What I did', 'What happened', 'The lesson']) {
      const field = screen.getByLabelText(label);
      expect(field.getAttribute('aria-invalid'), label).toBe('true');
      expect(field.getAttribute('aria-describedby')).toContain('problem');
    }
    expect(screen.getAllByText('Please fill this in.')).toHaveLength(4);
    expect(document.activeElement).toBe(screen.getByLabelText('Situation'));
    expect(captureLesson).not.toHaveBeenCalled();
  });

  it('saves a lesson with the author taken from the profile and the tags split, then confirms it', async () => {
    const user = userEvent.setup();
    const { captureLesson } = renderCapture();
    expect(screen.getByLabelText('Your name')).toHaveProperty('value', 'Li Wei');

    await user.type(screen.getByLabelText('Situation'), 'The buyer said the budget was frozen.');
    await user.type(screen.getByLabelText('What I did'), 'I asked who could unfreeze it.');
    await user.type(screen.getByLabelText('What happened'), 'We met the CFO the next week.');
    await user.type(screen.getByLabelText('The lesson'), 'A frozen budget has an owner: find them.');
    await user.type(screen.getByLabelText('Tags'), 'budget， CFO , budget,');
    await user.type(screen.getByLabelText('Sales stage'), 'negotiation');
    await user.click(screen.getByRole('button', { name: 'Save the lesson' }));

    expect(captureLesson).toHaveBeenCalledWith({
      situation: 'The buyer said the budget was frozen.',
      action: 'I asked who could unfreeze it.',
      result: 'We met the CFO the next week.',
      lesson: 'A frozen budget has an owner: find them.',
      tags: ['budget', 'CFO'],
      stage: 'negotiation',
      author: 'Li Wei',
      lang: 'en',
    });
    const done = await screen.findByRole('heading', { name: 'Lesson saved — thank you' });
    expect(document.activeElement).toBe(done);
    expect(screen.getByText(/lessons\/lesson-2025-03-01-ask-who-signs\.md/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Find it in search' }).getAttribute('href')).toBe('#/search?q=Ask+who+signs');
  });

  it('keeps the lesson on this computer when no workspace is open, and offers to share or export it', async () => {
    const user = userEvent.setup();
    const { captureLesson, saveMyLesson } = renderCapture(null);
    expect(await screen.findByRole('note')).toHaveProperty('textContent', expect.stringContaining('kept on this computer'));
    for (const [label, text] of [['Situation', 'The budget was frozen.'], ['What I did', 'Asked who owns it.'], ['What happened', 'Met the CFO.'], ['The lesson', 'Find the owner.']] as const) {
      await user.type(screen.getByLabelText(label), text);
    }
    await user.click(screen.getByRole('button', { name: 'Save the lesson' }));
    await screen.findByRole('heading', { name: 'Lesson saved — thank you' });
    expect(saveMyLesson).toHaveBeenCalledWith(expect.objectContaining({ situation: 'The budget was frozen.', author: 'Li Wei' }));
    expect(captureLesson).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Share with my trainer' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export file' })).toBeTruthy();
  });
});

describe('checkCapture', () => {
  const filled: CaptureFields = { title: '', situation: 's', action: 'a', result: 'r', lesson: 'l', tags: '', customerType: '', stage: '', author: 'Li', lang: 'en' };

  it('accepts a filled form and refuses more tags, or longer ones, than a lesson may carry', () => {
    expect(checkCapture(filled)).toEqual({});
    expect(checkCapture({ ...filled, tags: Array.from({ length: 21 }, (_, i) => `t${i}`).join(',') }).tags?.key).toBe('capture.tooManyTags');
    expect(checkCapture({ ...filled, tags: 'x'.repeat(101) }).tags?.key).toBe('capture.tagTooLong');
    expect(checkCapture({ ...filled, author: '  ' }).author?.key).toBe('capture.required');
  });
});
