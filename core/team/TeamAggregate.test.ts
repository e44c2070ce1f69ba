import { describe, expect, it } from 'vitest';
import { addScore, bestBy, type BestHistory } from './bestHistory';
import { cardKey, TeamAggregate } from './TeamAggregate';
import { answered, caseCompleted, common, DAY, foldAll, quizFinished, rated, START } from './teamSample.fixture';
import { actorKeyOf, readTeamStatement } from './teamStatement';

/** A seeded generator, so a failure can be reproduced. */
function random(seed: number) {
  let s = seed;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function teamRecords(count: number) {
  const next = random(7);
  const reps = Array.from({ length: 6 }, (_, i) => ({ id: `rep-${i}`, name: `Rep ${i}` }));
  const ratings = ['again', 'hard', 'good', 'easy'] as const;
  return Array.from({ length: count }, () => {
    const rep = reps[Math.floor(next() * reps.length)]!;
    const at = START + Math.floor(next() * 90 * DAY);
    const c = common(rep, at, next() < 0.5 ? 'en' : 'zh-CN');
    const kind = next();
    if (kind < 0.4) return answered(c, 'discovery-basics', next() < 0.5 ? 'q-single' : 'q-truefalse', [next() < 0.5 ? 'a' : 'c'], next() < 0.6, ['discover']);
    if (kind < 0.6) return quizFinished(c, 'discovery-basics', Math.round(next() * 100) / 100, next() < 0.5, ['discover']);
    if (kind < 0.75) return caseCompleted(c, 'price-pushback', Math.round(next() * 100) / 100, [{ step: 'd1', option: next() < 0.5 ? 'b' : 'a', elite: next() < 0.5 }], ['negotiate']);
    return rated(c, 'discovery-basics', 'q-single', ratings[Math.floor(next() * 4)]!, ['discover']);
  });
}

const snapshot = (aggregate: TeamAggregate) => ({ state: JSON.parse(JSON.stringify(aggregate.state)), seen: [...aggregate.seenIds()].sort() });

describe('TeamAggregate', () => {
  it('folds records in batches and out of order to the same state as all at once in time order', () => {
    const records = teamRecords(600);
    const inOrder = [...records].sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    const whole = foldAll(inOrder);
    const shuffled = [...records].reverse();
    const batched = foldAll(shuffled.slice(0, 200));
    // A refresh starts from the cached snapshot, as the back end does.
    const restored = TeamAggregate.restore(JSON.parse(JSON.stringify(batched.state)), batched.seenIds());
    foldAll(shuffled.slice(200, 450), restored);
    foldAll(shuffled.slice(450), restored);
    expect(snapshot(restored)).toEqual(snapshot(whole));
    expect(whole.state.statements).toBe(600);
    expect(Object.keys(whole.state.reps)).toHaveLength(6);
  });

  it('counts a statement sent twice once', () => {
    const statement = answered(common({ id: 'r', name: 'R' }, START), 'discovery-basics', 'q-single', ['a'], false);
    const aggregate = foldAll([statement, statement, { ...statement }]);
    expect(aggregate.state.statements).toBe(1);
    expect(Object.values(aggregate.state.reps)[0]!.answers['en|discovery-basics|q-single']).toEqual({ n: 1, right: 0, wrong: { a: 1 } });
  });

  it('replays review ratings in time order whatever order they arrive in', () => {
    const rep = { id: 'r', name: 'R' };
    const first = rated(common(rep, START), 'discovery-basics', 'q-single', 'again');
    const second = rated(common(rep, START + DAY), 'discovery-basics', 'q-single', 'good');
    const a = foldAll([first, second]).state.reps['account:https://playbook-trainer.org/xapi/activities|r']!;
    const b = foldAll([second, first]).state.reps['account:https://playbook-trainer.org/xapi/activities|r']!;
    expect(b.cards[cardKey('discovery-basics', 'q-single')]).toEqual(a.cards[cardKey('discovery-basics', 'q-single')]);
    expect(a.cards[cardKey('discovery-basics', 'q-single')]!.card.lapses + a.cards[cardKey('discovery-basics', 'q-single')]!.card.reps).toBeGreaterThan(0);
  });
});

describe('bestHistory', () => {
  it('keeps only the points where the best rose, whatever the order', () => {
    const points: [number, number][] = [
      [5, 0.4],
      [1, 0.5],
      [3, 0.7],
      [4, 0.6],
      [8, 0.9],
      [2, 0.3],
    ];
    const forward = points.reduce<BestHistory>((history, [at, score]) => addScore(history, at, score), []);
    const backward = [...points].reverse().reduce<BestHistory>((history, [at, score]) => addScore(history, at, score), []);
    expect(forward).toEqual([
      [1, 0.5],
      [3, 0.7],
      [8, 0.9],
    ]);
    expect(backward).toEqual(forward);
    expect([bestBy(forward, 0), bestBy(forward, 4), bestBy(forward, 9)]).toEqual([undefined, 0.7, 0.9]);
  });
});

describe('readTeamStatement', () => {
  it('reads what a statement is about from the verb and the content extension', () => {
    const event = readTeamStatement(quizFinished(common({ id: 'r', name: 'Rep R' }, START), 'discovery-basics', 0.75, true));
    expect(event).toMatchObject({ kind: 'quiz', quizId: 'discovery-basics', score: 0.75, passed: true, name: 'Rep R', actor: 'account:https://playbook-trainer.org/xapi/activities|r' });
  });

  it('says why a statement cannot be read, and skips ones the view has no use for', () => {
    expect(readTeamStatement([1])).toEqual({ error: 'not a JSON object' });
    const good = answered(common({ id: 'r', name: 'R' }, START), 'discovery-basics', 'q-single', ['a'], false);
    expect(readTeamStatement({ ...good, actor: { name: 'nobody' } })).toEqual({ error: 'no actor account or mbox' });
    expect(readTeamStatement({ ...good, timestamp: 'yesterday' })).toEqual({ error: 'no valid timestamp' });
    expect(readTeamStatement({ ...good, context: { language: 'en' } })).toBeUndefined();
    expect(actorKeyOf({ mbox: 'mailto:li@example.com' })).toBe('mbox:mailto:li@example.com');
  });
});
