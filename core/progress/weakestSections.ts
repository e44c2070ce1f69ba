// Where a learner keeps slipping: the playbook sections that missed questions refer to.
import type { ContentSet, Lang } from '../model';
import { findItem } from '../content/findItem';
import type { LearnerRecords } from './records';

/** A section the learner missed questions on, and how often. */
export interface WeakSection {
  playbookId: string;
  anchor: string;
  title: string;
  misses: number;
}

/**
 * Counts, per `ref` section, the quiz answers not fully right and the review lapses of questions pointing there.
 * Refs that no longer resolve to a section are left out: there is nothing to send the learner to.
 */
export function weakestSections(content: ContentSet, records: LearnerRecords, lang: Lang, limit = 5): WeakSection[] {
  const misses = new Map<string, number>();
  const count = (quizId: string, quizLang: Lang, questionId: string, times: number) => {
    const ref = findItem(content.quizzes, quizId, quizLang)?.questions.find((question) => question.id === questionId)?.ref;
    if (ref && times > 0) misses.set(ref, (misses.get(ref) ?? 0) + times);
  };
  for (const attempt of records.quizAttempts) {
    for (const answer of attempt.answers) if (!answer.correct) count(attempt.quizId, attempt.lang, answer.questionId, 1);
  }
  for (const card of records.reviewCards) count(card.quizId, card.lang, card.questionId, card.lapses);

  const sections = [...misses].flatMap(([ref, times]) => {
    const [playbookId = '', anchor = ''] = ref.split('#');
    const section = findItem(content.playbooks, playbookId, lang)?.sections.find((candidate) => candidate.anchor === anchor);
    return section ? [{ playbookId, anchor, title: section.title, misses: times }] : [];
  });
  return sections.sort((a, b) => b.misses - a.misses || a.title.localeCompare(b.title)).slice(0, limit);
}
