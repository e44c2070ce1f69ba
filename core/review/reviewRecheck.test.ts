import { describe, expect, it } from 'vitest';
import { contentOf, PLAYBOOK, SAMPLE, withText } from '../authoring/sampleTexts.fixture';
import { cardRefHash, reviewQueue } from './reviewRecheck';

describe('change-driven re-checks for learners', () => {
  const before = contentOf(SAMPLE);
  const edited = contentOf(withText('playbooks/en/discovery-call.md', PLAYBOOK.replace('Read the notes.', 'Read the notes and the contract.')));

  it('brings a learner card answered before the change back now, marked updated, ahead of scheduled cards', () => {
    const card = (questionId: string, due: string) => ({
      quizId: 'discovery-quiz', questionId, lang: 'en' as const, due, state: 'review' as const, stability: 10, difficulty: 5,
      elapsedDays: 0, scheduledDays: 10, learningSteps: 0, reps: 2, lapses: 0, lastReview: '2025-01-01T00:00:00Z',
    });
    const now = new Date('2025-02-01T12:00:00Z');
    const prep = { ...card('prep-first', '2025-03-01T00:00:00Z'), refHash: cardRefHash(before, { quizId: 'discovery-quiz', questionId: 'prep-first', lang: 'en' }) };
    const signs = { ...card('who-signs', '2025-01-20T00:00:00Z'), refHash: cardRefHash(before, { quizId: 'discovery-quiz', questionId: 'who-signs', lang: 'en' }) };
    const legacy = card('prep-first', '2025-03-01T00:00:00Z');
    expect(reviewQueue([prep, signs, legacy], before, now)).toEqual([{ card: signs, updated: false }]);
    expect(reviewQueue([prep, signs, legacy], edited, now)).toEqual([{ card: prep, updated: true }, { card: signs, updated: false }]);
  });
});
