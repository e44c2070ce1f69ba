import { describe, expect, it } from 'vitest';
import { gradeAnswer, solutionOf, type QuizResponse } from './gradeAnswer';
import { match, multiple, order, recall, sampleQuiz, scenario, single, trueFalse } from './sampleQuiz.fixture';

const scoreOf = (result: ReturnType<typeof gradeAnswer>) => {
  if (!result.ok) throw new Error(result.error);
  return result.score;
};

describe('gradeAnswer', () => {
  it('gives full marks to the solution of every question type', () => {
    for (const question of sampleQuiz.questions) {
      expect(gradeAnswer(question, solutionOf(question)), question.id).toEqual(expect.objectContaining({ ok: true, score: 1, correct: true }));
    }
  });

  it('grades single and scenario all-or-nothing and returns the chosen option feedback', () => {
    expect(gradeAnswer(single, { type: 'single', choice: 1 })).toEqual({ ok: true, score: 1, correct: true, feedback: ['Yes: goals first.'] });
    expect(gradeAnswer(single, { type: 'single', choice: 0 })).toEqual({ ok: true, score: 0, correct: false, feedback: ['Too early.'] });
    expect(gradeAnswer(single, { type: 'single', choice: 2 })).toEqual({ ok: true, score: 0, correct: false, feedback: [] });
    expect(gradeAnswer(scenario, { type: 'scenario', choice: 0 })).toMatchObject({ score: 0, feedback: ['You gave value away.'] });
  });

  it('grades truefalse all-or-nothing', () => {
    expect(scoreOf(gradeAnswer(trueFalse, { type: 'truefalse', value: false }))).toBe(1);
    expect(scoreOf(gradeAnswer(trueFalse, { type: 'truefalse', value: true }))).toBe(0);
  });

  it('grades multiple as (right picks - wrong picks) / correct count, never below 0', () => {
    // Correct options of `multiple`: 0, 1, 3; option 2 is wrong.
    expect(scoreOf(gradeAnswer(multiple, { type: 'multiple', choices: [0, 1] }))).toBeCloseTo(2 / 3);
    expect(scoreOf(gradeAnswer(multiple, { type: 'multiple', choices: [0, 1, 2] }))).toBeCloseTo(1 / 3);
    expect(scoreOf(gradeAnswer(multiple, { type: 'multiple', choices: [0, 1, 2, 3] }))).toBeCloseTo(2 / 3);
    expect(scoreOf(gradeAnswer(multiple, { type: 'multiple', choices: [2] }))).toBe(0);
    expect(scoreOf(gradeAnswer(multiple, { type: 'multiple', choices: [] }))).toBe(0);
    const partial = gradeAnswer(multiple, { type: 'multiple', choices: [1, 2] });
    expect(partial).toEqual({ ok: true, score: 0, correct: false, feedback: ['A strong signal.', 'Not a signal.'] });
  });

  it('counts a repeated pick once', () => {
    expect(scoreOf(gradeAnswer(multiple, { type: 'multiple', choices: [0, 0, 0] }))).toBeCloseTo(1 / 3);
  });

  it('grades order by the share of neighbouring steps kept in the right order', () => {
    // 5 steps → 4 neighbouring pairs.
    expect(scoreOf(gradeAnswer(order, { type: 'order', order: [1, 2, 3, 4, 0] }))).toBe(3 / 4);
    expect(scoreOf(gradeAnswer(order, { type: 'order', order: [0, 1, 3, 2, 4] }))).toBe(1 / 4);
    expect(scoreOf(gradeAnswer(order, { type: 'order', order: [4, 3, 2, 1, 0] }))).toBe(0);
  });

  it('grades match by the share of pairs right', () => {
    expect(scoreOf(gradeAnswer(match, { type: 'match', pairs: [0, 1, 3, 2] }))).toBe(0.5);
    expect(scoreOf(gradeAnswer(match, { type: 'match', pairs: [1, 0, 3, 2] }))).toBe(0);
    expect(scoreOf(gradeAnswer(match, { type: 'match', pairs: [0, 0, 2, 3] }))).toBe(0.75);
  });

  it('takes the learner’s own word for recall cards', () => {
    expect(gradeAnswer(recall, { type: 'recall', remembered: true })).toMatchObject({ score: 1, correct: true });
    expect(gradeAnswer(recall, { type: 'recall', remembered: false })).toMatchObject({ score: 0, correct: false });
  });

  it('is correct only with full marks', () => {
    expect(gradeAnswer(order, { type: 'order', order: [1, 2, 3, 4, 0] })).toMatchObject({ correct: false });
    expect(gradeAnswer(multiple, { type: 'multiple', choices: [0, 1] })).toMatchObject({ correct: false });
  });

  it('returns an error value for a response of another type', () => {
    const result = gradeAnswer(single, { type: 'multiple', choices: [1] });
    expect(result).toEqual({ ok: false, error: 'Answer to question "q-single" (single): got a "multiple" response.' });
  });

  it.each<[string, Parameters<typeof gradeAnswer>[0], QuizResponse, string]>([
    ['single option out of range', single, { type: 'single', choice: 3 }, 'option 3 does not exist (the question has 3).'],
    ['multiple option out of range', multiple, { type: 'multiple', choices: [0, 9] }, 'option 9 does not exist (the question has 4).'],
    ['order with a step missing', order, { type: 'order', order: [0, 1, 2, 3] }, 'the order must list each of the 5 steps exactly once.'],
    ['order with a repeated step', order, { type: 'order', order: [0, 1, 2, 3, 3] }, 'the order must list each of the 5 steps exactly once.'],
    ['order with an unknown step', order, { type: 'order', order: [0, 1, 2, 3, 5] }, 'the order must list each of the 5 steps exactly once.'],
    ['match too short', match, { type: 'match', pairs: [0, 1] }, 'expected a match for each of the 4 left items, got 2.'],
    ['match out of range', match, { type: 'match', pairs: [0, 1, 2, 4] }, 'right item 4 does not exist (the question has 4).'],
  ])('returns an error value for %s', (_, question, response, problem) => {
    const result = gradeAnswer(question, response);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(problem);
  });
});

describe('solutionOf', () => {
  it('gives the right answer in the shape of a response', () => {
    expect(solutionOf(single)).toEqual({ type: 'single', choice: 1 });
    expect(solutionOf(scenario)).toEqual({ type: 'scenario', choice: 1 });
    expect(solutionOf(multiple)).toEqual({ type: 'multiple', choices: [0, 1, 3] });
    expect(solutionOf(trueFalse)).toEqual({ type: 'truefalse', value: false });
    expect(solutionOf(order)).toEqual({ type: 'order', order: [0, 1, 2, 3, 4] });
    expect(solutionOf(match)).toEqual({ type: 'match', pairs: [0, 1, 2, 3] });
    expect(solutionOf(recall)).toEqual({ type: 'recall', remembered: true });
  });
});
