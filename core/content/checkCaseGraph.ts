// The rules that make a case replay playable: every `next` leads somewhere, every step can be reached,
// no choice traps the learner in a loop without a way to the end, and the elite rep's path runs from start to end.
import { END, type CaseStep, type Diagnostic } from '../model';
import { analyseCaseGraph } from './caseGraphAnalysis';
import { didYouMean } from './nearestName';
import type { YamlPath, YamlSource } from './yamlSource';

interface Edge {
  to: string;
  /** Where the `next` is written. */
  path: YamlPath;
  elite: boolean;
}

function edgesOf(step: CaseStep, index: number): Edge[] {
  const at: YamlPath = ['steps', index];
  if (step.decision) return step.decision.options.map((o, i) => ({ to: o.next, path: [...at, 'decision', 'options', i, 'next'], elite: o.elite }));
  return step.next === undefined ? [] : [{ to: step.next, path: [...at, 'next'], elite: true }];
}

export function checkCaseGraph(yaml: YamlSource, start: string, steps: CaseStep[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  const error = (path: YamlPath, message: string, part: 'key' | 'value' = 'value') => found.push(yaml.diagnostic(path, 'error', message, part));
  const indexOf = new Map<string, number>();
  steps.forEach((step, i) => {
    if (step.id === END) error(['steps', i, 'id'], `"${END}" is reserved for the end of the case; give the step another id`);
    else if (indexOf.has(step.id)) error(['steps', i, 'id'], `duplicate step id "${step.id}" (first used at line ${steps[indexOf.get(step.id)!]!.line})`);
    else indexOf.set(step.id, i);
  });
  steps.forEach((step, i) => {
    if (step.decision && step.next !== undefined) error(['steps', i, 'next'], 'a step has either a "decision" or a "next", not both', 'key');
    if (!step.decision && step.next === undefined) error(['steps', i], `step "${step.id}" needs a "decision" or "next" (a step id, or "${END}")`);
    const elite = step.decision?.options.filter((o) => o.elite).length;
    if (elite !== undefined && elite !== 1) error(['steps', i, 'decision', 'options'], `a decision needs exactly one option with "elite: true" (found ${elite}): the choice the elite rep made`);
  });
  const targets = [...indexOf.keys(), END];
  const checkTarget = (to: string, path: YamlPath) => {
    if (to !== END && !indexOf.has(to)) error(path, `"${to}" is not a step of this case${didYouMean(to, targets) || `; steps are: ${targets.join(', ')}`}`);
  };
  checkTarget(start, ['start']);
  steps.forEach((step, i) => edgesOf(step, i).forEach((edge) => checkTarget(edge.to, edge.path)));
  if (found.length > 0) return found;
  return [...checkPaths(yaml, start, steps, indexOf), ...softRules(yaml, steps)];
}

/** Reachability, ways to the end, and the elite path; only meaningful once every `next` resolves. */
function checkPaths(yaml: YamlSource, start: string, steps: CaseStep[], indexOf: Map<string, number>): Diagnostic[] {
  const found: Diagnostic[] = [];
  const { reachable, ends, elitePath, eliteLoop } = analyseCaseGraph(start, steps.map((step, i) => ({ id: step.id, edges: edgesOf(step, i) })));
  steps.forEach((step, i) => {
    if (!reachable.has(step.id)) {
      found.push(yaml.diagnostic(['steps', i, 'id'], 'error', `step "${step.id}" cannot be reached from the start ("${start}"); point a "next" at it or remove it`));
    } else if (!ends.has(step.id)) {
      found.push(yaml.diagnostic(['steps', i, 'id'], 'error', `from step "${step.id}" every choice loops back without reaching "${END}"; give one of its ways out a path to "${END}"`));
    }
  });
  if (eliteLoop !== undefined) {
    found.push(yaml.diagnostic(['steps', indexOf.get(eliteLoop)!, 'id'], 'error', `the elite path loops back to step "${eliteLoop}" (${[...elitePath, eliteLoop].join(' → ')}); the elite choices must lead from start to "${END}"`));
  }
  return found;
}

function softRules(yaml: YamlSource, steps: CaseStep[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  steps.forEach((step, i) => {
    if (!step.decision) return;
    if (!step.commentary?.trim()) {
      found.push(yaml.diagnostic(['steps', i], 'warning', `decision step "${step.id}" has no "commentary"; the debrief shows the elite rep's reasoning from it`));
    }
    const options = step.decision.options;
    const elite = options.find((o) => o.elite)!;
    const best = Math.max(...options.map((o) => o.points));
    if (elite.points < best) {
      const index = options.indexOf(elite);
      found.push(yaml.diagnostic(['steps', i, 'decision', 'options', index, 'points'], 'warning', `the elite option scores ${elite.points} but another option scores ${best}; the elite choice should score highest`));
    }
  });
  return found;
}
