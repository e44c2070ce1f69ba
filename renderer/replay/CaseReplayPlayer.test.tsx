// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type ReplayChoiceView, type ReplayView } from '../../core/api/contract';
import { fakeApi, renderWithApi } from '../testing/renderWithApi';
import { CaseReplayPlayer } from './CaseReplayPlayer';

afterEach(cleanup);

const intro = { stepId: 'intro', narrativeHtml: '<p>The buyer opens with price.</p>' };
const askStep = { stepId: 'd1', narrativeHtml: '<p>They ask for your best price.</p>' };
const meetingStep = { stepId: 'meeting', narrativeHtml: '<p>A week later you meet their CFO.</p>' };
const closeStep = { stepId: 'd2', narrativeHtml: '<p>The CFO asks for a pilot.</p>' };

const firstChoice: ReplayChoiceView = {
  stepId: 'd1',
  promptHtml: '<p>What do you say?</p>',
  chosen: { index: 0, html: 'Quote the list price', outcomeHtml: '<p>They anchor on it.</p>', points: 0 },
  elite: { index: 1, html: 'Ask about their goals', outcomeHtml: '<p>They open up.</p>', points: 3 },
  commentaryHtml: '<p>Goals first: price without context anchors low.</p>',
  matchedElite: false,
};
const secondChoice: ReplayChoiceView = {
  stepId: 'd2',
  promptHtml: '<p>Pilot or proposal?</p>',
  chosen: { index: 1, html: 'Agree a paid pilot', outcomeHtml: '<p>The CFO agrees.</p>', points: 3 },
  elite: { index: 1, html: 'Agree a paid pilot', outcomeHtml: '<p>The CFO agrees.</p>', points: 3 },
  commentaryHtml: '<p>A paid pilot tests commitment.</p>',
  matchedElite: true,
};

const base = { caseId: 'price-pushback', title: 'Price pushback', summary: 'A buyer pushes on price in the first call.' };

/** The views a real back end would return along the path: wrong first choice, a narrative step, elite second choice. */
function replayBackend() {
  let runs = 0;
  const replayId = () => `replay-${runs}`;
  return fakeApi({
    startReplay: vi.fn(async (): Promise<ReplayView> => {
      runs++;
      return {
        ...base,
        replayId: replayId(),
        history: [],
        narrative: [intro, askStep],
        progress: { n: 1, total: 2 },
        current: {
          id: 'd1',
          narrativeHtml: askStep.narrativeHtml,
          decision: {
            promptHtml: '<p>What do you say?</p>',
            options: [
              { index: 1, html: 'Ask about their goals' },
              { index: 0, html: 'Quote the list price' },
              { index: 2, html: 'Send a brochure' },
            ],
          },
        },
        finished: false,
      };
    }),
    choose: vi.fn(async ({ option }): Promise<ReplayView> => {
      if (option === 0) {
        return { ...base, replayId: replayId(), history: [firstChoice], narrative: [intro, askStep, meetingStep], current: { id: 'meeting', narrativeHtml: meetingStep.narrativeHtml }, progress: { n: 1, total: 2 }, finished: false };
      }
      return {
        ...base,
        replayId: replayId(),
        history: [firstChoice, secondChoice],
        narrative: [intro, askStep, meetingStep, closeStep],
        current: null,
        progress: { n: 2, total: 2 },
        finished: true,
        result: {
          score: 0.5,
          points: 3,
          elitePoints: 6,
          debriefHtml: '<p>Price talk before goals cost you the anchor.</p>',
          divergences: [firstChoice],
          lessons: [{ html: '<p>Ask about goals before quoting.</p>', ref: { playbookId: 'negotiation', anchor: 'goals-first', title: 'Goals first' } }],
        },
      };
    }),
    advance: vi.fn(async (): Promise<ReplayView> => ({
      ...base,
      replayId: replayId(),
      history: [firstChoice],
      narrative: [intro, askStep, meetingStep, closeStep],
      progress: { n: 2, total: 2 },
      current: {
        id: 'd2',
        narrativeHtml: closeStep.narrativeHtml,
        decision: {
          promptHtml: '<p>Pilot or proposal?</p>',
          options: [
            { index: 0, html: 'Send a full proposal' },
            { index: 1, html: 'Agree a paid pilot' },
          ],
        },
      },
      finished: false,
    })),
  });
}

