import { describe, expect, it } from 'vitest';
import { answerFeedback } from './answerFeedback';
import { recall, single } from './sampleQuiz.fixture';

const render = (markdown: string) => `<p>${markdown}</p>`;

describe('answerFeedback', () => {
  it('renders the explanation and the chosen options’ feedback, and gives the solution', () => {
    const feedback = answerFeedback(single, { ok: true, score: 0, correct: false, feedback: ['Too early.'] }, render);
    expect(feedback).toEqual({
      questionId: 'q-single',
      correct: false,
      score: 0,
      explainHtml: '<p>Goals before solutions.</p>',
      feedbackHtml: ['<p>Too early.</p>'],
      solution: { type: 'single', choice: 1 },
    });
  });

  it('adds the back of a recall card and leaves the section reference out', () => {
    const feedback = answerFeedback(recall, { ok: true, score: 1, correct: true, feedback: [] }, render);
    expect(feedback.backHtml).toBe('<p>The worst deal you will still sign.</p>');
    expect(feedback).not.toHaveProperty('ref');
  });
});
