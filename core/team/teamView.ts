// What the team view and `pbt team report` show, computed from the aggregated records: each rep's readiness per
// competency against the elite benchmark (or full marks when no elite rep is marked), who has stalled, the item
// analysis of the questions and the case decisions where reps leave the elite path. Evidence comes from the same
// rules as the learner's own readiness screen (computeReadiness), fed with each rep's records as aggregated.
import { READINESS_TARGET, type ContentSet, type Lang } from '../model';
import { basisOf, benchmarkFor, readinessAgainst, type ReadinessBasis, type ReadinessBenchmark } from '../progress/benchmark';
import { planReadiness, readinessOnPlan } from '../progress/readiness';
import { caseDecisions, type CaseDecision } from './caseDecisions';
import { eliteBenchmark } from './eliteBenchmark';
import { endOfIsoWeek, isoWeek, WEEK } from './isoWeek';
import { analyseQuestions, upperGroup, type QuestionAnalysis } from './itemAnalysis';
import { lastGain, repRecords } from './repRecords';
import type { RepState, TeamState } from './TeamAggregate';
import { ALL_PATHS, teamPath } from './teamPath';

/** A rep whose evidence has not risen for this many weeks has stalled (unless the view asks otherwise). */
export const STALL_WEEKS = 3;

export interface TeamViewOptions {
  content: ContentSet;
  lang: Lang;
  /** A learning path id, or `all` (every path's competencies). */
  pathId?: string;
  elite: readonly string[];
  stallWeeks?: number;
}

export interface TeamRep {
  actor: string;
  name: string;
  elite: boolean;
  /** 0–1 against the benchmark, mean of the competencies the path trains. */
  readiness: number;
  /** Competency id → readiness 0–1 against the benchmark. */
  competencies: Record<string, number>;
  /** Competency id → evidence 0–1 (against full marks). */
  evidence: Record<string, number>;
  lastActive: string;
  lastGain: string | null;
  /** Whole weeks since the last gain (or since the rep's first record, when there was none). */
  weeksSinceGain: number;
  stalled: boolean;
}

export interface TeamView {
  /** The newest record's time: the view's "now". */
  asOf: string | null;
  statements: number;
  pathId: string;
  target: number;
  basis: ReadinessBasis;
  /** Elite reps marked but absent from the records (a typo, or nothing sent yet). */
  eliteMissing: string[];
  competencies: { id: string; title: string; benchmark?: number }[];
  reps: TeamRep[];
  upperGroup: 'elite' | 'top-group';
  questions: QuestionAnalysis[];
  cases: CaseDecision[];
}

const EMPTY_REP: RepState = { name: '', first: 0, last: 0, reads: {}, quizzes: {}, passed: {}, cases: {}, answers: {}, cards: {} };

interface Measured {
  actor: string;
  rep: RepState;
  evidence: Record<string, number>;
}

/** Readiness of one rep at a time `at`, by the learner's own rules on a plan made once for the team's path. */
function measure(options: Pick<TeamViewOptions, 'content' | 'lang' | 'pathId'>, at: number, benchmark?: ReadinessBenchmark) {
  const path = teamPath(options.content.paths, options.lang, options.pathId);
  const plan = path && planReadiness(path, options.content);
  const now = new Date(at);
  return (actor: string, rep: RepState) => (plan ? readinessOnPlan(plan, repRecords(actor, rep, at, options.lang), now, benchmark) : undefined);
}

function evidenceOf(view: ReturnType<typeof readinessOnPlan>): Record<string, number> {
  return Object.fromEntries(view.competencies.filter((competency) => competency.assessed > 0).map((competency) => [competency.id, competency.measured]));
}

/** Every rep's evidence per competency on the view's path (against full marks): what does not depend on the elite. */
export interface TeamEvidence {
  competencies: { id: string; title: string }[];
  reps: Map<string, Record<string, number>>;
}

export function measureTeam(state: TeamState, options: Pick<TeamViewOptions, 'content' | 'lang' | 'pathId'>): TeamEvidence {
  const readinessOf = measure(options, state.latest);
  // The competencies the path trains (gives anything to assess): the same ones the learner's own overall averages.
  const competencies = (readinessOf('', EMPTY_REP)?.competencies ?? []).filter((competency) => competency.assessed > 0).map(({ id, title }) => ({ id, title }));
  const reps = new Map<string, Record<string, number>>();
  for (const [actor, rep] of Object.entries(state.reps)) {
    const view = readinessOf(actor, rep);
    reps.set(actor, view ? evidenceOf(view) : {});
  }
  return { competencies, reps };
}

