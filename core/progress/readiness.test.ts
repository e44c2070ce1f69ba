import { describe, expect, it } from 'vitest';
import { scheduleReview } from '../review/scheduleReview';
import { computeReadiness, moduleStatus, reviewFactor } from './readiness';
import type { LearnerRecords, ReviewCardRecord } from './records';
import { content, noRecords, path, quizAttempt, read, replayAttempt, reviewCard, T0 } from './sampleContent.fixture';

const now = new Date(T0);
const DAY = 24 * 60 * 60 * 1000;
const readinessOf = (records: LearnerRecords, at = now) =>
  Object.fromEntries(computeReadiness(path, content, records, at).competencies.map((competency) => [competency.id, competency.readiness]));

/** A card answered right once and again when due: in review, remembered. */
function reviewedCard(questionId: string): ReviewCardRecord {
  const first = scheduleReview(reviewCard(questionId), 'good', now);
  return scheduleReview(first, 'good', new Date(first.due));
}

describe('computeReadiness', () => {
  it('starts at zero with every module to do and the 80% target', () => {
    const view = computeReadiness(path, content, noRecords(), now);
    expect(view.overall).toBe(0);
    expect(view.target).toBe(0.8);
    expect(view.basis).toBe('full-marks');
    expect(view.modules.map((module) => module.status)).toEqual(['todo', 'todo', 'todo', 'todo']);
    expect(view.competencies.map(({ id, readiness, evidence, modules }) => [id, readiness, evidence, modules])).toEqual([
      ['discover', 0, 0, 2],
      ['negotiate', 0, 0, 2],
      ['lead', 0, 0, 0],
    ]);
  });

  it('shows reading as progress on the path but gives no readiness; a quiz pass moves it', () => {
    const records = { ...noRecords(), reads: [read('discovery'), read('negotiation')] };
    const view = computeReadiness(path, content, records, now);
    expect(view.modules.map((module) => module.status)).toEqual(['done', 'todo', 'done', 'todo']);
    expect(view.overall).toBe(0);
    expect(view.competencies.map((competency) => [competency.readiness, competency.evidence])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    records.quizAttempts = [quizAttempt(0.9, true)];
    // The quiz is the discover competency's only assessed module: the playbook it is on counts through it, once.
    expect(readinessOf(records).discover).toBeCloseTo(0.9);
    expect(computeReadiness(path, content, records, now).overall).toBeCloseTo(0.45);
  });

  it('assesses a playbook through a quiz on it that the path does not list', () => {
    const withoutQuiz = { ...path, modules: path.modules.filter((module) => module.kind !== 'quiz') };
    const records = { ...noRecords(), reads: [read('discovery')] };
    const competency = (r: LearnerRecords) => computeReadiness(withoutQuiz, content, r, now).competencies[0]!;
    expect(competency(records)).toMatchObject({ readiness: 0, assessed: 1, evidence: 0, modules: 1 });
    records.quizAttempts = [quizAttempt(0.5, false), quizAttempt(0.75, false)];
    expect(competency(records)).toMatchObject({ readiness: 0.75, evidence: 1 });
  });

  it('leaves a playbook without any quiz out of the mean', () => {
    const view = computeReadiness(path, content, { ...noRecords(), reads: [read('negotiation')], replayAttempts: [replayAttempt(0.6)] }, now);
    expect(view.competencies[1]).toMatchObject({ id: 'negotiate', readiness: 0.6, assessed: 1, modules: 2 });
  });

  it('uses the best finished quiz and replay scores', () => {
    const records = {
      ...noRecords(),
      quizAttempts: [quizAttempt(0.5, false), quizAttempt(0.7, false), quizAttempt(null, null)],
      replayAttempts: [replayAttempt(0.5), replayAttempt(0.25), replayAttempt(null)],
    };
    const view = computeReadiness(path, content, records, now);
    expect(view.modules[1]).toMatchObject({ kind: 'quiz', status: 'in-progress', best: 0.7 });
    expect(view.modules[3]).toMatchObject({ kind: 'case', status: 'done', best: 0.5 });
    expect(readinessOf(records)).toMatchObject({ discover: 0.7, negotiate: 0.5 });
    expect(view.competencies[0]).toMatchObject({ evidence: 1, modules: 2 });
  });

  it('averages only the competencies the path trains into the overall score', () => {
    const records = {
      ...noRecords(),
      reads: [read('discovery'), read('negotiation')],
      quizAttempts: [quizAttempt(1, true)],
      replayAttempts: [replayAttempt(0.7)],
    };
    const view = computeReadiness(path, content, records, now);
    // discover: the quiz, 1; negotiate: the case, 0.7; lead has no modules.
    expect(view.overall).toBeCloseTo(0.85);
    expect(view.overall).toBeGreaterThanOrEqual(view.target);
  });

  it('is pulled down a little by review lapses and by forgetting', () => {
    const base = { ...noRecords(), reads: [read('discovery')], quizAttempts: [quizAttempt(1, true)] };
    const remembered = { ...base, reviewCards: [reviewedCard('q-single'), reviewedCard('q-order')] };
    const lapsed = { ...base, reviewCards: [reviewedCard('q-single'), { ...reviewedCard('q-order'), lapses: 1 }] };
    const fresh = readinessOf(remembered, new Date(remembered.reviewCards[1]!.lastReview!)).discover!;
    expect(fresh).toBeGreaterThan(0.99);
    const atSameTime = new Date(lapsed.reviewCards[1]!.lastReview!);
    expect(readinessOf(lapsed, atSameTime).discover).toBeCloseTo(fresh - 0.05, 2);
    const monthLater = new Date(now.getTime() + 60 * DAY);
    expect(readinessOf(remembered, monthLater).discover).toBeLessThan(fresh);
    expect(readinessOf(remembered, monthLater).discover).toBeGreaterThan(0.9);
  });

  it('measures against full marks without a benchmark, and against the elite reps’ mean evidence with one', () => {
    const records = { ...noRecords(), quizAttempts: [quizAttempt(0.6, false)], replayAttempts: [replayAttempt(0.9)] };
    const plain = computeReadiness(path, content, records, now);
    expect(plain.basis).toBe('full-marks');
    expect(plain.competencies[0]).toMatchObject({ readiness: 0.6, measured: 0.6 });
    expect(plain.competencies[0]).not.toHaveProperty('benchmark');

    const elite = computeReadiness(path, content, records, now, { discover: 0.75, negotiate: 0.8 });
    expect(elite.basis).toBe('benchmark');
    // 0.6 of 0.75 is 80% of the elite level; 0.9 is beyond the elite's 0.8 and capped at 100%.
    expect(elite.competencies[0]).toMatchObject({ readiness: 0.8, measured: 0.6, benchmark: 0.75 });
    expect(elite.competencies[1]).toMatchObject({ readiness: 1, measured: 0.9, benchmark: 0.8 });
    expect(elite.overall).toBeCloseTo(0.9);

    const partly = computeReadiness(path, content, records, now, { discover: 0.75 });
    expect(partly.basis).toBe('mixed');
    expect(partly.competencies[1]).toMatchObject({ readiness: 0.9 });
  });

  it('names modules in the path language, falling back to another language', () => {
    const titles = computeReadiness(path, content, noRecords(), now).modules.map((module) => module.title);
    expect(titles).toEqual(['需求挖掘', 'Discovery basics', 'Negotiation', 'Price pushback']);
  });
});

describe('moduleStatus', () => {
  it('marks a quiz done only once passed and a case once finished', () => {
    const quiz = { kind: 'quiz' as const, id: 'discovery-basics', competency: 'discover' };
    const replay = { kind: 'case' as const, id: 'price-pushback', competency: 'negotiate' };
    expect(moduleStatus(quiz, content, { ...noRecords(), quizAttempts: [quizAttempt(0.9, true)] })).toEqual({ status: 'done', best: 0.9, evidence: 0.9, assessed: true });
    expect(moduleStatus(replay, content, { ...noRecords(), replayAttempts: [replayAttempt(null)] })).toEqual({ status: 'in-progress', evidence: 0, assessed: true });
  });
});

describe('reviewFactor', () => {
  it('is 1 without reviewed cards and at most 20% lower with every card lapsed and forgotten', () => {
    expect(reviewFactor([], now)).toBe(1);
    expect(reviewFactor([reviewCard('q-single')], now)).toBe(1);
    const lapsed = { ...reviewedCard('q-single'), lapses: 3 };
    const factor = reviewFactor([lapsed], new Date(now.getTime() + 3650 * DAY));
    expect(factor).toBeLessThan(0.9);
    expect(factor).toBeGreaterThanOrEqual(0.8);
  });
});
