import { describe, expect, it } from 'vitest';
import { sampleQuiz } from './sampleQuiz.fixture';
import { scoreAttempt } from './scoreAttempt';

const allRight = sampleQuiz.questions.map((question) => ({ questionId: question.id, score: 1 }));

describe('scoreAttempt', () => {
  it('passes with every question right', () => {
    expect(scoreAttempt(sampleQuiz, allRight)).toEqual({ score: 1, passed: true, correctCount: 7, total: 7, missed: [] });
  });

  it('averages partial credit and counts unanswered questions as 0', () => {
    const answers = [
      { questionId: 'q-single', score: 1 },
      { questionId: 'q-multiple', score: 0.5 },
      { questionId: 'q-order', score: 0.75 },
    ];
    const result = scoreAttempt(sampleQuiz, answers);
    expect(result.score).toBeCloseTo(2.25 / 7);
    expect(result.passed).toBe(false);
    expect(result.correctCount).toBe(1);
    expect(result.missed).toEqual(['q-multiple', 'q-truefalse', 'q-order', 'q-match', 'q-recall', 'q-scenario']);
  });

  it('passes exactly at the pass score, even when the mean carries a rounding error', () => {
    const quiz = { ...sampleQuiz, passScore: 0.7, questions: sampleQuiz.questions.slice(0, 3) };
    // (0.7 + 0.7 + 0.7) / 3 is 0.6999999999999998 in floating point.
    const answers = quiz.questions.map((question) => ({ questionId: question.id, score: 0.7 }));
    expect(scoreAttempt(quiz, answers).passed).toBe(true);
    expect(scoreAttempt(quiz, answers.map((answer) => ({ ...answer, score: 0.69 }))).passed).toBe(false);
  });

  it('ignores answers to questions the quiz no longer has', () => {
    const result = scoreAttempt(sampleQuiz, [...allRight.slice(1), { questionId: 'removed', score: 1 }]);
    expect(result.total).toBe(7);
    expect(result.missed).toEqual(['q-single']);
  });

  it('does not pass an empty quiz', () => {
    expect(scoreAttempt({ ...sampleQuiz, questions: [] }, [])).toMatchObject({ score: 0, passed: false, total: 0 });
  });
});
