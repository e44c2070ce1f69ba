// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConversionView, LessonView } from '../../core/api/authoringContract';
import type { Catalog, PlaybookView } from '../../core/api/contract';
import type { LessonStatus } from '../../core/model';
import { fakeApi, renderInSession } from '../testing/renderWithApi';
import { LessonsScreen } from './LessonsScreen';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '#');
});

const lesson: LessonView = {
  kind: 'lesson',
  id: 'lesson-2025-03-01-bring-delivery',
  lang: 'en',
  title: 'Bring delivery to the site visit',
  author: 'Chen Jing',
  created: '2025-03-01',
  tags: ['delivery'],
  status: 'inbox',
  convertedTo: [],
  parts: { situation: 'The plant manager doubted us.', action: 'I brought the delivery lead.', result: 'He signed.', lesson: 'Let the deliverer answer.' },
  path: 'lessons/lesson-2025-03-01-bring-delivery.md',
};

const catalog: Catalog = {
  playbooks: [
    { id: 'account-team', lang: 'en', title: 'The account team', summary: '', roles: [], stages: [], tags: [], sectionCount: 2, fallback: false },
    { id: 'kehu', lang: 'zh-CN', title: '客户', summary: '', roles: [], stages: [], tags: [], sectionCount: 1, fallback: true },
  ],
  quizzes: [],
  cases: [],
  paths: [],
  stages: [],
  tags: [],
  diagnostics: [],
};

const playbook: PlaybookView = {
  ...catalog.playbooks[0]!,
  html: '',
  toc: [
    { anchor: 'roles', title: 'The three roles' },
    { anchor: 'rhythm', title: 'A working rhythm' },
  ],
  related: [],
  quizzes: [],
  cases: [],
  read: false,
  beyond: [],
  source: { root: 'built-in', file: 'playbooks/en/account-team.md', path: 'playbooks/en/account-team.md' },
};

function lessonsBackend() {
  const stored = { ...lesson };
  return fakeApi({
    listLessons: vi.fn(async ({ status }: { status?: LessonStatus }) => (status === undefined || stored.status === status ? [stored] : [])),
    getCatalog: async () => catalog,
    getPlaybook: vi.fn(async () => playbook),
    convertLesson: vi.fn(async (): Promise<ConversionView> => {
      stored.status = 'converted';
      return { path: 'playbooks/en/account-team.md', line: 83, convertedTo: 'playbook:account-team#rhythm--bring-delivery', forked: true, lesson: stored };
    }),
    archiveLesson: vi.fn(async () => Object.assign(stored, { status: 'archived' as const })),
    lessonInboxSettings: async () => ({ dropFolder: null, lrs: false }),
  });
}

describe('LessonsScreen', () => {
  it('turns a lesson into a tactic in the chosen playbook section and opens the result in the editor at its line', async () => {
    const user = userEvent.setup();
    const api = lessonsBackend();
    renderInSession(<LessonsScreen />, api);

    await user.click(await screen.findByRole('button', { name: /Bring delivery to the site visit/ }));
    const detail = screen.getByRole('article', { name: 'Bring delivery to the site visit' });
    expect(within(detail).getByText('Let the deliverer answer.')).toBeTruthy();
    const playbooks = within(detail).getByLabelText('Playbook');
    // Only playbooks written in the lesson's language are offered.
    expect(within(playbooks).getAllByRole('option').map((option) => option.textContent)).toEqual(['Choose…', 'The account team']);
    await user.selectOptions(playbooks, 'account-team');
    const sections = within(detail).getByLabelText('Section');
    await waitFor(() => expect(sections).toHaveProperty('disabled', false));
    expect(api.getPlaybook).toHaveBeenCalledWith({ id: 'account-team', lang: 'en' });
    await user.selectOptions(sections, 'rhythm');
    await user.click(within(detail).getByRole('button', { name: 'Convert and open' }));

    expect(api.convertLesson).toHaveBeenCalledWith({
      lessonId: 'lesson-2025-03-01-bring-delivery',
      target: { kind: 'tactic', playbookId: 'account-team', lang: 'en', section: 'rhythm' },
    });
    await waitFor(() => expect(window.location.hash).toBe('#/editor/playbook/en/account-team?line=83'));
    expect(await screen.findByText(/copied from the built-in content/)).toBeTruthy();
  });

  it('asks for the section before converting into a tactic', async () => {
    const user = userEvent.setup();
    const api = lessonsBackend();
    renderInSession(<LessonsScreen />, api);
    await user.click(await screen.findByRole('button', { name: /Bring delivery/ }));
    await user.click(screen.getByRole('button', { name: 'Convert and open' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose where the lesson goes.');
    expect(api.convertLesson).not.toHaveBeenCalled();
  });

  it('archives a lesson, which then leaves the inbox', async () => {
    const user = userEvent.setup();
    const api = lessonsBackend();
    renderInSession(<LessonsScreen />, api);
    await user.click(await screen.findByRole('button', { name: /Bring delivery/ }));
    await user.click(screen.getByRole('button', { name: 'Archive' }));
    expect(api.archiveLesson).toHaveBeenCalledWith({ lessonId: 'lesson-2025-03-01-bring-delivery' });
    expect(await screen.findByRole('heading', { name: 'No lessons here' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Archived' }));
    expect(await screen.findByRole('button', { name: /Bring delivery/ })).toBeTruthy();
  });
});
