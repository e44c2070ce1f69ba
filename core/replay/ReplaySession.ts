// Walking a case replay: narrative steps are passed with advance(), decisions answered with choose().
// Only the chosen option indices need persisting: replaying them restores the session.
import { END, type CaseLesson, type CaseOption, type CaseReplay, type CaseStep } from '../model';

/** `stale-choices`: saved choices no longer fit the case (it was edited since); start a new replay. */
export type ReplayErrorCode = 'no-decision' | 'decision-pending' | 'out-of-range' | 'finished' | 'invalid-case' | 'stale-choices';

export class ReplayError extends Error {
  constructor(
    readonly code: ReplayErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReplayError';
  }
}

export interface IndexedOption {
  index: number;
  option: CaseOption;
}

/** One decision taken, next to what the elite rep chose there and why. */
export interface ChoiceRecord {
  stepId: string;
  prompt: string;
  chosen: IndexedOption;
  elite: IndexedOption;
  /** The elite rep's reasoning at this step (Markdown, '' when the case gives none). */
  commentary: string;
  matchedElite: boolean;
}

export interface ReplayOutcome {
  /** Points earned as a share of the elite path's points, 0–1. */
  score: number;
  points: number;
  elitePoints: number;
  history: ChoiceRecord[];
  /** The decisions where the learner did not choose as the elite rep did. */
  divergences: ChoiceRecord[];
  debrief: string;
  lessons: CaseLesson[];
}

type Decision = NonNullable<CaseStep['decision']>;

function eliteOf(step: CaseStep, decision: Decision): IndexedOption {
  const index = decision.options.findIndex((option) => option.elite);
  if (index < 0) throw new ReplayError('invalid-case', `Step "${step.id}" has no elite option.`);
  return { index, option: decision.options[index]! };
}

export class ReplaySession {
  readonly #steps: Map<string, CaseStep>;
  readonly #choices: number[] = [];
  readonly #history: ChoiceRecord[] = [];
  readonly #visited: CaseStep[] = [];
  #current: CaseStep | null = null;

  /** Starts at `start`, or restores a session by replaying saved `choices` (narrative steps between them are passed). */
  constructor(
    readonly caseReplay: CaseReplay,
    choices: readonly number[] = [],
  ) {
    this.#steps = new Map(caseReplay.steps.map((step) => [step.id, step]));
    this.#enter(caseReplay.start);
    try {
      for (const choice of choices) {
        this.#passNarrative();
        this.choose(choice);
      }
    } catch (error) {
      if (!(error instanceof ReplayError) || error.code === 'invalid-case') throw error;
      throw new ReplayError('stale-choices', `Saved choices no longer fit case "${caseReplay.id}": ${error.message}`);
    }
  }

  get current(): CaseStep | null {
    return this.#current;
  }

  get finished(): boolean {
    return this.#current === null;
  }

