// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DesktopBridge } from '../../core/api/desktopBridge';
import { fakeApi, renderInSession } from '../testing/renderWithApi';
import type { WorkspaceState } from '../state/WorkspaceContext';
import { WorkspacePanel } from './WorkspacePanel';

afterEach(() => {
  cleanup();
  delete window.playbookTrainer;
});

function renderPanel(): WorkspaceState['open'] {
  const open = vi.fn<WorkspaceState['open']>(async () => {});
  renderInSession(<WorkspacePanel workspace={{ view: { dir: null, roots: [], revision: 1 }, error: null, open, contentVersion: 0 }} />, fakeApi({}));
  return open;
}

/** The desktop bridge of the Electron preload, answering the folder dialog with `dir`. */
function desktopWithDialog(dir: string | null): DesktopBridge['pickFolder'] {
  const pickFolder = vi.fn<DesktopBridge['pickFolder']>(async () => ({ ok: true, result: { dir } }));
  window.playbookTrainer = { call: vi.fn(), savePrepSheetPdf: vi.fn(), pickFolder };
  return pickFolder;
}

describe('WorkspacePanel', () => {
  it('opens the folder chosen in the desktop folder dialog', async () => {
    const pickFolder = desktopWithDialog('/home/me/sales-course');
    const open = renderPanel();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Choose folder…' }));
    expect(pickFolder).toHaveBeenCalledOnce();
    expect(open).toHaveBeenCalledWith('/home/me/sales-course');
  });

  it('opens nothing when the dialog is closed without a choice', async () => {
    desktopWithDialog(null);
    const open = renderPanel();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Choose folder…' }));
    expect(open).not.toHaveBeenCalled();
  });

  it('offers only the typed path in the browser, which has no folder dialog that gives a path', async () => {
    const open = renderPanel();
    expect(screen.queryByRole('button', { name: 'Choose folder…' })).toBeNull();
    await userEvent.setup().type(screen.getByLabelText('Open a workspace folder'), '/srv/course{Enter}');
    expect(open).toHaveBeenCalledWith('/srv/course');
  });
});
