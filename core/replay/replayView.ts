// What the UI shows of a replay session: everything rendered to HTML, the elite comparison per choice,
// each decision's options in the order of the attempt's seed (the elite option is not always in the same place).
import type { CaseStep } from '../model';
import type { AnswerFeedback } from '../quiz/answerFeedback';
import { deriveSeed, shuffleIndexed } from '../quiz/seededShuffle';
import type { ChoiceRecord, IndexedOption, ReplaySession } from './ReplaySession';

export interface ReplayStepView {
  id: string;
  narrativeHtml: string;
  decision?: { promptHtml: string; options: { index: number; html: string }[] };
}
export interface ReplayChoiceView {
  stepId: string;
  promptHtml: string;
  chosen: { index: number; html: string; outcomeHtml: string; points: number };
  elite: { index: number; html: string; outcomeHtml: string; points: number };
  /** The elite rep's reasoning at this step. */
  commentaryHtml: string;
  matchedElite: boolean;
}
export interface ReplayResult {
  /** Points earned as a share of the elite path's points, 0–1. */
  score: number;
  points: number;
  elitePoints: number;
  debriefHtml: string;
  divergences: ReplayChoiceView[];
  lessons: { html: string; ref?: { playbookId: string; anchor: string; title: string } }[];
}
export interface ReplayView {
  replayId: string;
  caseId: string;
  title: string;
  summary: string;
  /** Choices made so far, in order, each with the elite rep's choice and reasoning. */
  history: ReplayChoiceView[];
  /** Narrative steps passed so far (in order), including the current one. */
  narrative: { stepId: string; narrativeHtml: string }[];
  current: ReplayStepView | null;
  /** "Decision n of total": decisions taken plus the open one, of those taken plus those ahead on the elite path. */
  progress: { n: number; total: number };
  finished: boolean;
  result?: ReplayResult;
}

export interface ReplayRenderContext {
  /** Markdown to sanitised HTML. */
  render(markdown: string): string;
  /** A `playbook-id#anchor` reference with its section title, or undefined when it does not resolve. */
  resolveRef(ref: string): AnswerFeedback['ref'];
}

function optionView({ index, option }: IndexedOption, render: ReplayRenderContext['render']) {
  return { index, html: render(option.text), outcomeHtml: render(option.outcome), points: option.points };
}

function choiceView(record: ChoiceRecord, render: ReplayRenderContext['render']): ReplayChoiceView {
  return {
    stepId: record.stepId,
    promptHtml: render(record.prompt),
    chosen: optionView(record.chosen, render),
    elite: optionView(record.elite, render),
    commentaryHtml: render(record.commentary),
    matchedElite: record.matchedElite,
  };
}

/** Each decision is shuffled with its own seed, derived from the attempt's seed and the step id, as quiz questions are. */
function stepView(step: CaseStep, seed: number, render: ReplayRenderContext['render']): ReplayStepView {
  const view: ReplayStepView = { id: step.id, narrativeHtml: render(step.narrative) };
  if (step.decision) {
    view.decision = {
      promptHtml: render(step.decision.prompt),
      options: shuffleIndexed(step.decision.options, deriveSeed(seed, step.id), false).map(({ index, item }) => ({ index, html: render(item.text) })),
    };
  }
  return view;
}

function resultView(session: ReplaySession, context: ReplayRenderContext): ReplayResult {
  const outcome = session.result();
  return {
    score: outcome.score,
    points: outcome.points,
    elitePoints: outcome.elitePoints,
    debriefHtml: context.render(outcome.debrief),
    divergences: outcome.divergences.map((record) => choiceView(record, context.render)),
    lessons: outcome.lessons.map((lesson) => {
      const ref = lesson.ref === undefined ? undefined : context.resolveRef(lesson.ref);
      return { html: context.render(lesson.text), ...(ref ? { ref } : {}) };
    }),
  };
}

/** `seed`: the attempt's shuffle seed, so a resumed replay shows its options in the same order. */
export function replayView(replayId: string, session: ReplaySession, seed: number, context: ReplayRenderContext): ReplayView {
  const { caseReplay } = session;
  return {
    replayId,
    caseId: caseReplay.id,
    title: caseReplay.title,
    summary: caseReplay.summary,
    history: session.history.map((record) => choiceView(record, context.render)),
    narrative: session.visited.map((step) => ({ stepId: step.id, narrativeHtml: context.render(step.narrative) })),
    current: session.current ? stepView(session.current, seed, context.render) : null,
    progress: session.decisionProgress(),
    finished: session.finished,
    ...(session.finished ? { result: resultView(session, context) } : {}),
  };
}
