import { describe, expect, it } from 'vitest';
import { repKey } from '../../test/team/teamStatements';
import { isoWeek } from './isoWeek';
import { MIN_ANSWERS } from './itemAnalysis';
import { answered, caseCompleted, common, DAY, foldAll, quizFinished, START, teamContent } from './teamSample.fixture';
import { benchmarkOf, computeTeamView, repTrend } from './teamView';

const rep = (i: number) => ({ id: `rep-${i}`, name: `Rep ${i}` });
const options = (elite: string[]) => ({ content: teamContent, lang: 'en' as const, elite });

/** Reps 0–1 elite (quiz 0.8 / 0.6, case 1), reps 2–4 ordinary (quiz 0.56, case 0.5). */
function team() {
  const statements: object[] = [];
  const quiz = [0.8, 0.6, 0.56, 0.56, 0.56];
  for (let i = 0; i < 5; i++) {
    statements.push(quizFinished(common(rep(i), START + i * DAY), 'discovery-basics', quiz[i]!, true, ['discover']));
    const elite = i < 2;
    statements.push(caseCompleted(common(rep(i), START + 20 * DAY), 'price-pushback', elite ? 1 : 0.5, [{ step: 'd1', option: elite ? 'b' : 'a', elite }, { step: 'd2', option: 'a', elite: true }], ['negotiate']));
  }
  return foldAll(statements);
}

describe('computeTeamView: the elite benchmark', () => {
  it('measures every rep against the marked elite reps’ mean evidence, capped at 100%', () => {
    const view = computeTeamView(team().state, options([repKey(rep(0)), repKey(rep(1))]));
    expect(view.basis).toBe('benchmark');
    expect(view.competencies.map((c) => [c.id, c.benchmark])).toEqual([
      ['discover', 0.7],
      ['negotiate', 1],
    ]);
    const byName = new Map(view.reps.map((r) => [r.name, r]));
    expect(byName.get('Rep 2')!.competencies.discover).toBeCloseTo(0.8);
    expect(byName.get('Rep 2')!.competencies.negotiate).toBeCloseTo(0.5);
    expect(byName.get('Rep 2')!.readiness).toBeCloseTo(0.65);
    // Above the elite mean is 100%, not more.
    expect(byName.get('Rep 0')!.competencies.discover).toBe(1);
    expect(byName.get('Rep 0')!.elite).toBe(true);
    expect(view.reps[0]!.readiness).toBeLessThanOrEqual(view.reps[4]!.readiness);
  });

  it('falls back to full marks without elite reps, and names marked reps the records do not know', () => {
    const view = computeTeamView(team().state, options(['mbox:mailto:nobody@example.com']));
    expect(view.basis).toBe('full-marks');
    expect(view.eliteMissing).toEqual(['mbox:mailto:nobody@example.com']);
    expect(view.competencies.every((c) => c.benchmark === undefined)).toBe(true);
    expect(view.reps.find((r) => r.name === 'Rep 2')!.competencies.discover).toBeCloseTo(0.56);
  });

  it('lists who has stalled: no new best for the given weeks', () => {
    const aggregate = team();
    // Rep 3 improves six weeks later; the others last gained on day 20.
    foldAll([quizFinished(common(rep(3), START + 62 * DAY), 'discovery-basics', 0.9, true, ['discover'])], aggregate);
    const view = computeTeamView(aggregate.state, { ...options([]), stallWeeks: 4 });
    expect(view.reps.filter((r) => r.stalled).map((r) => r.name).sort()).toEqual(['Rep 0', 'Rep 1', 'Rep 2', 'Rep 4']);
    expect(view.reps.find((r) => r.name === 'Rep 3')).toMatchObject({ stalled: false, weeksSinceGain: 0 });
  });

  it('shows a rep’s readiness by ISO week', () => {
    const aggregate = team();
    foldAll([quizFinished(common(rep(2), START + 40 * DAY), 'discovery-basics', 0.7, true, ['discover'])], aggregate);
    const view = computeTeamView(aggregate.state, options([repKey(rep(0)), repKey(rep(1))]));
    const trend = repTrend(aggregate.state, repKey(rep(2)), benchmarkOf(view), options([]), 8);
    expect(trend.at(-1)!.week).toBe(isoWeek(START + 40 * DAY));
    expect(trend.at(-1)!.competencies.discover).toBe(1);
    const before = trend.find((point) => point.week === isoWeek(START + 21 * DAY))!;
    expect(before.competencies.discover).toBeCloseTo(0.8);
    expect(trend.map((point) => point.readiness)).toEqual([...trend.map((point) => point.readiness)].sort((a, b) => a - b));
  });

  it('finds the case decisions where reps leave the elite path', () => {
    const view = computeTeamView(team().state, options([]));
    expect(view.cases.map((c) => [c.step, c.offShare, c.commonDetour?.key])).toEqual([
      ['d1', 0.6, 'a'],
      ['d2', 0, undefined],
    ]);
    expect(view.cases[0]).toMatchObject({ caseTitle: 'Price pushback', commonDetour: { text: 'Quote the list price' } });
  });
});

