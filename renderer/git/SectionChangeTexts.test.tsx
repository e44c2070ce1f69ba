// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderInSession } from '../testing/renderWithApi';
import { SectionChangeTexts } from './SectionChangeTexts';

afterEach(cleanup);

describe('SectionChangeTexts', () => {
  it('shows the section as last accepted beside its text now', async () => {
    const api = fakeApi({
      sectionChangeText: vi.fn(async () => ({
        before: '## Roles\n\nThree owners.',
        after: '## Roles\n\nThree owners and a coordinator.',
        beforeFrom: { commit: '0123456789abcdef', date: '2025-05-02T10:00:00.000Z', accepted: true },
      })),
    });
    renderInSession(<SectionChangeTexts sectionRef="account-team#roles" lang="en" />, api);
    expect(await screen.findByText('When last accepted (commit 0123456, May 2, 2025)')).toBeTruthy();
    expect(api.sectionChangeText).toHaveBeenCalledWith({ ref: 'account-team#roles', lang: 'en' });
    expect(document.querySelector('ins')?.textContent).toBe('and a coordinator');
    expect(screen.queryByText(/keep the workspace in a Git repository/)).toBeNull();
  });

  it('says the old text needs Git when the workspace is not a repository', async () => {
    const api = fakeApi({ sectionChangeText: vi.fn(async () => ({ after: '## Roles\n\nThree owners.' })) });
    renderInSession(<SectionChangeTexts sectionRef="account-team#roles" lang="en" />, api);
    expect(await screen.findByText(/keep the workspace in a Git repository to see it here/)).toBeTruthy();
    expect(screen.getByText('(none)')).toBeTruthy();
    expect(screen.getByText(/Three owners\./)).toBeTruthy();
  });
});
