// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GitSettingsView } from '../../core/git/gitStatus';
import { fakeApi, renderInSession } from '../testing/renderWithApi';
import { GitSettingsForm } from './GitSettingsForm';

afterEach(cleanup);

describe('GitSettingsForm', () => {
  it('on the desktop, keeps a user name and token in the keychain and never shows the token again', async () => {
    const user = userEvent.setup();
    let view: GitSettingsView = { credentials: 'none', canStoreCredentials: true };
    const api = fakeApi({
      gitSettings: vi.fn(async () => view),
      saveGitSettings: vi.fn(async ({ email, username }) => {
        view = { ...(email ? { email } : {}), credentials: 'keychain', ...(username ? { username } : {}), canStoreCredentials: true };
        return view;
      }),
    });
    renderInSession(<GitSettingsForm />, api);
    expect(await screen.findByText(/No credentials set/)).toBeTruthy();
    await user.type(screen.getByLabelText('E-mail for commits'), 'li.wei@example.com');
    await user.type(screen.getByLabelText('User name'), 'liwei');
    await user.type(screen.getByLabelText('Access token'), 'tok-1');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(api.saveGitSettings).toHaveBeenCalledWith({ email: 'li.wei@example.com', username: 'liwei', token: 'tok-1' });
    expect(await screen.findByText('Signing in as liwei, with a token kept in the system keychain.')).toBeTruthy();
    expect((screen.getByLabelText('Access token') as HTMLInputElement).value).toBe('');
  });

  it('in a browser, saves only the e-mail and says the token comes from the environment', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      gitSettings: vi.fn(async () => ({ credentials: 'environment' as const, username: 'ci', canStoreCredentials: false })),
      saveGitSettings: vi.fn(async () => ({ credentials: 'environment' as const, username: 'ci', canStoreCredentials: false })),
    });
    renderInSession(<GitSettingsForm />, api);
    expect(await screen.findByText('Signing in as ci, with the token from PBT_GIT_TOKEN.')).toBeTruthy();
    expect(screen.queryByLabelText('Access token')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(api.saveGitSettings).toHaveBeenCalledWith({ email: null });
  });
});
