// Case replays: the live sessions are kept in memory and the choices in the store, so a restarted host
// rebuilds each replay from its saved choices (narrative steps passed since the last choice are shown again).
import type { ReplayView } from '../../../core/api/contract';
import { ApiError } from '../../../core/api/contract';
import type { CaseReplay, Lang } from '../../../core/model';
import { END } from '../../../core/model';
import type { ReplayAttempt } from '../../../core/progress/records';
import { ReplayError, ReplaySession } from '../../../core/replay/ReplaySession';
import { replayView } from '../../../core/replay/replayView';
import { replayFinishedEvent } from '../../records/learningEvents';
import { requireItem } from '../views/contentLookup';
import type { LearningDeps } from './QuizFlow';

/** A live session and the seed its options are shown in. */
interface Live {
  session: ReplaySession;
  seed: number;
}

/** A session, and whether restoring it passed narrative steps on the learner's behalf. */
interface Restored extends Live {
  caughtUp: boolean;
}

export class ReplayFlow {
  readonly #sessions = new Map<string, Live>();

  constructor(private readonly deps: LearningDeps) {}

  /** Resumes the learner's unfinished replay of this case (same language), else starts a new one. */
  async start(profileId: string, caseId: string, lang: Lang): Promise<ReplayView> {
    const caseReplay = requireItem(this.deps.content().cases, caseId, lang, 'case');
    const open = this.deps.store
      .replayAttempts(profileId)
      .findLast((attempt) => attempt.caseId === caseReplay.id && attempt.lang === caseReplay.lang && attempt.finishedAt === null);
    const restored = open && this.restore(open, caseReplay);
    if (open && restored) return this.view(open.id, restored);
    const attempt = await this.deps.store.startReplayAttempt(profileId, caseReplay.id, caseReplay.lang);
    const live = { session: new ReplaySession(caseReplay), seed: attempt.seed };
    this.#sessions.set(attempt.id, live);
    return this.view(attempt.id, live);
  }

  async choose(replayId: string, option: number): Promise<ReplayView> {
    const live = this.session(replayId);
    this.step(() => live.session.choose(option));
    await this.save(replayId, live.session);
    return this.view(replayId, live);
  }

  async advance(replayId: string): Promise<ReplayView> {
    const live = this.session(replayId);
    const { session, caughtUp } = live;
    // A replay restored after a restart has already passed the narrative up to the next decision: that is the
    // step forward the learner asked for (advancing again would hit the decision, or skip the final step).
    if (!caughtUp) this.step(() => session.advance());
    if (session.finished) await this.save(replayId, session);
    return this.view(replayId, live);
  }

  /** Goes back into a run (finished or not) at one of its decisions: a new attempt, the old one is kept as it was. */
  async retry(replayId: string, decision: number): Promise<ReplayView> {
    const attempt = this.deps.store.getReplayAttempt(replayId);
    const caseReplay = requireItem(this.deps.content().cases, attempt.caseId, attempt.lang, 'case');
    let retry: ReplaySession | undefined;
    try {
      retry = new ReplaySession(caseReplay, attempt.choices).retryFrom(decision);
    } catch (error) {
      if (error instanceof ReplayError && error.code === 'stale-choices') {
        throw new ApiError('conflict', `The case "${attempt.caseId}" changed since this replay; start it again.`);
      }
      if (error instanceof ReplayError && error.code === 'out-of-range') throw new ApiError('bad-request', error.message);
      throw error;
    }
    const next = await this.deps.store.startReplayAttempt(attempt.profileId, caseReplay.id, caseReplay.lang);
    await this.deps.store.saveReplayProgress(next.id, retry.choices);
    // The new attempt's own seed, so its options keep their order if it is resumed after a restart.
    const live = { session: retry, seed: next.seed };
    this.#sessions.set(next.id, live);
    return this.view(next.id, live);
  }

  private session(replayId: string): Restored {
    const live = this.#sessions.get(replayId);
    if (live) return { ...live, caughtUp: false };
    const attempt = this.deps.store.getReplayAttempt(replayId);
    if (attempt.finishedAt !== null) throw new ApiError('conflict', 'This replay is finished; start the case again to replay it.');
    const caseReplay = requireItem(this.deps.content().cases, attempt.caseId, attempt.lang, 'case');
    const restored = this.restore(attempt, caseReplay);
    if (!restored) throw new ApiError('conflict', `The case "${attempt.caseId}" changed since this replay began; start it again.`);
    return restored;
  }

  /**
   * Rebuilds a session from saved choices; null when the case was edited so they no longer fit. Only choices are
   * saved, so narrative steps read since the last one are passed again up to the next decision (they stay in the
   * narrative shown); a final narrative step before the end is kept open, since advancing past it finishes the case.
   */
  private restore(attempt: ReplayAttempt, caseReplay: CaseReplay): Restored | null {
    try {
      const session = new ReplaySession(caseReplay, attempt.choices);
      let caughtUp = false;
      while (session.current && !session.current.decision && (session.current.next ?? END) !== END) {
        session.advance();
        caughtUp = true;
      }
      const live = { session, seed: attempt.seed };
      this.#sessions.set(attempt.id, live);
      return { ...live, caughtUp };
    } catch (error) {
      if (error instanceof ReplayError && error.code === 'stale-choices') return null;
      throw error;
    }
  }

  /** Runs a move; moves the case does not allow (no decision here, option out of range, already ended) are bad requests. */
  private step(move: () => void): void {
    try {
      move();
    } catch (error) {
      if (error instanceof ReplayError && error.code !== 'invalid-case') {
        throw new ApiError(error.code === 'finished' ? 'conflict' : 'bad-request', error.message);
      }
      throw error;
    }
  }

  private async save(replayId: string, session: ReplaySession): Promise<void> {
    const score = session.finished ? session.result().score : undefined;
    await this.deps.store.saveReplayProgress(replayId, session.choices, score);
    if (session.finished) this.#sessions.delete(replayId);
    if (session.finished) await this.deps.record?.(this.deps.store.getReplayAttempt(replayId).profileId, replayFinishedEvent(this.deps.content(), session.caseReplay, session.result(), this.deps.now()));
  }

  private view(replayId: string, { session, seed }: Live): ReplayView {
    const { renderer } = this.deps;
    const { caseReplay } = session;
    return replayView(replayId, session, seed, {
      render: renderer.forSource(caseReplay.source),
      resolveRef: (ref) => renderer.resolveRef(ref, caseReplay.lang),
    });
  }
}
