// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InboxSettings, PullReport } from '../../core/lessons/lessonInbox';
import { fakeApi, renderInSession } from '../testing/renderWithApi';
import { InboxPull } from './InboxPull';

afterEach(cleanup);

const report: PullReport = {
  added: ['lesson-2025-03-01', 'lesson-2025-03-01-2'],
  updated: [],
  known: 3,
  diagnostics: [{ path: 'broken.md', file: '/share/broken.md', line: 3, column: 8, severity: 'error', message: 'YAML: a flow sequence is never closed' }],
  lrs: { status: 'failed', count: 0, message: 'GET /statements: 401 Unauthorized' },
  folder: { status: 'pulled', count: 3 },
};

function renderPull(initial: InboxSettings) {
  let settings = initial;
  const pullLessons = vi.fn(async () => report);
  const setLessonDropFolder = vi.fn(async ({ dir }: { dir: string | null }) => (settings = { ...settings, dropFolder: dir || null }));
  const onPulled = vi.fn();
  renderInSession(<InboxPull onPulled={onPulled} />, fakeApi({ pullLessons, setLessonDropFolder, lessonInboxSettings: async () => settings }));
  return { pullLessons, setLessonDropFolder, onPulled };
}

describe('collecting shared lessons', () => {
  it('says what came in, which source failed and which file could not be read, with its line and column', async () => {
    const user = userEvent.setup();
    const { pullLessons, onPulled } = renderPull({ dropFolder: '/share/lessons', lrs: true });
    expect(await screen.findByText(/From the learning record store/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Collect now' }));
    const status = (await screen.findByText('2 new, 0 updated, 3 already in the inbox.')).closest('[role="status"]') as HTMLElement;
    expect(pullLessons).toHaveBeenCalledTimes(1);
    expect(onPulled).toHaveBeenCalledTimes(1);
    expect(within(status).getByText('2 new, 0 updated, 3 already in the inbox.')).toBeTruthy();
    expect(within(status).getByText('The LRS could not be reached: GET /statements: 401 Unauthorized')).toBeTruthy();
    expect(within(status).getByText('broken.md:3:8')).toBeTruthy();
  });

  it('saves the drop folder typed in, and says when no LRS is connected', async () => {
    const user = userEvent.setup();
    const { setLessonDropFolder } = renderPull({ dropFolder: null, lrs: false });
    expect(await screen.findByText(/No learning record store \(LRS\) is connected/)).toBeTruthy();
    const save = screen.getByRole('button', { name: 'Save folder' });
    expect(save).toHaveProperty('disabled', true);
    await user.type(screen.getByLabelText('Lesson drop folder'), '/share/lessons');
    await user.click(save);
    expect(setLessonDropFolder).toHaveBeenCalledWith({ dir: '/share/lessons' });
    expect(await screen.findByDisplayValue('/share/lessons')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save folder' })).toHaveProperty('disabled', true);
  });
});
