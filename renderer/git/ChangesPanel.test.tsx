// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GitRepositoryStatus } from '../../core/git/gitStatus';
import { fakeApi, renderInSession } from '../testing/renderWithApi';
import { ChangesPanel } from './ChangesPanel';

afterEach(cleanup);

const status = (changes: Partial<GitRepositoryStatus> = {}): GitRepositoryStatus => ({
  repository: true,
  branch: 'main',
  upstream: 'origin/main',
  ahead: 0,
  behind: 2,
  fetched: false,
  files: [{ path: 'playbooks/en/account-team.md', status: 'modified' }],
  ...changes,
});

const settings = async () => ({ credentials: 'environment' as const, username: 'trainer', canStoreCredentials: false });

describe('ChangesPanel', () => {
  it('shows nothing when the workspace is not a Git repository', async () => {
    const api = fakeApi({ gitStatus: vi.fn(async () => ({ repository: false as const })) });
    const { container } = renderInSession(<ChangesPanel revision={1} />, api);
    await vi.waitFor(() => expect(api.gitStatus).toHaveBeenCalled());
    expect(container.textContent).toBe('');
  });

  it('shows a changed section with the changed words marked, and commits as the signed-in profile', async () => {
    const user = userEvent.setup();
    let current = status();
    const api = fakeApi({
      gitStatus: vi.fn(async () => current),
      gitSettings: vi.fn(settings),
      gitDiff: vi.fn(async () => ({
        path: 'playbooks/en/account-team.md',
        status: 'modified' as const,
        changes: [{ key: 'roles', kind: 'section' as const, label: 'Three roles', status: 'changed' as const, before: 'Ask what it costs.', after: 'Ask what a month of delay costs.' }],
      })),
      gitCommit: vi.fn(async () => {
        current = status({ files: [], ahead: 1 });
        return { commit: 'abcdef1234567', files: 1 };
      }),
    });
    renderInSession(<ChangesPanel revision={1} />, api);

    const panel = await screen.findByRole('region', { name: 'Changes' });
    expect(within(panel).getByText(/0 ahead, 2 behind origin\/main/)).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: /playbooks\/en\/account-team\.md/ }));
    expect(await within(panel).findByText('Three roles')).toBeTruthy();
    expect(panel.querySelector('del')?.textContent).toBe('it');
    expect(panel.querySelector('ins')?.textContent).toBe('a month of delay');

    const commit = within(panel).getByRole('button', { name: 'Commit' });
    expect(commit.hasAttribute('disabled')).toBe(true);
    await user.type(within(panel).getByLabelText('What changed and why'), 'Sharper impact question');
    await user.click(commit);
    expect(api.gitCommit).toHaveBeenCalledWith({ profileId: 'p1', message: 'Sharper impact question' });
    expect(await within(panel).findByRole('status')).toHaveProperty('textContent', 'Committed 1 file as abcdef1. Push to share it.');
    expect(await within(panel).findByText('No changes since the last commit.')).toBeTruthy();
  });

  it('shows a refused pull as an alert naming the files, and a rejected push', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      gitStatus: vi.fn(async () => status()),
      gitSettings: vi.fn(settings),
      gitPull: vi.fn(async () => ({ outcome: 'conflict' as const, reason: 'local-changes' as const, files: ['playbooks/en/account-team.md'] })),
      gitPush: vi.fn(async () => ({ outcome: 'rejected' as const, message: 'pull first' })),
    });
    renderInSession(<ChangesPanel revision={1} />, api);
    const panel = await screen.findByRole('region', { name: 'Changes' });

    await user.click(within(panel).getByRole('button', { name: 'Pull' }));
    const alert = await within(panel).findByRole('alert');
    expect(alert.textContent).toContain('Not pulled: the update would overwrite changes you have not committed.');
    expect(within(alert).getByText('playbooks/en/account-team.md')).toBeTruthy();

    await user.click(within(panel).getByRole('button', { name: 'Push' }));
    expect((await within(panel).findByRole('alert')).textContent).toBe('The push was refused: pull first');
  });
});
