import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type ImportedProgress } from '../../core/api/contract';
import { fakeApi, renderInSession, testSession } from '../testing/renderWithApi';
import { SettingsScreen } from './SettingsScreen';

const imported: ImportedProgress = { profile: testSession.profile, counts: { reads: 2, quizAttempts: 1, reviewCards: 0, replayAttempts: 0, prepSheets: 1 } };

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('SettingsScreen: moving progress', () => {
  it('exports the learner\'s progress as a download', async () => {
    const exportProgress = vi.fn(async () => ({ filename: 'playbook-trainer-progress-Li-Wei-2025-03-01.json', mime: 'application/json', content: '{}' }));
    const createObjectURL = vi.fn(() => 'blob:progress');
    Object.assign(URL, { createObjectURL, revokeObjectURL: () => undefined });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderInSession(<SettingsScreen />, fakeApi({ exportProgress }));
    await userEvent.click(screen.getByRole('button', { name: 'Export my progress' }));
    expect(exportProgress).toHaveBeenCalledWith({ profileId: 'p1' });
    await waitFor(() => expect(clicked).toHaveBeenCalled());
    expect(createObjectURL).toHaveBeenCalled();
  });

  it('imports a chosen file, hands its text to the back end and says whose progress came in', async () => {
    const importProgress = vi.fn(async () => imported);
    renderInSession(<SettingsScreen />, fakeApi({ importProgress }));
    const file = new File(['{"format":"playbook-trainer-learner"}'], 'progress.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Import progress…', { selector: 'input' }), file);
    await waitFor(() => expect(importProgress).toHaveBeenCalledWith({ content: '{"format":"playbook-trainer-learner"}' }));
    expect(await screen.findByText("Li Wei's progress was imported.")).toBeTruthy();
  });

  it('shows why a file was refused', async () => {
    const importProgress = vi.fn(async () => {
      throw new ApiError('bad-request', 'This file cannot be imported: it is not a progress export of Playbook Trainer.');
    });
    renderInSession(<SettingsScreen />, fakeApi({ importProgress }));
    await userEvent.upload(screen.getByLabelText('Import progress…', { selector: 'input' }), new File(['{}'], 'other.json', { type: 'application/json' }));
    expect(await screen.findByText('This file cannot be imported: it is not a progress export of Playbook Trainer.')).toBeTruthy();
  });
});
