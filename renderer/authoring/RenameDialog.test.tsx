// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderInSession } from '../testing/renderWithApi';
import { RenameDialog } from './RenameDialog';

beforeAll(() => {
  // jsdom has <dialog> but not its modal API; the dialog only needs it to open.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('RenameDialog', () => {
  it('moves the screen behind it to the new id as soon as the rename is done, so no "not found" shows there', async () => {
    window.location.hash = '#/editor/playbook/en/price-talks';
    const renameId = vi.fn(async () => ({ files: ['playbooks/en/price-talks.md'] }));
    renderInSession(<RenameDialog kind="playbook" id="price-talks" lang="en" onClose={() => undefined} />, fakeApi({ renameId }));
    const user = userEvent.setup();
    const field = screen.getByRole('textbox');
    await user.clear(field);
    await user.type(field, 'pricing{Enter}');
    await screen.findByText(/Renamed to “pricing”/);
    expect(renameId).toHaveBeenCalledWith({ kind: 'playbook', from: 'price-talks', to: 'pricing' });
    expect(window.location.hash).toBe('#/editor/playbook/en/pricing');
  });
});
