// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PrepItemView, PrepSheetView } from '../../core/api/contract';
import { PrepScreen } from '../screens/PrepScreen';
import { fakeApi, renderInSession } from '../testing/renderWithApi';
import { StatefulSession } from '../testing/StatefulSession';
import { PinButton } from './PinButton';

afterEach(cleanup);

const pinnedView = (anchor: string, title: string): PrepItemView => ({
  kind: 'tactic',
  playbookId: 'negotiation',
  anchor,
  lang: 'en',
  title,
  playbookTitle: 'Negotiating price',
  html: `<p>${title} in practice.</p>`,
  checklist: [],
  missing: false,
});

const sheet: PrepSheetView = {
  id: 's1',
  title: 'Acme renewal',
  customer: 'Acme',
  date: '',
  goal: 'Hold the price',
  notes: '',
  items: [{ kind: 'tactic', playbookId: 'negotiation', anchor: 'anchoring--trade', lang: 'en' }],
  checked: [],
  updatedAt: '2025-03-01T09:00:00Z',
  itemViews: [pinnedView('anchoring--trade', 'Trade, don’t give')],
};

describe('prep sheet changes', () => {
  it('shows a pin made elsewhere (the palette, the reader) on the open prep page at once, keeping what is typed', async () => {
    const user = userEvent.setup();
    const walkAway = { kind: 'tactic' as const, playbookId: 'negotiation', anchor: 'walk-away--decide', lang: 'en' as const };
    const after: PrepSheetView = { ...sheet, items: [...sheet.items, walkAway], itemViews: [...sheet.itemViews, pinnedView('walk-away--decide', 'Decide your walk-away point')] };
    const api = fakeApi({
      listPrepSheets: async () => [sheet],
      getPrepSheet: vi.fn(async () => sheet),
      pin: vi.fn(async () => after),
    });
    renderInSession(
      <StatefulSession>
        <PrepScreen />
        <PinButton item={walkAway} label="Decide your walk-away point" />
      </StatefulSession>,
      api,
    );
    const pinned = await screen.findByRole('region', { name: /Pinned tactics and sections/ });
    expect(within(pinned).getAllByRole('listitem', { hidden: false }).filter((li) => li.classList.contains('pinned'))).toHaveLength(1);
    await user.type(screen.getByLabelText('Notes'), 'Ask about volume');

    await user.click(screen.getByRole('button', { name: 'Pin “Decide your walk-away point” to prep sheet' }));
    expect(api.pin).toHaveBeenCalledWith({ profileId: 'p1', sheetId: 's1', item: walkAway });
    expect(await within(pinned).findByRole('link', { name: 'Decide your walk-away point' })).toBeTruthy();
    expect(api.getPrepSheet).toHaveBeenCalledTimes(1);
    expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('Ask about volume');
  });
});