  /** Option indices chosen so far, in order: all that needs saving. */
  get choices(): number[] {
    return [...this.#choices];
  }

  get history(): ChoiceRecord[] {
    return [...this.#history];
  }

  /** Steps reached so far, in order, including the current one. */
  get visited(): CaseStep[] {
    return [...this.#visited];
  }

  choose(optionIndex: number): void {
    const step = this.#requireCurrent('choose');
    const decision = step.decision;
    if (!decision) throw new ReplayError('no-decision', `Step "${step.id}" has no decision to choose in; advance instead.`);
    const option = decision.options[optionIndex];
    if (!Number.isInteger(optionIndex) || !option) {
      throw new ReplayError('out-of-range', `Step "${step.id}" has options 0–${decision.options.length - 1}; got ${optionIndex}.`);
    }
    const elite = eliteOf(step, decision);
    this.#choices.push(optionIndex);
    this.#history.push({
      stepId: step.id,
      prompt: decision.prompt,
      chosen: { index: optionIndex, option },
      elite,
      commentary: step.commentary ?? '',
      matchedElite: option.elite,
    });
    this.#enter(option.next);
  }

  advance(): void {
    const step = this.#requireCurrent('advance');
    if (step.decision) throw new ReplayError('decision-pending', `Step "${step.id}" waits for a decision; choose an option.`);
    this.#enter(step.next ?? END);
  }

  /**
   * "Decision n of N": `n` counts the decisions taken plus the one open now, `total` adds those still ahead if the
   * learner follows the elite rep from here (a branch can make the run longer or shorter).
   */
  decisionProgress(): { n: number; total: number } {
    let ahead = 0;
    this.#walkElitePath(this.#current, (step) => {
      if (step.decision) ahead++;
    });
    const taken = this.#history.length;
    return { n: taken + (this.#current?.decision ? 1 : 0), total: taken + ahead };
  }

  /**
   * A new run that repeats this one's first `decision` choices and stops at the next decision, so the learner can
   * try another option there: the way back into a case from its debrief.
   */
  retryFrom(decision: number): ReplaySession {
    if (!Number.isInteger(decision) || decision < 0 || decision >= this.#choices.length) {
      throw new ReplayError('out-of-range', `This run took decisions 0–${this.#choices.length - 1}; got ${decision}.`);
    }
    const retry = new ReplaySession(this.caseReplay, this.#choices.slice(0, decision));
    retry.#passNarrative();
    return retry;
  }

  /** The score and debrief; final once `finished`, a running tally before. */
  result(): ReplayOutcome {
    const points = this.#history.reduce((sum, record) => sum + record.chosen.option.points, 0);
    const elitePoints = this.#elitePathPoints();
    return {
      // A detour through more decisions can out-score the elite path in raw points; the benchmark caps at 100%.
      score: elitePoints > 0 ? Math.min(1, points / elitePoints) : 1,
      points,
      elitePoints,
      history: this.history,
      divergences: this.#history.filter((record) => !record.matchedElite),
      debrief: this.caseReplay.debrief,
      lessons: this.caseReplay.lessons,
    };
  }

  #requireCurrent(action: string): CaseStep {
    if (!this.#current) throw new ReplayError('finished', `The case "${this.caseReplay.id}" has ended; cannot ${action}.`);
    return this.#current;
  }

  #step(id: string): CaseStep {
    const step = this.#steps.get(id);
    if (!step) throw new ReplayError('invalid-case', `Case "${this.caseReplay.id}" has no step "${id}".`);
    return step;
  }

  #enter(id: string): void {
    this.#current = id === END ? null : this.#step(id);
    if (this.#current) this.#visited.push(this.#current);
  }

  /** While restoring: move through narrative steps up to the next decision. */
  #passNarrative(): void {
    // More passes than there are steps means a loop without decisions, which validation should have rejected.
    for (let passes = 0; this.#current && !this.#current.decision; passes++) {
      if (passes > this.#steps.size) throw new ReplayError('invalid-case', `Case "${this.caseReplay.id}" loops without a decision.`);
      this.advance();
    }
  }

  /**
   * Walks the elite path from step `from` to the end, calling `visit` on each step (with the elite option at a
   * decision). More steps than the case has means the path never ends.
   */
  #walkElitePath(from: CaseStep | null, visit: (step: CaseStep, elite?: IndexedOption) => void): void {
    let step = from;
    for (let walked = 0; step; walked++) {
      if (walked > this.#steps.size) throw new ReplayError('invalid-case', `The elite path of case "${this.caseReplay.id}" never ends.`);
      let next: string = step.next ?? END;
      if (step.decision) {
        const elite = eliteOf(step, step.decision);
        visit(step, elite);
        next = elite.option.next;
      } else visit(step);
      step = next === END ? null : this.#step(next);
    }
  }

  #elitePathPoints(): number {
    let total = 0;
    this.#walkElitePath(this.#step(this.caseReplay.start), (_step, elite) => {
      total += elite?.option.points ?? 0;
    });
    return total;
  }
}
