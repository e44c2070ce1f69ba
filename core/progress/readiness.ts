// Readiness: how close a learner is to the elite benchmark per competency of a learning path, on evidence only:
// quiz and case results and review. Reading shows as progress on the path but proves nothing, so it gives no readiness.
// The formula is documented in docs/grading.md; keep the two in step.
import { READINESS_TARGET, type Competency, type ContentSet, type Lang, type LearningPath, type PathModule } from '../model';
import { retrievability } from '../review/scheduleReview';
import { basisOf, benchmarkFor, readinessAgainst, type ReadinessBasis, type ReadinessBenchmark } from './benchmark';
import { findItem } from '../content/findItem';
import type { LearnerRecords, ReviewCardRecord } from './records';

export type ModuleStatus = 'done' | 'in-progress' | 'todo';
export interface PathModuleView extends Pick<PathModule, 'kind' | 'id' | 'competency'> {
  title: string;
  status: ModuleStatus;
  /** Best score 0–1 for quizzes and cases, when attempted. */
  best?: number;
}
export interface CompetencyReadiness extends Competency {
  /** 0–1: `measured` as a share of `benchmark` (of full marks when there is none), capped at 100%. */
  readiness: number;
  /** How many of the `assessed` modules have evidence (a finished quiz or replay with a score above 0). */
  evidence: number;
  modules: number;
  /** Modules that can give evidence: quizzes, cases, and playbooks whose quiz the path does not list itself. */
  assessed: number;
  /** 0–1: mean evidence of the assessed modules × review factor, against full marks. */
  measured: number;
  /** The elite reps' mean evidence on this competency, when measured; readiness 100% means reaching it. */
  benchmark?: number;
}
export interface PathView extends Pick<LearningPath, 'id' | 'lang' | 'role' | 'title'> {
  modules: PathModuleView[];
  competencies: CompetencyReadiness[];
  overall: number;
  target: number;
  /** What 100% means: full marks, the elite benchmark, or each where it applies. */
  basis: ReadinessBasis;
}

/** Review can pull a competency down by at most this much for forgetting, and as much again for lapses. */
export const REVIEW_PULL = 0.1;

export interface ModuleProgress {
  status: ModuleStatus;
  /** Best finished score 0–1 (quizzes and cases). */
  best?: number;
  /** 0–1 evidence towards the competency. */
  evidence: number;
  /** Whether the module can give evidence at all; one that cannot is left out of its competency's mean. */
  assessed: boolean;
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
  return { status, evidence: best ?? 0, assessed: true, ...(best === undefined ? {} : { best }) };
}

function caseProgress(caseId: string, records: LearnerRecords): ModuleProgress {
  const attempts = records.replayAttempts.filter((attempt) => attempt.caseId === caseId);
  const best = maxOf(attempts.map((attempt) => attempt.score));
  const status: ModuleStatus = attempts.some((attempt) => attempt.finishedAt) ? 'done' : attempts.length > 0 ? 'in-progress' : 'todo';
  return { status, evidence: best ?? 0, assessed: true, ...(best === undefined ? {} : { best }) };
}

/**
 * A playbook is done once read (or its quiz passed), but reading is no evidence. It is assessed through the quizzes
 * on it that the path does not list as modules of their own: a listed quiz already counts once.
 */
function playbookProgress(playbookId: string, content: ContentSet, records: LearnerRecords, listedQuizIds: ReadonlySet<string>): ModuleProgress {
  const read = records.reads.some((mark) => mark.playbookId === playbookId);
  const quizIds = new Set(content.quizzes.filter((quiz) => quiz.playbook === playbookId).map((quiz) => quiz.id));
  const attempts = records.quizAttempts.filter((attempt) => quizIds.has(attempt.quizId));
  const status: ModuleStatus = read || attempts.some((attempt) => attempt.passed) ? 'done' : 'todo';
  const unlisted = new Set([...quizIds].filter((quizId) => !listedQuizIds.has(quizId)));
  if (unlisted.size === 0) return { status, evidence: 0, assessed: false };
  const best = maxOf(attempts.filter((attempt) => unlisted.has(attempt.quizId)).map((attempt) => attempt.score));
  return { status, evidence: best ?? 0, assessed: true };
}

/** `listedQuizIds`: the quizzes the path lists as modules (a playbook is assessed only through the others). */
export function moduleStatus(module: PathModule, content: ContentSet, records: LearnerRecords, listedQuizIds: ReadonlySet<string> = new Set()): ModuleProgress {
  switch (module.kind) {
    case 'playbook':
      return playbookProgress(module.id, content, records, listedQuizIds);
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
 * The path with each module's status and readiness per competency and overall (0–1).
 * `records` are one learner's. `benchmark` gives, per competency, the elite reps' mean evidence that counts as 100%;
 * a competency without one is measured against full marks.
 */
export function computeReadiness(
  path: LearningPath,
  content: ContentSet,
  records: LearnerRecords,
  now: Date,
  benchmark?: ReadinessBenchmark,
): PathView {
  const listedQuizIds = new Set(path.modules.filter((module) => module.kind === 'quiz').map((module) => module.id));
  const progress = path.modules.map((module) => ({ module, ...moduleStatus(module, content, records, listedQuizIds) }));
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
    const assessed = own.filter((entry) => entry.assessed);
    const base = assessed.length > 0 ? mean(assessed.map((entry) => entry.evidence)) : 0;
    const factor = reviewFactor(cardsOf(own.map((entry) => entry.module), content, records), now);
    const measured = Math.min(1, Math.max(0, base * factor));
    const elite = benchmarkFor(benchmark, competency.id);
    return {
      ...competency,
      readiness: readinessAgainst(measured, elite),
      evidence: assessed.filter((entry) => entry.evidence > 0).length,
      modules: own.length,
      assessed: assessed.length,
      measured,
      ...(elite === undefined ? {} : { benchmark: elite }),
    };
  });
  // Competencies the path gives nothing to assess cannot be trained, so they do not count against the learner.
  const trained = competencies.filter((competency) => competency.assessed > 0);
  return {
    id: path.id,
    lang: path.lang,
    role: path.role,
    title: path.title,
    modules,
    competencies,
    overall: trained.length > 0 ? mean(trained.map((competency) => competency.readiness)) : 0,
    target: READINESS_TARGET,
    basis: basisOf(trained.map((competency) => competency.benchmark)),
  };
}
