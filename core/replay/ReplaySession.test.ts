import { describe, expect, it } from 'vitest';
import type { CaseReplay } from '../model';
import { ReplayError, ReplaySession, type ReplayErrorCode } from './ReplaySession';
import { sampleCase } from './sampleCase.fixture';

function errorCode(action: () => unknown): ReplayErrorCode | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof ReplayError) return error.code;
    throw error;
  }
  return undefined;
}

/** Plays a whole run: advances through narrative steps, takes the given choices at decisions. */
function play(choices: number[]): ReplaySession {
  const session = new ReplaySession(sampleCase);
  const pending = [...choices];
  while (!session.finished) {
    if (session.current?.decision) session.choose(pending.shift()!);
    else session.advance();
  }
  return session;
}

describe('ReplaySession', () => {
  it('starts at the start step and walks narrative steps with advance', () => {
    const session = new ReplaySession(sampleCase);
    expect(session.current?.id).toBe('intro');
    expect(session.finished).toBe(false);
    session.advance();
    expect(session.current?.id).toBe('d1');
    expect(session.visited.map((step) => step.id)).toEqual(['intro', 'd1']);
  });

  it('scores the elite path 100% with no divergences', () => {
    const result = play([1, 0]).result();
    expect(result).toMatchObject({ score: 1, points: 6, elitePoints: 6, divergences: [] });
    expect(result.history.map((record) => record.matchedElite)).toEqual([true, true]);
  });

  it('scores a diverging run as a share of the elite points and explains the divergence', () => {
    const session = play([0, 0]);
    expect(session.visited.map((step) => step.id)).toEqual(['intro', 'd1', 'd2', 'close']);
    const result = session.result();
    expect(result.score).toBe(0.5);
    expect(result.divergences).toEqual([
      {
        stepId: 'd1',
        prompt: 'What do you say?',
        chosen: { index: 0, option: sampleCase.steps[1]!.decision!.options[0] },
        elite: { index: 1, option: sampleCase.steps[1]!.decision!.options[1] },
        commentary: 'Goals first: price without context anchors low.',
        matchedElite: false,
      },
    ]);
    expect(result.debrief).toBe('Lead with goals.');
    expect(result.lessons).toHaveLength(2);
  });

  it('ends early on an option leading to the end', () => {
    const session = new ReplaySession(sampleCase, [2]);
    expect(session.finished).toBe(true);
    expect(session.current).toBeNull();
    expect(session.result().score).toBeCloseTo(1 / 6);
  });

  it('caps the score at 100% when a longer detour earns more raw points', () => {
    const result = play([1, 1, 0]).result();
    expect(result.points).toBe(8);
    expect(result.score).toBe(1);
    expect(result.divergences.map((record) => record.stepId)).toEqual(['d2']);
  });

  it('refuses to choose where there is no decision, and to advance past a decision', () => {
    const session = new ReplaySession(sampleCase);
    expect(errorCode(() => session.choose(0))).toBe('no-decision');
    session.advance();
    expect(errorCode(() => session.advance())).toBe('decision-pending');
    expect(session.current?.id).toBe('d1');
  });

  it('refuses options out of range', () => {
    const session = new ReplaySession(sampleCase);
    session.advance();
    for (const option of [3, -1, 1.5]) expect(errorCode(() => session.choose(option))).toBe('out-of-range');
    expect(session.choices).toEqual([]);
  });

  it('refuses to go on after the end', () => {
    const session = play([1, 0]);
    expect(errorCode(() => session.choose(0))).toBe('finished');
    expect(errorCode(() => session.advance())).toBe('finished');
  });

  it('restores from saved choices to where the last choice led', () => {
    const live = new ReplaySession(sampleCase);
    live.advance();
    live.choose(0);
    const restored = new ReplaySession(sampleCase, live.choices);
    expect(restored.choices).toEqual([0]);
    expect(restored.current?.id).toBe('d2');
    expect(restored.history).toEqual(live.history);
    expect(restored.visited).toEqual(live.visited);
    restored.choose(0);
    restored.advance();
    expect(restored.result().score).toBe(0.5);
  });

  it('reports saved choices that no longer fit an edited case as stale', () => {
    expect(errorCode(() => new ReplaySession(sampleCase, [1, 7]))).toBe('stale-choices');
    expect(errorCode(() => new ReplaySession(sampleCase, [2, 0]))).toBe('stale-choices');
  });

  it('reports broken case structure instead of looping', () => {
    const loop: CaseReplay = {
      ...sampleCase,
      start: 'a',
      steps: [
        { id: 'a', narrative: 'A', next: 'b', line: 1 },
        { id: 'b', narrative: 'B', next: 'a', line: 2 },
      ],
    };
    expect(errorCode(() => new ReplaySession(loop, [0]))).toBe('invalid-case');
    const missing: CaseReplay = { ...sampleCase, start: 'nowhere' };
    expect(errorCode(() => new ReplaySession(missing))).toBe('invalid-case');
  });
});

describe('ReplaySession.decisionProgress', () => {
  it('counts the decision open now against those taken and those ahead on the elite path', () => {
    const session = new ReplaySession(sampleCase);
    expect(session.decisionProgress()).toEqual({ n: 0, total: 2 });
    session.advance();
    expect(session.decisionProgress()).toEqual({ n: 1, total: 2 });
    session.choose(1);
    expect(session.decisionProgress()).toEqual({ n: 2, total: 2 });
  });

  it('grows when a branch adds a decision, shrinks when one ends the case early', () => {
    const detour = play([1, 1, 0]);
    expect(detour.decisionProgress()).toEqual({ n: 3, total: 3 });
    const trial = new ReplaySession(sampleCase, [1, 1]);
    expect(trial.current?.id).toBe('trial');
    expect(trial.decisionProgress()).toEqual({ n: 3, total: 3 });
    const early = play([2]);
    expect(early.decisionProgress()).toEqual({ n: 1, total: 1 });
  });
});

describe('ReplaySession.retryFrom', () => {
  it('keeps the choices before the decision and stops at it, leaving the finished run as it was', () => {
    const finished = play([0, 1, 0]);
    const retry = finished.retryFrom(1);
    expect(retry.choices).toEqual([0]);
    expect(retry.current?.id).toBe('d2');
    expect(retry.finished).toBe(false);
    expect(retry.visited.map((step) => step.id)).toEqual(['intro', 'd1', 'd2']);
    expect(finished.choices).toEqual([0, 1, 0]);
    retry.choose(0);
    retry.advance();
    expect(retry.result()).toMatchObject({ points: 3, score: 0.5 });
    expect(retry.finished).toBe(true);
  });

  it('goes back to the first decision, passing the narrative before it', () => {
    const retry = play([1, 0]).retryFrom(0);
    expect(retry.current?.id).toBe('d1');
    expect(retry.history).toEqual([]);
  });

  it('refuses a decision the run did not take', () => {
    const session = play([1, 0]);
    expect(errorCode(() => session.retryFrom(2))).toBe('out-of-range');
    expect(errorCode(() => session.retryFrom(-1))).toBe('out-of-range');
  });
});
