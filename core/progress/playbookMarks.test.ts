import { describe, expect, it } from 'vitest';
import { playbookMarks } from './playbookMarks';
import { content, noRecords, quizAttempt, read } from './sampleContent.fixture';

describe('playbookMarks', () => {
  it('marks nothing for a new learner, one entry per playbook id across languages', () => {
    expect(playbookMarks(content, noRecords())).toEqual([
      { playbookId: 'discovery', read: false, quiz: null },
      { playbookId: 'negotiation', read: false, quiz: null },
    ]);
  });

  it('marks what was read and the best finished quiz result, passed if any attempt passed', () => {
    const records = { ...noRecords(), reads: [read('negotiation')], quizAttempts: [quizAttempt(0.5, false), quizAttempt(0.9, true), quizAttempt(null, null)] };
    expect(playbookMarks(content, records)).toEqual([
      { playbookId: 'discovery', read: false, quiz: { best: 0.9, passed: true } },
      { playbookId: 'negotiation', read: true, quiz: null },
    ]);
  });

  it('shows a failed quiz as not passed, with its score', () => {
    const records = { ...noRecords(), quizAttempts: [quizAttempt(0.4, false)] };
    expect(playbookMarks(content, records)[0]).toEqual({ playbookId: 'discovery', read: false, quiz: { best: 0.4, passed: false } });
  });
});