describe('CaseReplayPlayer', () => {
  it('replays a case: choose, see the outcome and the elite rep’s commentary, continue, and get the debrief', async () => {
    const user = userEvent.setup();
    const api = replayBackend();
    renderWithApi(<CaseReplayPlayer caseId="price-pushback" profileId="p1" lang="en" />, api);

    expect(await screen.findByRole('heading', { name: 'Price pushback' })).toBeTruthy();
    expect(screen.getByText('The buyer opens with price.')).toBeTruthy();
    expect(screen.getByText('What do you say?')).toBeTruthy();
    expect(screen.getByText('Your move · Decision 1 of 2')).toBeTruthy();

    // A choice that differs from the elite rep's: outcome, the elite choice and their reasoning.
    await user.click(screen.getByRole('button', { name: /Quote the list price/ }));
    expect(api.choose).toHaveBeenCalledWith({ replayId: 'replay-1', option: 0 });
    const verdict = await screen.findByRole('heading', { name: 'The elite rep chose differently' });
    expect(document.activeElement).toBe(verdict);
    const outcome = verdict.closest('.outcome') as HTMLElement;
    expect(within(outcome).getByText('They anchor on it.')).toBeTruthy();
    expect(within(outcome).getByText('Ask about their goals')).toBeTruthy();
    expect(within(outcome).getByRole('complementary', { name: 'Why the elite rep does it this way' }).textContent).toContain(
      'Goals first: price without context anchors low.',
    );
    expect(screen.queryByRole('button', { name: /Send a brochure/ })).toBeNull();

    // A narrative step without a decision moves on with Continue.
    expect(screen.getByText('A week later you meet their CFO.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(api.advance).toHaveBeenCalledWith({ replayId: 'replay-1' });
    // The step it led to takes the focus, so its text is read out (the button is gone: a decision follows).
    await waitFor(() => expect((document.activeElement as HTMLElement).textContent).toContain('The CFO asks for a pilot.'));
    expect(document.activeElement?.getAttribute('aria-current')).toBe('step');

    // The elite choice, then the debrief.
    await user.click(await screen.findByRole('button', { name: /Agree a paid pilot/ }));
    expect(api.choose).toHaveBeenLastCalledWith({ replayId: 'replay-1', option: 1 });
    const debrief = await screen.findByRole('region', { name: 'Debrief' });
    expect(within(debrief).getByText('50%', { selector: '.big-number' })).toBeTruthy();
    expect(within(debrief).getByText('3 of 6 points on the elite path')).toBeTruthy();
    expect(within(debrief).getByText('Price talk before goals cost you the anchor.')).toBeTruthy();
    const divergences = within(debrief).getByRole('heading', { name: 'Where you diverged' }).nextElementSibling as HTMLElement;
    expect(within(divergences).getByText('What do you say?')).toBeTruthy();
    expect(within(divergences).getByText('Goals first: price without context anchors low.')).toBeTruthy();
    expect(within(debrief).getByRole('link', { name: 'Read: Goals first' }).getAttribute('href')).toBe('#/playbook/negotiation/goals-first');
    expect(screen.getByRole('heading', { name: 'Same choice as the elite rep' })).toBeTruthy();

    // Replay again starts a new run from the beginning.
    await user.click(within(debrief).getByRole('button', { name: 'Replay again' }));
    expect(await screen.findByRole('button', { name: /Send a brochure/ })).toBeTruthy();
    expect(api.startReplay).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('region', { name: 'Debrief' })).toBeNull();
  });

  it('keeps the options in view after Continue, and goes back from the debrief to a decision as a new run', async () => {
    const user = userEvent.setup();
    const api = replayBackend();
    const scrolled: string[] = [];
    Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
      scrolled.push(this.tagName);
    };
    api.retryReplay = vi.fn(async ({ decision }): Promise<ReplayView> => ({
      ...base,
      replayId: 'replay-retry',
      history: [firstChoice].slice(0, decision),
      narrative: [intro, askStep, meetingStep, closeStep],
      progress: { n: 2, total: 2 },
      current: {
        id: 'd2',
        narrativeHtml: closeStep.narrativeHtml,
        decision: { promptHtml: '<p>Pilot or proposal?</p>', options: [{ index: 0, html: 'Send a full proposal' }, { index: 1, html: 'Agree a paid pilot' }] },
      },
      finished: false,
    }));
    renderWithApi(<CaseReplayPlayer caseId="price-pushback" profileId="p1" lang="en" />, api);
    await user.click(await screen.findByRole('button', { name: /Quote the list price/ }));
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await screen.findByText('Your move · Decision 2 of 2');
    // The step is brought in from its start, then the options below it.
    await waitFor(() => expect(scrolled).toEqual(['LI', 'FIELDSET']));
    await user.click(screen.getByRole('button', { name: /Agree a paid pilot/ }));

    const debrief = await screen.findByRole('region', { name: 'Debrief' });
    const backs = within(debrief).getAllByRole('button', { name: 'Go back to this decision' });
    expect(backs).toHaveLength(2);
    expect(backs[1]!.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(backs[1]!.getAttribute('aria-describedby')!)?.textContent).toContain('Pilot or proposal?');
    scrolled.length = 0;
    await user.click(backs[1]!);
    expect(api.retryReplay).toHaveBeenCalledWith({ replayId: 'replay-1', decision: 1 });
    expect(await screen.findByText('Your move · Decision 2 of 2')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Debrief' })).toBeNull();
    expect(screen.getByRole('button', { name: /Send a full proposal/ })).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toContain('The CFO asks for a pilot.'));
    expect(scrolled).toEqual(['LI', 'FIELDSET']);
    // The earlier decision and its outcome stay on the page.
    expect(screen.getByRole('heading', { name: 'The elite rep chose differently' })).toBeTruthy();
  });

  it('resumes a replay that looped back without showing any narrative block or outcome twice', async () => {
    const user = userEvent.setup();
    const opening = { stepId: 'opening', narrativeHtml: '<p>The budget is frozen.</p>' };
    const decision = (promptHtml: string, texts: string[]) => ({ promptHtml, options: texts.map((html, index) => ({ index, html })) });
    const visit = (chosen: number, outcomeHtml: string): ReplayChoiceView => ({
      stepId: 'opening',
      promptHtml: '<p>What do you ask?</p>',
      chosen: { index: chosen, html: chosen === 0 ? 'Who froze it?' : 'Can we start anyway?', outcomeHtml, points: chosen === 0 ? 2 : 0 },
      elite: { index: 0, html: 'Who froze it?', outcomeHtml: '<p>The finance director did.</p>', points: 2 },
      commentaryHtml: '<p>Find out who froze it.</p>',
      matchedElite: chosen === 0,
    });
    const looped: ReplayView = {
      ...base,
      replayId: 'resumed',
      history: [visit(1, '<p>The buyer shrugs.</p>')],
      narrative: [opening, opening],
      progress: { n: 2, total: 3 },
      current: { id: 'opening', narrativeHtml: opening.narrativeHtml, decision: decision('<p>What do you ask?</p>', ['Who froze it?', 'Can we start anyway?']) },
      finished: false,
    };
    const resumed: ReplayView = {
      ...looped,
      history: [visit(1, '<p>The buyer shrugs.</p>'), visit(0, '<p>The finance director did.</p>')],
      narrative: [opening, opening, { stepId: 'corridor', narrativeHtml: '<p>You walk to finance.</p>' }, { stepId: 'director', narrativeHtml: '<p>The director asks.</p>' }],
      current: { id: 'director', narrativeHtml: '<p>The director asks.</p>', decision: decision('<p>Your answer?</p>', ['Money saved', 'A discount']) },
    };
    const api = fakeApi({ startReplay: vi.fn(async () => looped), choose: vi.fn(async () => resumed) });
    renderWithApi(<CaseReplayPlayer caseId="price-pushback" profileId="p1" lang="en" />, api);

    // Back at a step already decided once: its decision is open again, and only the first visit has an outcome.
    await user.click(await screen.findByRole('button', { name: /Who froze it/ }));
    await screen.findByText('Your answer?');
    const timeline = screen.getByRole('list', { name: 'Case so far' });
    const visits = within(timeline).getAllByRole('listitem');
    expect(visits.map((item) => item.querySelector('.narrative')?.textContent)).toEqual([
      'The budget is frozen.',
      'The budget is frozen.',
      'You walk to finance.',
      'The director asks.',
    ]);
    expect(within(visits[0]!).getByText('The buyer shrugs.')).toBeTruthy();
    expect(within(visits[1]!).getAllByText('The finance director did.')).toHaveLength(1);
    expect(within(visits[1]!).queryByText('The buyer shrugs.')).toBeNull();
    expect(within(timeline).getAllByText('The buyer shrugs.')).toHaveLength(1);
    expect(visits.map((item) => item.getAttribute('aria-current'))).toEqual([null, null, null, 'step']);
    expect(document.activeElement).toBe(within(visits[1]!).getByRole('heading', { name: 'Same choice as the elite rep' }));
  });

  it('keeps the step and shows the message when a choice fails', async () => {
    const user = userEvent.setup();
    const api = replayBackend();
    api.choose = vi.fn(() => Promise.reject(new ApiError('conflict', 'This replay has already finished.')));
    renderWithApi(<CaseReplayPlayer caseId="price-pushback" profileId="p1" lang="en" />, api);
    await user.click(await screen.findByRole('button', { name: /Send a brochure/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('This replay has already finished.');
    expect(screen.getByRole('button', { name: /Send a brochure/ })).toBeTruthy();
  });
});
