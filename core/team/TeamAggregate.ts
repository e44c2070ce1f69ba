// The team's learning records folded into what the team view needs, one statement at a time, so a refresh only
// reads what is new. The state is plain JSON (cached in the data folder between runs); every fold is
// order-independent (best-score histories, counts, review cards replayed in time order), so folding records in
// batches gives the same state as folding them all at once.
import { newReviewCard, scheduleReview, type ReviewCard } from '../review/scheduleReview';
import { addScore, type BestHistory } from './bestHistory';
import type { TeamEvent, TeamRating } from './teamStatement';

const RATING_ORDER: TeamRating[] = ['again', 'hard', 'good', 'easy'];

/** One rep's answers to one question in one language: how often, how often right, and each wrong option's count. */
export interface RepAnswers {
  n: number;
  right: number;
  /** optionKey → times chosen in a wrong answer (choice and true/false questions only). */
  wrong: Record<string, number>;
}

/** A review card rebuilt from the rep's ratings: `ratings` holds `[at, rating index]` pairs in time order. */
export interface RepCard {
  ratings: number[];
  card: ReviewCard;
}

export interface RepState {
  name: string;
  first: number;
  last: number;
  /** Playbook id → when first read. */
  reads: Record<string, number>;
  quizzes: Record<string, BestHistory>;
  passed: Record<string, number>;
  cases: Record<string, BestHistory>;
  /** `answerKey(lang, quizId, questionId)` → answers. */
  answers: Record<string, RepAnswers>;
  /** `cardKey(quizId, questionId)` → card. */
  cards: Record<string, RepCard>;
}

/** One decision of a case, over every finished replay. */
export interface CaseStepTally {
  attempts: number;
  offElite: number;
  /** The elite option's key, once seen. */
  elite?: string;
  options: Record<string, number>;
}

export interface TeamState {
  version: 1;
  statements: number;
  /** The newest event time folded (ms): "now" for the views, so they do not depend on the clock. */
  latest: number;
  reps: Record<string, RepState>;
  /** Case id → step id → tally. */
  cases: Record<string, Record<string, CaseStepTally>>;
}

export const answerKey = (lang: string, quizId: string, questionId: string) => `${lang}|${quizId}|${questionId}`;
export const cardKey = (quizId: string, questionId: string) => `${quizId}|${questionId}`;

/** A 52-bit hash of a statement id (two 32-bit FNV-1a passes): a million ids fit in a few MB, collisions are negligible. */
export function statementIdHash(id: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < id.length; i++) {
    const code = id.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff);
}

function emptyRep(name: string, at: number): RepState {
  return { name, first: at, last: at, reads: {}, quizzes: {}, passed: {}, cases: {}, answers: {}, cards: {} };
}

function replayCard(ratings: number[]): ReviewCard {
  let card = newReviewCard(new Date(ratings[0] as number));
  for (let i = 0; i < ratings.length; i += 2) card = scheduleReview(card, RATING_ORDER[ratings[i + 1] as number] as TeamRating, new Date(ratings[i] as number));
  return card;
}

function foldRating(rep: RepState, key: string, at: number, rating: TeamRating): void {
  const index = RATING_ORDER.indexOf(rating);
  const existing = rep.cards[key];
  if (!existing) {
    rep.cards[key] = { ratings: [at, index], card: scheduleReview(newReviewCard(new Date(at)), rating, new Date(at)) };
    return;
  }
  const lastAt = existing.ratings[existing.ratings.length - 2] as number;
  if (at >= lastAt) {
    existing.ratings.push(at, index);
    existing.card = scheduleReview(existing.card, rating, new Date(at));
    return;
  }
  // A rating older than the newest: put it in its place and replay, as if it had come in order.
  let position = 0;
  while (position < existing.ratings.length && (existing.ratings[position] as number) <= at) position += 2;
  existing.ratings.splice(position, 0, at, index);
  existing.card = replayCard(existing.ratings);
}

export class TeamAggregate {
  private constructor(
    readonly state: TeamState,
    private readonly seen: Set<number>,
  ) {}

  static empty(): TeamAggregate {
    return new TeamAggregate({ version: 1, statements: 0, latest: 0, reps: {}, cases: {} }, new Set());
  }

  /** From a cached snapshot; `seen` are the statement id hashes already folded. */
  static restore(state: TeamState, seen: Iterable<number>): TeamAggregate {
    return new TeamAggregate(state, new Set(seen));
  }

  /** The hashes of every statement id folded, for the cache. */
  seenIds(): Float64Array {
    return Float64Array.from(this.seen);
  }

  /** Folds one event; false when a statement with the same id was folded before (a re-send or a second export). */
  fold(event: TeamEvent): boolean {
    const hash = statementIdHash(event.id);
    if (this.seen.has(hash)) return false;
    this.seen.add(hash);
    const state = this.state;
    state.statements++;
    state.latest = Math.max(state.latest, event.at);
    let rep = state.reps[event.actor];
    if (!rep) rep = state.reps[event.actor] = emptyRep(event.name, event.at);
    if (event.at >= rep.last) rep.name = event.name;
    rep.first = Math.min(rep.first, event.at);
    rep.last = Math.max(rep.last, event.at);
    switch (event.kind) {
      case 'read':
        rep.reads[event.playbookId] = Math.min(rep.reads[event.playbookId] ?? event.at, event.at);
        break;
      case 'answer': {
        const key = answerKey(event.lang, event.quizId, event.questionId);
        const answers = (rep.answers[key] ??= { n: 0, right: 0, wrong: {} });
        answers.n++;
        if (event.success) answers.right++;
        else if (event.choice) for (const option of event.options) answers.wrong[option] = (answers.wrong[option] ?? 0) + 1;
        break;
      }
      case 'quiz':
        rep.quizzes[event.quizId] = addScore(rep.quizzes[event.quizId] ?? [], event.at, event.score);
        if (event.passed) rep.passed[event.quizId] = Math.min(rep.passed[event.quizId] ?? event.at, event.at);
        break;
      case 'case': {
        rep.cases[event.caseId] = addScore(rep.cases[event.caseId] ?? [], event.at, event.score);
        const steps = (state.cases[event.caseId] ??= {});
        for (const choice of event.choices) {
          const tally = (steps[choice.step] ??= { attempts: 0, offElite: 0, options: {} });
          tally.attempts++;
          tally.options[choice.option] = (tally.options[choice.option] ?? 0) + 1;
          if (choice.elite) tally.elite = choice.option;
          else tally.offElite++;
        }
        break;
      }
      case 'rating':
        foldRating(rep, cardKey(event.quizId, event.questionId), event.at, event.rating);
        break;
    }
    return true;
  }
}
