// The shape of a case's step graph: which steps the learner can reach, from which the case can still end,
// and where the elite rep's choices lead. Shared by validation (checkCaseGraph) and the editor's graph view.
import { END, type CaseStep } from '../model';

export interface GraphStep {
  id: string;
  /** Where the step leads: its options' `next`, or its own `next`; `elite` marks the elite rep's way. */
  edges: { to: string; elite: boolean }[];
}

export interface CaseGraphAnalysis {
  /** Steps reachable from the start. */
  reachable: Set<string>;
  /** Steps from which some path reaches the end (`end` included). */
  ends: Set<string>;
  /** The steps the elite choices pass through, from the start. */
  elitePath: string[];
  /** The step the elite path comes back to, when it loops. */
  eliteLoop?: string;
  /** Whether the elite choices lead from the start to the end. */
  eliteReachesEnd: boolean;
}

/** The graph step of a parsed case step. */
export function graphStepOf(step: CaseStep): GraphStep {
  if (step.decision) return { id: step.id, edges: step.decision.options.map((option) => ({ to: option.next, elite: option.elite })) };
  return { id: step.id, edges: step.next === undefined ? [] : [{ to: step.next, elite: true }] };
}

/** Edges to ids that are not steps lead nowhere: the graph of a half-written case can still be analysed. */
export function analyseCaseGraph(start: string, steps: readonly GraphStep[]): CaseGraphAnalysis {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const successors = (id: string) => byId.get(id)?.edges.map((edge) => edge.to) ?? [];

  const reachable = new Set<string>();
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (reachable.has(id) || (id !== END && !byId.has(id))) continue;
    reachable.add(id);
    queue.push(...successors(id));
  }
  // A step ends when one of its ways out reaches the end; repeat until nothing changes (a fixed point).
  const ends = new Set<string>([END]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const step of steps) {
      if (!ends.has(step.id) && successors(step.id).some((to) => ends.has(to))) {
        ends.add(step.id);
        grown = true;
      }
    }
  }

  const elitePath: string[] = [];
  let id: string | undefined = start;
  while (id !== undefined && id !== END && byId.has(id)) {
    if (elitePath.includes(id)) return { reachable, ends, elitePath, eliteLoop: id, eliteReachesEnd: false };
    elitePath.push(id);
    id = byId.get(id)!.edges.find((edge) => edge.elite)?.to;
  }
  return { reachable, ends, elitePath, eliteReachesEnd: id === END };
}
