import { describe, expect, it } from 'vitest';
import { ReplaySession } from './ReplaySession';
import { replayView, type ReplayRenderContext } from './replayView';
import { sampleCase } from './sampleCase.fixture';

const context: ReplayRenderContext = {
  render: (markdown) => `<p>${markdown}</p>`,
  resolveRef: (ref) => (ref === 'negotiation#price-objection' ? { playbookId: 'negotiation', anchor: 'price-objection', title: 'Price objection' } : undefined),
};

const SEED = 7;

/** The original option indices of the first decision, in the order a replay with this seed shows them. */
function shownOrder(seed: number): number[] {
  const session = new ReplaySession(sampleCase);
  session.advance();
  return replayView('r-1', session, seed, context).current!.decision!.options.map((option) => option.index);
}

describe('replayView', () => {
  it('shows the current decision with rendered options and no result while running', () => {
    const session = new ReplaySession(sampleCase);
    session.advance();
    const view = replayView('r-1', session, SEED, context);
    expect(view).toMatchObject({ replayId: 'r-1', caseId: 'price-pushback', title: 'Price pushback', finished: false, history: [] });
    expect(view.current).toEqual({
      id: 'd1',
      narrativeHtml: '<p>They ask for your best price.</p>',
      decision: {
        promptHtml: '<p>What do you say?</p>',
        // Seed 7 happens to put this decision's options in this order.
        options: [
          { index: 2, html: '<p>Send a brochure</p>' },
          { index: 0, html: '<p>Quote the list price</p>' },
          { index: 1, html: '<p>Ask about their goals</p>' },
        ],
      },
    });
    expect(view.narrative.map((step) => step.stepId)).toEqual(['intro', 'd1']);
    expect(view.result).toBeUndefined();
  });

  it('shows each choice next to the elite one with the commentary, and the result at the end', () => {
    const session = new ReplaySession(sampleCase, [0, 0]);
    session.advance();
    const view = replayView('r-1', session, SEED, context);
    expect(view.current).toBeNull();
    expect(view.history[0]).toEqual({
      stepId: 'd1',
      promptHtml: '<p>What do you say?</p>',
      chosen: { index: 0, html: '<p>Quote the list price</p>', outcomeHtml: '<p>They anchor on it.</p>', points: 0 },
      elite: { index: 1, html: '<p>Ask about their goals</p>', outcomeHtml: '<p>They open up.</p>', points: 3 },
      commentaryHtml: '<p>Goals first: price without context anchors low.</p>',
      matchedElite: false,
    });
    expect(view.history[1]?.matchedElite).toBe(true);
    expect(view.result).toMatchObject({ score: 0.5, points: 3, elitePoints: 6, debriefHtml: '<p>Lead with goals.</p>' });
    expect(view.result?.divergences.map((divergence) => divergence.stepId)).toEqual(['d1']);
    expect(view.result?.lessons).toEqual([
      { html: '<p>Ask before you quote.</p>', ref: { playbookId: 'negotiation', anchor: 'price-objection', title: 'Price objection' } },
      { html: '<p>Know your walk-away point.</p>' },
    ]);
  });

  it('shows a decision in the same order for the same seed, and puts the elite option in every place across attempts', () => {
    expect(shownOrder(SEED)).toEqual(shownOrder(SEED));
    const elite = sampleCase.steps.find((step) => step.id === 'd1')!.decision!.options.findIndex((option) => option.elite);
    const elitePlaces = new Set(Array.from({ length: 40 }, (_, seed) => shownOrder(seed).indexOf(elite)));
    expect(elitePlaces).toEqual(new Set([0, 1, 2]));
    for (let seed = 0; seed < 40; seed++) expect([...shownOrder(seed)].sort()).toEqual([0, 1, 2]);
  });
});
