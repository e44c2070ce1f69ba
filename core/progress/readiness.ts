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
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** A learner's records indexed by item, so each module is looked up once instead of filtering every record. */
interface RecordIndex {
  quizzes: Map<string, { scores: (number | null)[]; passed: boolean }>;
  cases: Map<string, { scores: (number | null)[]; finished: boolean }>;
  reads: Set<string>;
}

function indexRecords(records: LearnerRecords): RecordIndex {
  const quizzes: RecordIndex['quizzes'] = new Map();
  for (const attempt of records.quizAttempts) {
    const entry = quizzes.get(attempt.quizId) ?? { scores: [], passed: false };
    entry.scores.push(attempt.score);
    entry.passed ||= attempt.passed === true;
    quizzes.set(attempt.quizId, entry);
  }
  const cases: RecordIndex['cases'] = new Map();
  for (const attempt of records.replayAttempts) {
    const entry = cases.get(attempt.caseId) ?? { scores: [], finished: false };
    entry.scores.push(attempt.score);
    entry.finished ||= Boolean(attempt.finishedAt);
    cases.set(attempt.caseId, entry);
  }
  return { quizzes, cases, reads: new Set(records.reads.map((mark) => mark.playbookId)) };
}

/**
 * `best` set only when there is one. Written as an assignment, not a conditional spread: the team view measures
 * every module of every rep, where spreading small objects costs more than the rest of the work.
 */
function withBest<T extends { best?: number }>(target: T, best: number | undefined): T {
  if (best !== undefined) target.best = best;
  return target;
}

function quizProgress(quizId: string, index: RecordIndex): ModuleProgress {
  const attempts = index.quizzes.get(quizId);
  const best = maxOf(attempts?.scores ?? []);
  const status: ModuleStatus = attempts?.passed ? 'done' : attempts ? 'in-progress' : 'todo';
  return withBest<ModuleProgress>({ status, evidence: best ?? 0, assessed: true }, best);
}

function caseProgress(caseId: string, index: RecordIndex): ModuleProgress {
  const attempts = index.cases.get(caseId);
  const best = maxOf(attempts?.scores ?? []);
  const status: ModuleStatus = attempts?.finished ? 'done' : attempts ? 'in-progress' : 'todo';
  return withBest<ModuleProgress>({ status, evidence: best ?? 0, assessed: true }, best);
}

/** The quizzes on a playbook, and those of them the path does not list as modules of their own. */
interface PlaybookQuizzes {
  quizIds: ReadonlySet<string>;
  unlisted: ReadonlySet<string>;
}

function playbookQuizzes(playbookId: string, content: ContentSet, listedQuizIds: ReadonlySet<string>): PlaybookQuizzes {
  const quizIds = new Set(content.quizzes.filter((quiz) => quiz.playbook === playbookId).map((quiz) => quiz.id));
  return { quizIds, unlisted: new Set([...quizIds].filter((quizId) => !listedQuizIds.has(quizId))) };
}

/**
 * A playbook is done once read (or its quiz passed), but reading is no evidence. It is assessed through the quizzes
 * on it that the path does not list as modules of their own: a listed quiz already counts once.
 */
function playbookProgress(playbookId: string, quizzes: PlaybookQuizzes, index: RecordIndex): ModuleProgress {
  const read = index.reads.has(playbookId);
  const status: ModuleStatus = read || [...quizzes.quizIds].some((quizId) => index.quizzes.get(quizId)?.passed) ? 'done' : 'todo';
  if (quizzes.unlisted.size === 0) return { status, evidence: 0, assessed: false };
  const best = maxOf([...quizzes.unlisted].flatMap((quizId) => index.quizzes.get(quizId)?.scores ?? []));
  return { status, evidence: best ?? 0, assessed: true };
}

/** `listedQuizIds`: the quizzes the path lists as modules (a playbook is assessed only through the others). */
export function moduleStatus(module: PathModule, content: ContentSet, records: LearnerRecords, listedQuizIds: ReadonlySet<string> = new Set()): ModuleProgress {
  const index = indexRecords(records);
  switch (module.kind) {
    case 'playbook':
      return playbookProgress(module.id, playbookQuizzes(module.id, content, listedQuizIds), index);
    case 'quiz':
      return quizProgress(module.id, index);
    case 'case':
      return caseProgress(module.id, index);
  }
}

/** Quiz ids whose review cards count for these modules: the modules' quizzes, and the quizzes on their playbooks. */
function cardQuizIds(modules: PathModule[], content: ContentSet): Set<string> {
  const playbookIds = new Set(modules.filter((module) => module.kind === 'playbook').map((module) => module.id));
  return new Set([
    ...modules.filter((module) => module.kind === 'quiz').map((module) => module.id),
    ...content.quizzes.filter((quiz) => playbookIds.has(quiz.playbook)).map((quiz) => quiz.id),
  ]);
}

