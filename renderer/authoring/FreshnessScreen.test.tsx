// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FreshnessView } from '../../core/api/authoringContract';
import { fakeApi, renderInSession } from '../testing/renderWithApi';
import { FreshnessScreen } from './FreshnessScreen';

afterEach(cleanup);

const report = (): FreshnessView => ({
  overdue: [
    { id: 'account-team', lang: 'en', title: 'The account team', owner: 'Sales enablement', lastReviewed: '2024-01-10', reviewEvery: 180, dueOn: '2024-07-08', overdueDays: 40, file: '/pack/playbooks/en/account-team.md' },
    { id: 'kehu', lang: 'zh-CN', title: '客户', reviewEvery: 90, dueOn: null, overdueDays: null, file: '/pack/playbooks/zh-CN/kehu.md' },
  ],
  stale: [
    {
      lang: 'en',
      ref: 'account-team#roles',
      referrers: [
        { kind: 'question', id: 'quiz-account-team', detail: 'at-03', file: '/ws/content/quizzes/en/quiz-account-team.yaml', line: 42 },
        { kind: 'case', id: 'boss-wont-let-go', detail: 'Share the account before it is too late.', file: '/ws/content/cases/en/boss.yaml', line: 1 },
      ],
    },
  ],
});

function freshnessBackend() {
  let current = report();
  return fakeApi({
    freshness: vi.fn(async () => current),
    markVerified: vi.fn(async ({ playbookId }) => {
      current = { ...current, overdue: current.overdue.filter((item) => item.id !== playbookId) };
      return { path: 'playbooks/en/account-team.md', verified: '2025-03-01', forked: true };
    }),
    sectionChangeText: vi.fn(async () => ({ after: '## Roles\n\nThree owners.' })),
    acceptSectionChange: vi.fn(async () => {
      current = { ...current, stale: [] };
      return { accepted: true };
    }),
  });
}

describe('FreshnessScreen', () => {
  it('lists overdue playbooks with owner, last review and interval, and marks one verified', async () => {
    const user = userEvent.setup();
    const api = freshnessBackend();
    renderInSession(<FreshnessScreen />, api);

    const row = (await screen.findByRole('rowheader', { name: /The account team/ })).closest('tr')!;
    expect(within(row).getByText('Sales enablement')).toBeTruthy();
    expect(within(row).getByText('Jan 10, 2024')).toBeTruthy();
    expect(within(row).getAllByText('180 days')).toHaveLength(1);
    expect(within(row).getByText('40 days')).toBeTruthy();
    expect(within(screen.getByRole('rowheader', { name: /客户/ }).closest('tr')!).getByText('Never reviewed')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Mark verified: The account team' }));

    expect(api.markVerified).toHaveBeenCalledWith({ playbookId: 'account-team', lang: 'en' });
    expect(await screen.findByText(/copied into your workspace as playbooks\/en\/account-team\.md/)).toBeTruthy();
    expect(screen.queryByRole('rowheader', { name: /The account team/ })).toBeNull();
  });

  it('shows what refers to a changed section, opening each at its line, and accepts the change', async () => {
    const user = userEvent.setup();
    const api = freshnessBackend();
    renderInSession(<FreshnessScreen />, api);

    const question = await screen.findByRole('link', { name: 'Question at-03 in quiz quiz-account-team' });
    expect(question.getAttribute('href')).toBe('#/editor/quiz/en/quiz-account-team?line=42');
    expect(screen.getByRole('link', { name: 'account-team#roles' }).getAttribute('href')).toBe('#/playbook/account-team/roles');
    await user.click(screen.getByRole('button', { name: 'Accept change to account-team#roles' }));

    expect(api.acceptSectionChange).toHaveBeenCalledWith({ ref: 'account-team#roles', lang: 'en' });
    expect(await screen.findByRole('heading', { name: 'Nothing refers to a changed section.' })).toBeTruthy();
  });
});
