// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError, type Api, type PrepSheetView, type SearchHit } from '../../core/api/contract';
import { fakeApi, renderInSession } from '../testing/renderWithApi';
import { SearchPalette } from './SearchPalette';

beforeAll(() => {
  // jsdom has <dialog> but not its modal API; the palette only needs it to open.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const hit = (title: string, section: string, over: Partial<SearchHit> = {}): SearchHit => ({
  type: 'tactic',
  id: 'negotiation',
  lang: 'en',
  section,
  title,
  parentTitle: 'Negotiation',
  score: 1,
  snippet: `Use ${title.toLowerCase()} before any discount.`,
  matches: [[4, 9]],
  titleMatches: [[0, 5]],
  roles: [],
  tags: [],
  ...over,
});

function renderPalette(api: Api, onClose = vi.fn()) {
  renderInSession(<SearchPalette onClose={onClose} />, api);
  return onClose;
}

const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('SearchPalette', () => {
  it('asks for the learner\'s language and role to rank first', async () => {
    const search = vi.fn(async () => [hit('Price anchoring', 'price-anchoring')]);
    renderPalette(fakeApi({ search }));
    await userEvent.setup().type(screen.getByRole('combobox'), 'anchor');
    await waitFor(() => expect(search).toHaveBeenLastCalledWith(expect.objectContaining({ query: 'anchor', lang: 'en', role: 'sales-rep' })));
  });

  it('shows the answer to the latest query even when an older one answers later', async () => {
    const user = userEvent.setup();
    const search = vi.fn(async ({ query }: { query: string }) => {
      if (query === 'pri') {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return [hit('Prior commitments', 'old')];
      }
      return [hit('Price anchoring', 'price-anchoring'), hit('Pricing ladders', 'pricing-ladders')];
    });
    renderPalette(fakeApi({ search }));

    const input = screen.getByRole('combobox', { name: 'Search playbooks, tactics, quizzes and cases' });
    await user.type(input, 'pri');
    await wait(160);
    await user.type(input, 'cing');
    await wait(500);

    expect(search.mock.calls.map(([args]) => args.query)).toEqual(['pri', 'pricing']);
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.querySelector('.hit-title')?.textContent)).toEqual(['Price anchoring', 'Pricing ladders']);
    expect(screen.queryByText('Prior commitments')).toBeNull();
    // Only the types the app can open are asked for.
    expect(search.mock.calls[1]![0]).toMatchObject({ lang: 'en', types: ['section', 'tactic', 'playbook', 'quiz', 'case', 'lesson'] });
    // The matched ranges are highlighted in the title and snippet.
    expect(within(options[0]!).getAllByText('Price', { selector: 'mark' })).toHaveLength(1);
    expect(within(options[0]!).getByText('price', { selector: 'mark' })).toBeTruthy();
  });

  it('moves with the arrow keys and opens the active result with Enter', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ search: async () => [hit('Price anchoring', 'price-anchoring'), hit('Pricing ladders', 'pricing-ladders')] });
    const onClose = renderPalette(api);
    const input = screen.getByRole('combobox');
    await user.type(input, 'price');
    await screen.findAllByRole('option');

    expect(screen.getAllByRole('option')[0]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    const second = screen.getAllByRole('option')[1]!;
    expect(second.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(second.id);
    await user.keyboard('{Enter}');
    expect(window.location.hash).toBe('#/playbook/negotiation/pricing-ladders');
    expect(onClose).toHaveBeenCalled();
  });

  it('pins the active tactic with Alt+P and confirms it', async () => {
    const user = userEvent.setup();
    const pin = vi.fn(async (): Promise<PrepSheetView> => ({
      id: 's1',
      title: 'Acme kickoff',
      customer: 'Acme',
      date: '',
      goal: '',
      notes: '',
      items: [],
      checked: [],
      updatedAt: '',
      itemViews: [],
    }));
    renderPalette(fakeApi({ search: async () => [hit('Price anchoring', 'price-anchoring')], pin }));
    await user.type(screen.getByRole('combobox'), 'price');
    // An option is named by all it shows, in order: a name apart from the visible text would confuse voice control.
    await screen.findByRole('option', { name: /^Tactic\s*Price anchoring\s*Negotiation\s*Use price anchoring before any discount\.$/ });
    await user.keyboard('{Alt>}p{/Alt}');
    expect(pin).toHaveBeenCalledWith({
      profileId: 'p1',
      sheetId: undefined,
      item: { kind: 'tactic', playbookId: 'negotiation', anchor: 'price-anchoring', lang: 'en' },
    });
    // The modal palette covers the app's toasts, so it confirms the pin itself: on the hit and in its status line.
    const dialog = screen.getByRole('dialog', { name: 'Search' });
    expect(await within(dialog).findByText('Pinned to “Acme kickoff”')).toBeTruthy();
    expect(within(dialog).getByRole('status').textContent).toBe('Pinned to “Acme kickoff”');
    expect(within(screen.getByRole('option')).getByText('Pinned')).toBeTruthy();
    expect(within(dialog).getByRole('link', { name: 'Open sheet' }).getAttribute('href')).toBe('#/prep/s1');
  });

  it('says inside the palette why a pin failed', async () => {
    const user = userEvent.setup();
    const pin = vi.fn(() => Promise.reject(new ApiError('not-found', 'Nothing to pin at negotiation#price-anchoring (en).')));
    renderPalette(fakeApi({ search: async () => [hit('Price anchoring', 'price-anchoring')], pin }));
    await user.type(screen.getByRole('combobox'), 'price');
    await screen.findByRole('option');
    await user.keyboard('{Alt>}p{/Alt}');
    const dialog = screen.getByRole('dialog', { name: 'Search' });
    await within(dialog).findByText('Nothing to pin at negotiation#price-anchoring (en).');
    expect(within(dialog).getByRole('status').textContent).toBe('Nothing to pin at negotiation#price-anchoring (en).');
    expect(within(dialog).queryByText('Pinned')).toBeNull();
    expect(within(dialog).queryByRole('link', { name: 'Open sheet' })).toBeNull();
  });
});
