// What a learner sees of their own progress: the path with readiness, the progress page and the home page.
import type { AttemptRecord, HomeView, PathView, ProgressView } from '../../../core/api/contract';
import type { ContentSet, Lang, LearningPath } from '../../../core/model';
import { READINESS_TARGET } from '../../../core/model';
import { findItem } from '../../../core/content/findItem';
import { computeReadiness } from '../../../core/progress/readiness';
import type { LearnerRecords } from '../../../core/progress/records';
import { weakestSections } from '../../../core/progress/weakestSections';
import { reviewQueue } from '../../../core/review/reviewRecheck';
import type { ProgressStore } from '../../store/ProgressStore';
import { requireItem } from './contentLookup';
import { pathSummary } from './summaries';

export interface LearnerViewDeps {
  content: () => ContentSet;
  store: ProgressStore;
  now: () => Date;
}

const isFinished = <T extends { finishedAt: string | null }>(attempt: T): attempt is T & { finishedAt: string } =>
  attempt.finishedAt !== null;

/** The given path, or the one for the learner's role; null when the content has none for that role. */
function learnerPath(deps: LearnerViewDeps, profileId: string, lang: Lang, pathId?: string): LearningPath | null {
  const { paths } = deps.content();
  if (pathId) return requireItem(paths, pathId, lang, 'learning path');
  const role = deps.store.getProfile(profileId).role;
  const forRole = paths.filter((path) => path.role === role);
  return forRole.find((path) => path.lang === lang) ?? forRole[0] ?? null;
}

export function pathView(deps: LearnerViewDeps, profileId: string, lang: Lang, pathId?: string): PathView | null {
  const path = learnerPath(deps, profileId, lang, pathId);
  return path && computeReadiness(path, deps.content(), deps.store.learnerRecords(profileId), deps.now());
}

export function progressView(deps: LearnerViewDeps, profileId: string, lang: Lang): ProgressView {
  const content = deps.content();
  const records = deps.store.learnerRecords(profileId);
  const path = pathView(deps, profileId, lang);
  return {
    path,
    overall: path?.overall ?? 0,
    target: READINESS_TARGET,
    competencies: path?.competencies ?? [],
    history: attemptHistory(content, records, lang),
    weakest: weakestSections(content, records, lang),
    stats: {
      playbooksRead: new Set(records.reads.map((mark) => mark.playbookId)).size,
      quizzesPassed: new Set(records.quizAttempts.filter((attempt) => attempt.passed).map((attempt) => attempt.quizId)).size,
      casesReplayed: new Set(records.replayAttempts.filter(isFinished).map((attempt) => attempt.caseId)).size,
      reviewCards: records.reviewCards.length,
    },
    basis: path?.basis ?? 'full-marks',
  };
}

/** Finished quiz attempts and replays, newest first, titled in `lang` when possible. A replay passes at the readiness target. */
function attemptHistory(content: ContentSet, records: LearnerRecords, lang: Lang): AttemptRecord[] {
  const record = (
    kind: AttemptRecord['kind'],
    attempt: { id: string; score: number | null; finishedAt: string },
    itemId: string,
    items: readonly { id: string; lang: Lang; title: string }[],
    passed: boolean,
  ): AttemptRecord => ({
    kind,
    id: attempt.id,
    itemId,
    title: findItem(items, itemId, lang)?.title ?? itemId,
    score: attempt.score ?? 0,
    passed,
    finishedAt: attempt.finishedAt,
  });
  const quizzes = records.quizAttempts
    .filter(isFinished)
    .map((attempt) => record('quiz', attempt, attempt.quizId, content.quizzes, attempt.passed ?? false));
  const cases = records.replayAttempts
    .filter(isFinished)
    .map((attempt) => record('case', attempt, attempt.caseId, content.cases, (attempt.score ?? 0) >= READINESS_TARGET));
  return [...quizzes, ...cases].sort((a, b) => b.finishedAt.localeCompare(a.finishedAt));
}

export function homeView(deps: LearnerViewDeps, profileId: string, lang: Lang): HomeView {
  const content = deps.content();
  const profile = deps.store.getProfile(profileId);
  const records = deps.store.learnerRecords(profileId);
  const path = learnerPath(deps, profileId, lang);
  const view = path && computeReadiness(path, content, records, deps.now());
  return {
    profile,
    continueWith: lastUnfinished(content, records, lang),
    dueCount: reviewQueue(records.reviewCards, deps.content(), deps.now()).length,
    nextModule: view?.modules.find((module) => module.status !== 'done') ?? null,
    path: path && pathSummary(path),
    overall: view?.overall ?? 0,
    target: READINESS_TARGET,
    contentErrors: content.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length,
    basis: view?.basis ?? 'full-marks',
  };
}

/** The most recently touched unfinished quiz or replay, else the playbook read last. */
function lastUnfinished(content: ContentSet, records: LearnerRecords, lang: Lang): HomeView['continueWith'] {
  const candidates = [
    ...records.quizAttempts
      .filter((attempt) => attempt.finishedAt === null)
      .map((attempt) => ({
        kind: 'quiz' as const,
        id: attempt.quizId,
        at: attempt.answers.at(-1)?.answeredAt ?? attempt.startedAt,
        title: findItem(content.quizzes, attempt.quizId, lang)?.title,
      })),
    ...records.replayAttempts
      .filter((attempt) => attempt.finishedAt === null)
      .map((attempt) => ({
        kind: 'case' as const,
        id: attempt.caseId,
        at: attempt.startedAt,
        title: findItem(content.cases, attempt.caseId, lang)?.title,
      })),
  ].filter((candidate) => candidate.title !== undefined);
  const latest = candidates.sort((a, b) => b.at.localeCompare(a.at))[0];
  if (latest) return { kind: latest.kind, id: latest.id, title: latest.title! };
  const lastRead = [...records.reads].sort((a, b) => b.readAt.localeCompare(a.readAt))[0];
  const playbook = lastRead && findItem(content.playbooks, lastRead.playbookId, lang);
  return playbook ? { kind: 'playbook', id: playbook.id, title: playbook.title } : null;
}
