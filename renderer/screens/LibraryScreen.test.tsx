// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Catalog, PlaybookSummary } from '../../core/api/contract';
import { fakeApi, renderInSession } from '../testing/renderWithApi';
import { LibraryScreen } from './LibraryScreen';

afterEach(cleanup);

const playbook = (id: string, title: string): PlaybookSummary => ({
  id,
  lang: 'en',
  title,
  summary: `${title} in practice.`,
  roles: ['sales-rep'],
  stages: [],
  tags: [],
  sectionCount: 4,
  fallback: false,
});

const catalog: Catalog = {
  playbooks: [playbook('discovery', 'Discovery calls'), playbook('negotiation', 'Negotiating price'), playbook('handover', 'Handover')],
  quizzes: [],
  cases: [],
  paths: [],
  stages: [],
  tags: [],
  diagnostics: [],
};

describe('LibraryScreen', () => {
  it('marks the playbooks the learner has read and their quiz result', async () => {
    const api = fakeApi({
      getCatalog: async () => catalog,
      playbookMarks: vi.fn(async () => [
        { playbookId: 'discovery', read: true, quiz: { best: 0.9, passed: true } },
        { playbookId: 'negotiation', read: false, quiz: { best: 0.4, passed: false } },
        { playbookId: 'handover', read: false, quiz: null },
      ]),
    });
    renderInSession(<LibraryScreen />, api);
    const card = (title: string) => screen.getByRole('link', { name: title }).closest('article') as HTMLElement;
    await screen.findByRole('link', { name: 'Discovery calls' });
    expect(api.playbookMarks).toHaveBeenCalledWith({ profileId: 'p1' });

    expect(within(card('Discovery calls')).getByText('Read')).toBeTruthy();
    expect(within(card('Discovery calls')).getByText('Quiz 90% · passed')).toBeTruthy();
    expect(within(card('Negotiating price')).queryByText('Read')).toBeNull();
    expect(within(card('Negotiating price')).getByText('Quiz 40% · not passed yet')).toBeTruthy();
    expect(card('Handover').querySelector('.card-marks')).toBeNull();
    expect(screen.getByText(/1 of 3 read/)).toBeTruthy();
  });
});
