import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Api, ApiArgs } from '../../core/api/contract';
import { ApiProvider } from '../state/ApiContext';
import { SessionContext } from '../state/SessionContext';
import { fakeApi, testSession } from '../testing/renderWithApi';
import { SECTION_READ_DWELL_MS, useSectionReadReport } from './useSectionReadReport';

type SectionRead = ApiArgs<'sectionRead'>;

function Reading({ playbookId, section }: { playbookId: string; section: string | null }) {
  useSectionReadReport(playbookId, 'en', section);
  return null;
}

function renderReading(api: Api, playbookId: string, section: string | null) {
  const ui = (id: string, current: string | null) => (
    <ApiProvider api={api}>
      <SessionContext.Provider value={testSession}>
        <Reading playbookId={id} section={current} />
      </SessionContext.Provider>
    </ApiProvider>
  );
  const view = render(ui(playbookId, section));
  return { show: (id: string, current: string | null) => view.rerender(ui(id, current)) };
}

describe('useSectionReadReport', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports a section after the learner stays on it, once per visit, and not one scrolled past', async () => {
    const sectionRead = vi.fn(async (_args: SectionRead) => ({ recorded: true }));
    const reader = renderReading(fakeApi({ sectionRead }), 'discovery-call', 'prep');
    await act(async () => vi.advanceTimersByTime(SECTION_READ_DWELL_MS - 1));
    expect(sectionRead).not.toHaveBeenCalled();

    reader.show('discovery-call', 'questions');
    await act(async () => vi.advanceTimersByTime(SECTION_READ_DWELL_MS / 2));
    reader.show('discovery-call', 'prep');
    await act(async () => vi.advanceTimersByTime(SECTION_READ_DWELL_MS));
    expect(sectionRead).toHaveBeenCalledTimes(1);
    expect(sectionRead).toHaveBeenCalledWith({ profileId: testSession.profile.id, playbookId: 'discovery-call', anchor: 'prep', lang: 'en' });

    reader.show('discovery-call', 'questions');
    reader.show('discovery-call', 'prep');
    await act(async () => vi.advanceTimersByTime(SECTION_READ_DWELL_MS * 2));
    expect(sectionRead.mock.calls.map(([args]) => args!.anchor)).toEqual(['prep']);
  });

  it('counts the same anchor again in another playbook, and a failed report does not throw', async () => {
    const sectionRead = vi.fn(async (_args: SectionRead): Promise<{ recorded: boolean }> => Promise.reject(new Error('outbox not writable')));
    const reader = renderReading(fakeApi({ sectionRead }), 'discovery-call', 'prep');
    await act(async () => vi.advanceTimersByTime(SECTION_READ_DWELL_MS));
    reader.show('price-objection', 'prep');
    await act(async () => vi.advanceTimersByTime(SECTION_READ_DWELL_MS));
    expect(sectionRead.mock.calls.map(([args]) => args!.playbookId)).toEqual(['discovery-call', 'price-objection']);
  });
});
