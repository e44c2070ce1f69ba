// What the library shows on each playbook card: whether the learner has read it, and how they did in its quiz.
import type { ContentSet } from '../model';
import type { LearnerRecords } from './records';

export interface PlaybookMark {
  playbookId: string;
  read: boolean;
  /** The best finished attempt over the playbook's quizzes; null when none was finished. */
  quiz: { best: number; passed: boolean } | null;
}

/** One mark per playbook id (the same id is the same material in every language), in content order. */
export function playbookMarks(content: ContentSet, records: LearnerRecords): PlaybookMark[] {
  const read = new Set(records.reads.map((mark) => mark.playbookId));
  const ids = [...new Set(content.playbooks.map((playbook) => playbook.id))];
  return ids.map((playbookId) => {
    const quizIds = new Set(content.quizzes.filter((quiz) => quiz.playbook === playbookId).map((quiz) => quiz.id));
    const finished = records.quizAttempts.filter((attempt) => quizIds.has(attempt.quizId) && attempt.score !== null);
    const quiz =
      finished.length === 0
        ? null
        : { best: Math.max(...finished.map((attempt) => attempt.score ?? 0)), passed: finished.some((attempt) => attempt.passed === true) };
    return { playbookId, read: read.has(playbookId), quiz };
  });
}