/** `evidence`: from `measureTeam` on the same state and path, when the caller kept it (marking elite reps needs no new one). */
export function computeTeamView(state: TeamState, options: TeamViewOptions, evidence: TeamEvidence = measureTeam(state, options)): TeamView {
  const at = state.latest;
  const { competencies } = evidence;
  const measured: Measured[] = Object.entries(state.reps).map(([actor, rep]) => ({ actor, rep, evidence: evidence.reps.get(actor) ?? {} }));
  const byActor = new Map(measured.map((entry) => [entry.actor, entry.evidence]));
  const elite = new Set(options.elite);
  const benchmark = eliteBenchmark(byActor, elite);
  const stallWeeks = options.stallWeeks ?? STALL_WEEKS;
  const mean = (values: number[]) => (values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);
  const reps: TeamRep[] = measured.map(({ actor, rep, evidence }) => {
    const against = Object.fromEntries(competencies.map((competency) => [competency.id, readinessAgainst(evidence[competency.id] ?? 0, benchmarkFor(benchmark, competency.id))]));
    const gain = lastGain(rep);
    const weeksSinceGain = Math.floor((at - (gain ?? rep.first)) / WEEK);
    return {
      actor,
      name: rep.name,
      elite: elite.has(actor),
      readiness: mean(Object.values(against)),
      competencies: against,
      evidence,
      lastActive: new Date(rep.last).toISOString(),
      lastGain: gain === undefined ? null : new Date(gain).toISOString(),
      weeksSinceGain,
      stalled: weeksSinceGain >= stallWeeks,
    };
  });
  reps.sort((a, b) => a.readiness - b.readiness || a.name.localeCompare(b.name));
  const overall = new Map(measured.map(({ actor, evidence }) => [actor, mean(Object.values(evidence))]));
  const group = upperGroup(overall, elite);
  return {
    asOf: at > 0 ? new Date(at).toISOString() : null,
    statements: state.statements,
    pathId: options.pathId ?? ALL_PATHS,
    target: READINESS_TARGET,
    basis: basisOf(competencies.map((competency) => benchmarkFor(benchmark, competency.id))),
    eliteMissing: [...elite].filter((actor) => !state.reps[actor]),
    competencies: competencies.map((competency) => {
      const value = benchmarkFor(benchmark, competency.id);
      return { id: competency.id, title: competency.title, ...(value === undefined ? {} : { benchmark: value }) };
    }),
    reps,
    upperGroup: group.basis,
    questions: analyseQuestions(state.reps, group, options.content),
    cases: caseDecisions(state.cases, options.content, options.lang),
  };
}

export interface TrendPoint {
  week: string;
  readiness: number;
  competencies: Record<string, number>;
}

/**
 * One rep's readiness at the end of each of the last `weeks` ISO weeks, against the benchmark as it stands now
 * (the elite's current level is the yardstick for the whole trend).
 */
export function repTrend(state: TeamState, actor: string, benchmark: ReadinessBenchmark, options: TeamViewOptions, weeks = 12): TrendPoint[] {
  const rep = state.reps[actor];
  if (!rep || state.latest === 0) return [];
  const points: TrendPoint[] = [];
  for (let back = weeks - 1; back >= 0; back--) {
    const end = Math.min(state.latest, endOfIsoWeek(state.latest - back * WEEK));
    if (end < rep.first && back > 0) continue;
    const view = measure(options, end, benchmark)(actor, rep);
    if (!view) return [];
    const trained = view.competencies.filter((competency) => competency.assessed > 0);
    points.push({ week: isoWeek(end), readiness: view.overall, competencies: Object.fromEntries(trained.map((competency) => [competency.id, competency.readiness])) });
  }
  return points;
}

/** The benchmark a view was computed against, to pass on to `repTrend`. */
export function benchmarkOf(view: TeamView): ReadinessBenchmark {
  return Object.fromEntries(view.competencies.flatMap((competency) => (competency.benchmark === undefined ? [] : [[competency.id, competency.benchmark]])));
}
