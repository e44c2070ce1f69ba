// The step graph of a case as the editor draws it, read leniently from the YAML being written: a half-finished
// case (a `next` to a step not written yet, a step nobody points to) still gets a graph, with the problems flagged.
import { END } from '../model';
import { analyseCaseGraph, type GraphStep } from '../content/caseGraphAnalysis';
import { YamlSource } from '../content/yamlSource';

export interface CaseGraphNode {
  id: string;
  line: number;
  /** The step asks the learner to decide (otherwise it just leads on). */
  decision: boolean;
  reachable: boolean;
  /** No path from this step reaches the end. */
  deadEnd: boolean;
  onElitePath: boolean;
}

export interface CaseGraphEdge {
  from: string;
  /** A step id or `end`. */
  to: string;
  /** The option's text; empty for a step's plain `next`. */
  label: string;
  /** Points of the option; undefined for a plain `next`. */
  points?: number;
  elite: boolean;
  /** `to` names no step of the case. */
  dangling: boolean;
  line: number;
}

export interface CaseGraph {
  start: string;
  nodes: CaseGraphNode[];
  edges: CaseGraphEdge[];
  /** Step ids along the elite choices, from the start. */
  elitePath: string[];
  eliteReachesEnd: boolean;
  /** The YAML could not be read at all. */
  unreadable: boolean;
}

type Raw = Record<string, unknown>;
const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const asText = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));

export function caseGraph(text: string): CaseGraph {
  const yaml = YamlSource.parse(text, '');
  const data = isRecord(yaml.data) ? yaml.data : {};
  const start = asText(data.start);
  const rawSteps = Array.isArray(data.steps) ? data.steps : [];
  const edges: CaseGraphEdge[] = [];
  const steps: (GraphStep & { line: number; decision: boolean })[] = [];
  rawSteps.forEach((raw, i) => {
    if (!isRecord(raw) || typeof raw.id !== 'string') return;
    const id = raw.id;
    const options = isRecord(raw.decision) && Array.isArray(raw.decision.options) ? raw.decision.options : undefined;
    const own: CaseGraphEdge[] = options
      ? options.flatMap((option, j) =>
          isRecord(option)
            ? [{
                from: id,
                to: asText(option.next),
                label: asText(option.text),
                ...(typeof option.points === 'number' ? { points: option.points } : {}),
                elite: option.elite === true,
                dangling: false,
                line: yaml.at(['steps', i, 'decision', 'options', j]).line,
              }]
            : [],
        )
      : raw.next === undefined
        ? []
        : [{ from: id, to: asText(raw.next), label: '', elite: true, dangling: false, line: yaml.at(['steps', i, 'next']).line }];
    edges.push(...own);
    steps.push({ id, edges: own, line: yaml.at(['steps', i]).line, decision: options !== undefined });
  });
  const ids = new Set(steps.map((step) => step.id));
  for (const edge of edges) edge.dangling = edge.to !== END && !ids.has(edge.to);
  const analysis = analyseCaseGraph(start, steps);
  return {
    start,
    nodes: steps.map((step) => ({
      id: step.id,
      line: step.line,
      decision: step.decision,
      reachable: analysis.reachable.has(step.id),
      deadEnd: !analysis.ends.has(step.id),
      onElitePath: analysis.elitePath.includes(step.id),
    })),
    edges,
    elitePath: analysis.elitePath,
    eliteReachesEnd: analysis.eliteReachesEnd,
    unreadable: yaml.hasErrors,
  };
}