describe('computeTeamView: item analysis', () => {
  /** 10 reps, 0–2 elite. q-single (right: b): the elite fall for a, the rest mostly answer right. q-truefalse: discriminates well. */
  function answers() {
    const statements: object[] = [];
    for (let i = 0; i < 10; i++) {
      const elite = i < 3;
      for (let k = 0; k < 4; k++) {
        const at = START + (i * 4 + k) * 3_600_000;
        const fooled = elite ? k < 3 : k < 1;
        statements.push(answered(common(rep(i), at), 'discovery-basics', 'q-single', [fooled ? 'a' : 'b'], !fooled));
        const right = elite || k < 2;
        statements.push(answered(common(rep(i), at + 1), 'discovery-basics', 'q-truefalse', [right ? 'false' : 'true'], right, [], 'true-false'));
      }
      statements.push(quizFinished(common(rep(i), START + 30 * DAY), 'discovery-basics', elite ? 0.9 : 0.5, true));
    }
    return foldAll(statements);
  }

  it('computes facility, discrimination against the elite and wrong-option counts, and flags the misleading distractor', () => {
    const view = computeTeamView(answers().state, options([0, 1, 2].map((i) => repKey(rep(i)))));
    expect(view.upperGroup).toBe('elite');
    const single = view.questions.find((q) => q.id === 'q-single')!;
    expect(single.answered).toBe(40);
    expect(single.facility).toBeCloseTo(24 / 40);
    expect(single.discrimination).toBeCloseTo(3 / 12 - 21 / 28);
    expect(single.options).toEqual([
      expect.objectContaining({ key: 'a', chosen: 16, upperShare: 0.75, lowerShare: 0.25, correct: false, misleading: true, text: 'The price' }),
    ]);
    expect(single.flags).toEqual(['misleading-distractor', 'broken']);
    const truefalse = view.questions.find((q) => q.id === 'q-truefalse')!;
    expect(truefalse.discrimination).toBeCloseTo(0.5);
    expect(truefalse.flags).toEqual([]);
    expect(view.questions[0]!.id).toBe('q-single');
  });

  it('uses the top 27% by evidence as the upper group when no elite rep is marked', () => {
    const view = computeTeamView(answers().state, options([]));
    expect(view.upperGroup).toBe('top-group');
    // The top 27% of 10 reps are 3 of the three with 0.9: the same figures as with them marked.
    expect(view.questions.find((q) => q.id === 'q-single')!.discrimination).toBeCloseTo(3 / 12 - 21 / 28);
  });

  it('flags nothing on too few answers', () => {
    const aggregate = foldAll([answered(common(rep(0), START), 'discovery-basics', 'q-single', ['a'], false)]);
    const question = computeTeamView(aggregate.state, options([])).questions[0]!;
    expect(question.answered).toBeLessThan(MIN_ANSWERS);
    expect(question.facility).toBe(0);
    expect(question.flags).toEqual([]);
  });
});
