// Readiness: how close a learner is to the elite benchmark (1.0) per competency of a learning path.
// The formula is documented in docs/grading.md; keep the two in step.
import type { CompetencyReadiness, ModuleStatus, PathModuleView, PathView } from '../api/contract';
import { READINESS_TARGET, type ContentSet, type Lang, type LearningPath, type PathModule } from '../model';
import { retrievability } from '../review/scheduleReview';
import { findItem } from './findItem';
import type { LearnerRecords, ReviewCardRecord } from './records';

/** Reading a playbook is evidence, but less than passing its quiz. */
export const READ_EVIDENCE = 0.6;
/** Review can pull a competency down by at most this much for forgetting, and as much again for lapses. */
export const REVIEW_PULL = 0.1;

export interface ModuleProgress {
  status: ModuleStatus;
  /** Best finished score 0–1 (quizzes and cases). */
  best?: number;
  /** 0–1 evidence towards the competency. */
  evidence: number;
}

const maxOf = (scores: (number | null)[]) => {
  const finished = scores.filter((score): score is number => score !== null);
  return finished.length > 0 ? Math.max(...finished) : undefined;
};
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function quizProgress(quizId: string, records: LearnerRecords): ModuleProgress {
  const attempts = records.quizAttempts.filter((attempt) => attempt.quizId === quizId);
  const best = maxOf(attempts.map((attempt) => attempt.score));
  const status: ModuleStatus = attempts.some((attempt) => attempt.passed) ? 'done' : attempts.length > 0 ? 'in-progress' : 'todo';
  return { status, evidence: best ?? 0, ...(best === undefined ? {} : { best }) };
}

function caseProgress(caseId: string, records: LearnerRecords): ModuleProgress {
  const attempts = records.replayAttempts.filter((attempt) => attempt.caseId === caseId);
  const best = maxOf(attempts.map((attempt) => attempt.score));
  const status: ModuleStatus = attempts.some((attempt) => attempt.finishedAt) ? 'done' : attempts.length > 0 ? 'in-progress' : 'todo';
  return { status, evidence: best ?? 0, ...(best === undefined ? {} : { best }) };
}

function playbookProgress(playbookId: string, content: ContentSet, records: LearnerRecords): ModuleProgress {
  const read = records.reads.some((mark) => mark.playbookId === playbookId);
  const quizIds = new Set(content.quizzes.filter((quiz) => quiz.playbook === playbookId).map((quiz) => quiz.id));
  const quizPassed = records.quizAttempts.some((attempt) => quizIds.has(attempt.quizId) && attempt.passed);
  // Without a quiz there is nothing more to prove than having read it.
  const evidence = quizPassed || (read && quizIds.size === 0) ? 1 : read ? READ_EVIDENCE : 0;
  return { status: read || quizPassed ? 'done' : 'todo', evidence };
}

export function moduleStatus(module: PathModule, content: ContentSet, records: LearnerRecords): ModuleProgress {
  switch (module.kind) {
    case 'playbook':
      return playbookProgress(module.id, content, records);
    case 'quiz':
      return quizProgress(module.id, records);
    case 'case':
      return caseProgress(module.id, records);
  }
}

/** Review cards of the competency's quizzes, and of quizzes on its playbooks. */
function cardsOf(modules: PathModule[], content: ContentSet, records: LearnerRecords): ReviewCardRecord[] {
  const playbookIds = new Set(modules.filter((module) => module.kind === 'playbook').map((module) => module.id));
  const quizIds = new Set([
    ...modules.filter((module) => module.kind === 'quiz').map((module) => module.id),
    ...content.quizzes.filter((quiz) => playbookIds.has(quiz.playbook)).map((quiz) => quiz.id),
  ]);
  return records.reviewCards.filter((card) => quizIds.has(card.quizId));
}

/** 1 without review history; lower as the learner forgets (mean retrievability) and lapses (share of cards ever lapsed). */
export function reviewFactor(cards: ReviewCardRecord[], now: Date): number {
  const reviewed = cards.filter((card) => card.state !== 'new');
  if (reviewed.length === 0) return 1;
  const remembered = mean(reviewed.map((card) => retrievability(card, now)));
  const lapsedShare = reviewed.filter((card) => card.lapses > 0).length / reviewed.length;
  return 1 - REVIEW_PULL * (1 - remembered) - REVIEW_PULL * lapsedShare;
}

function titleOf(module: PathModule, content: ContentSet, lang: Lang): string {
  const items = { playbook: content.playbooks, quiz: content.quizzes, case: content.cases }[module.kind];
  return findItem<{ id: string; lang: Lang; title: string }>(items, module.id, lang)?.title ?? module.id;
}

/**
 * The path with each module's status and readiness per competency and overall (0–1 of the elite benchmark).
 * `records` are one learner's.
 */
export function computeReadiness(path: LearningPath, content: ContentSet, records: LearnerRecords, now: Date): PathView {
  const progress = path.modules.map((module) => ({ module, ...moduleStatus(module, content, records) }));
  const modules: PathModuleView[] = progress.map(({ module, status, best }) => ({
    kind: module.kind,
    id: module.id,
    title: titleOf(module, content, path.lang),
    competency: module.competency,
    status,
    ...(best === undefined ? {} : { best }),
  }));
  const competencies: CompetencyReadiness[] = path.competencies.map((competency) => {
    const own = progress.filter((entry) => entry.module.competency === competency.id);
    const base = own.length > 0 ? mean(own.map((entry) => entry.evidence)) : 0;
    const factor = reviewFactor(cardsOf(own.map((entry) => entry.module), content, records), now);
    return {
      ...competency,
      readiness: Math.min(1, Math.max(0, base * factor)),
      evidence: own.filter((entry) => entry.evidence > 0).length,
      modules: own.length,
    };
  });
  // Competencies the path gives no module cannot be trained, so they do not count against the learner.
  const trained = competencies.filter((competency) => competency.modules > 0);
  return {
    id: path.id,
    lang: path.lang,
    role: path.role,
    title: path.title,
    modules,
    competencies,
    overall: trained.length > 0 ? mean(trained.map((competency) => competency.readiness)) : 0,
    target: READINESS_TARGET,
  };
}
