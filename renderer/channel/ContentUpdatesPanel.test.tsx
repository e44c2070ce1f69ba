import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChannelStatus } from '../../core/channel/channelTypes';
import { fakeApi, renderInSession } from '../testing/renderWithApi';
import { ContentUpdatesPanel } from './ContentUpdatesPanel';

afterEach(cleanup);

const V1 = { id: '1-a', hash: 'a', label: 'main 1111111', receivedAt: '2026-03-01T08:00:00.000Z' };
const V2 = { id: '2-b', hash: 'b', label: 'main 2222222', receivedAt: '2026-03-02T08:00:00.000Z' };
const subscribed: ChannelStatus = {
  subscription: { kind: 'git', location: 'https://git.example.com/sales.git' },
  current: V2,
  previous: V1,
  checking: false,
  lastCheck: { at: '2026-03-02T08:00:00.000Z', outcome: 'updated', message: 'main 2222222', diagnostics: [] },
  whatsNew: {
    playbooks: [{ id: 'pricing-talk', lang: 'en', title: 'Talking about price', change: 'changed', sections: [{ anchor: 'prep', title: 'Before you quote', change: 'changed' }] }],
    items: [{ kind: 'quiz', id: 'pricing-quiz', lang: 'en', title: 'Pricing check', change: 'added' }],
    recheck: [{ quizId: 'pricing-quiz', questionId: 'compare', lang: 'en' }],
  },
};

describe('ContentUpdatesPanel', () => {
  it('subscribes to a source the rep types in', async () => {
    const empty: ChannelStatus = { subscription: null, current: null, previous: null, checking: false, lastCheck: null, whatsNew: null };
    const subscribeChannel = vi.fn(async () => subscribed);
    renderInSession(<ContentUpdatesPanel />, fakeApi({ channelStatus: async () => empty, subscribeChannel }));
    await userEvent.click(await screen.findByRole('radio', { name: 'Shared folder' }));
    await userEvent.type(screen.getByLabelText('Folder path'), '/mnt/share/sales');
    await userEvent.click(screen.getByRole('button', { name: 'Subscribe and check' }));
    expect(subscribeChannel).toHaveBeenCalledWith({ subscription: { kind: 'folder', location: '/mnt/share/sales' }, profileId: 'p1' });
    expect(await screen.findByText('Updated to main 2222222. It passed every check.')).toBeTruthy();
  });

  it("shows what is new, with links to the changed sections and the cards to re-check", async () => {
    renderInSession(<ContentUpdatesPanel />, fakeApi({ channelStatus: async () => subscribed }));
    expect((await screen.findByRole('link', { name: 'Before you quote' })).getAttribute('href')).toBe('#/playbook/pricing-talk/prep?lang=en');
    expect(screen.getByRole('link', { name: 'Pricing check' }).getAttribute('href')).toBe('#/quiz/pricing-quiz');
    expect(screen.getByRole('link', { name: /1 review card to re-check/ }).getAttribute('href')).toBe('#/review');
  });

  it('shows a refused update with its problems at file, line and column', async () => {
    const refused: ChannelStatus = {
      ...subscribed,
      lastCheck: { at: '2026-03-03T08:00:00.000Z', outcome: 'refused', message: 'main 3333333', diagnostics: [{ file: 'content/quizzes/en/pricing-quiz.yaml', line: 6, column: 5, severity: 'error', message: 'a true/false question needs "answer"' }] },
    };
    renderInSession(<ContentUpdatesPanel />, fakeApi({ channelStatus: async () => refused, gitSettings: async () => ({ credentials: 'none', canStoreCredentials: true }) }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The new version main 3333333 was refused');
    expect(alert.textContent).toContain('content/quizzes/en/pricing-quiz.yaml:6:5 a true/false question needs "answer"');
  });

  it('checks now and rolls back with one click each', async () => {
    const checkChannel = vi.fn(async () => ({ ...subscribed, lastCheck: { ...subscribed.lastCheck!, outcome: 'unchanged' as const } }));
    const rollBackChannel = vi.fn(async () => ({ ...subscribed, current: V1, previous: V2, whatsNew: null }));
    renderInSession(<ContentUpdatesPanel />, fakeApi({ channelStatus: async () => subscribed, checkChannel, rollBackChannel }));
    await userEvent.click(await screen.findByRole('button', { name: 'Check now' }));
    expect(await screen.findByText('You have the latest version.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Roll back to the previous version (main 1111111)' }));
    expect(rollBackChannel).toHaveBeenCalledWith({ profileId: 'p1' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Roll back to the previous version (main 2222222)' })).toBeTruthy());
  });

  it('keeps a token for a private source in the keychain, as the workspace Git does', async () => {
    const saveGitSettings = vi.fn(async () => ({ credentials: 'keychain' as const, username: 'chen.jie', canStoreCredentials: true }));
    renderInSession(
      <ContentUpdatesPanel />,
      fakeApi({ channelStatus: async () => subscribed, gitSettings: async () => ({ credentials: 'none', canStoreCredentials: true }), saveGitSettings }),
    );
    await userEvent.click(await screen.findByText('Sign-in for a private repository or pack URL'));
    await userEvent.type(await screen.findByLabelText('User name'), 'chen.jie');
    await userEvent.type(screen.getByLabelText('Access token'), 'read-token');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(saveGitSettings).toHaveBeenCalledWith({ email: null, username: 'chen.jie', token: 'read-token' });
    expect(await screen.findByText('Signing in as chen.jie, with a token kept in the system keychain.')).toBeTruthy();
  });
});