/** 1 without review history; lower as the learner forgets (mean retrievability) and lapses (share of cards ever lapsed). */
export function reviewFactor(cards: ReviewCardRecord[], now: Date, recall: (card: ReviewCardRecord) => number = (card) => retrievability(card, now)): number {
  const reviewed = cards.filter((card) => card.state !== 'new');
  if (reviewed.length === 0) return 1;
  const remembered = mean(reviewed.map(recall));
  const lapsedShare = reviewed.filter((card) => card.lapses > 0).length / reviewed.length;
  return 1 - REVIEW_PULL * (1 - remembered) - REVIEW_PULL * lapsedShare;
}

function titleOf(module: PathModule, content: ContentSet, lang: Lang): string {
  const items = { playbook: content.playbooks, quiz: content.quizzes, case: content.cases }[module.kind];
  return findItem<{ id: string; lang: Lang; title: string }>(items, module.id, lang)?.title ?? module.id;
}

/**
 * What computing readiness on a path needs from the content, worked out once: the path's modules with their
 * titles and the quizzes behind each playbook, and per competency the quizzes whose review cards count. Many
 * learners measured on one path (the team view) share one plan.
 */
export interface ReadinessPlan {
  path: LearningPath;
  modules: { module: PathModule; title: string; quizzes?: PlaybookQuizzes }[];
  cardQuizIds: ReadonlyMap<string, ReadonlySet<string>>;
}

export function planReadiness(path: LearningPath, content: ContentSet): ReadinessPlan {
  const listedQuizIds = new Set(path.modules.filter((module) => module.kind === 'quiz').map((module) => module.id));
  return {
    path,
    modules: path.modules.map((module) => ({
      module,
      title: titleOf(module, content, path.lang),
      ...(module.kind === 'playbook' ? { quizzes: playbookQuizzes(module.id, content, listedQuizIds) } : {}),
    })),
    cardQuizIds: new Map(path.competencies.map((competency) => [competency.id, cardQuizIds(path.modules.filter((module) => module.competency === competency.id), content)])),
  };
}

function progressOf(entry: ReadinessPlan['modules'][number], index: RecordIndex): ModuleProgress {
  switch (entry.module.kind) {
    case 'playbook':
      return playbookProgress(entry.module.id, entry.quizzes!, index);
    case 'quiz':
      return quizProgress(entry.module.id, index);
    case 'case':
      return caseProgress(entry.module.id, index);
  }
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
  return readinessOnPlan(planReadiness(path, content), records, now, benchmark);
}

/** `computeReadiness` on a plan made once for the path. */
export function readinessOnPlan(plan: ReadinessPlan, records: LearnerRecords, now: Date, benchmark?: ReadinessBenchmark): PathView {
  const { path } = plan;
  const index = indexRecords(records);
  const progress = plan.modules.map((entry) => Object.assign(progressOf(entry, index), { module: entry.module, title: entry.title }));
  const modules: PathModuleView[] = progress.map(({ module, title, status, best }) => withBest<PathModuleView>({ kind: module.kind, id: module.id, title, competency: module.competency, status }, best));
  // Grouped once: a path of many competencies (the team's, every path at once) is measured for hundreds of reps.
  const byCompetency = groupBy(progress, (entry) => entry.module.competency);
  const cardsByQuiz = groupBy(records.reviewCards, (card) => card.quizId);
  // A card can count for several competencies: its retrievability is worked out once.
  const recalled = new Map<ReviewCardRecord, number>();
  const recall = (card: ReviewCardRecord) => {
    let value = recalled.get(card);
    if (value === undefined) recalled.set(card, (value = retrievability(card, now)));
    return value;
  };
  const competencies: CompetencyReadiness[] = path.competencies.map((competency) => {
    const own = byCompetency.get(competency.id) ?? [];
    const assessed = own.filter((entry) => entry.assessed);
    const base = assessed.length > 0 ? mean(assessed.map((entry) => entry.evidence)) : 0;
    const cards = [...(plan.cardQuizIds.get(competency.id) ?? [])].flatMap((quizId) => cardsByQuiz.get(quizId) ?? []);
    const factor = reviewFactor(cards, now, recall);
    const measured = Math.min(1, Math.max(0, base * factor));
    const elite = benchmarkFor(benchmark, competency.id);
    const view: CompetencyReadiness = Object.assign({}, competency, {
      readiness: readinessAgainst(measured, elite),
      evidence: assessed.filter((entry) => entry.evidence > 0).length,
      modules: own.length,
      assessed: assessed.length,
      measured,
    });
    if (elite !== undefined) view.benchmark = elite;
    return view;
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
