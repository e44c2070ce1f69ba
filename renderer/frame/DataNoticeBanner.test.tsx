import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithApi } from '../testing/renderWithApi';
import { DataNoticeBanner } from './DataNoticeBanner';

const notice = 'Your progress file could not be used (not valid JSON). It was kept as progress.corrupt-x.json, and your progress from the backup of 2025-03-02 was restored.';

afterEach(cleanup);

describe('DataNoticeBanner', () => {
  it('tells the learner what happened to their progress until they have read it', async () => {
    const dismissDataNotice = vi.fn(async () => ({ notice: null, readOnly: false }));
    renderWithApi(<DataNoticeBanner />, fakeApi({ dataStatus: async () => ({ notice, readOnly: false }), dismissDataNotice }));
    expect(await screen.findByRole('alert', { name: 'About your progress' })).toHaveProperty('textContent', expect.stringContaining(notice));
    await userEvent.click(screen.getByRole('button', { name: 'Got it' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(dismissDataNotice).toHaveBeenCalledWith({});
  });

  it('shows nothing when there is nothing to tell', async () => {
    const dataStatus = vi.fn(async () => ({ notice: null, readOnly: false }));
    renderWithApi(<DataNoticeBanner />, fakeApi({ dataStatus }));
    await waitFor(() => expect(dataStatus).toHaveBeenCalled());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
