// What the UI shows of a replay session: everything rendered to HTML, the elite comparison per choice.
import type { AnswerFeedback, ReplayChoiceView, ReplayResult, ReplayStepView, ReplayView } from '../api/contract';
import type { CaseStep } from '../model';
import type { ChoiceRecord, IndexedOption, ReplaySession } from './ReplaySession';

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

function stepView(step: CaseStep, render: ReplayRenderContext['render']): ReplayStepView {
  const view: ReplayStepView = { id: step.id, narrativeHtml: render(step.narrative) };
  if (step.decision) {
    view.decision = {
      promptHtml: render(step.decision.prompt),
      options: step.decision.options.map((option, index) => ({ index, html: render(option.text) })),
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

export function replayView(replayId: string, session: ReplaySession, context: ReplayRenderContext): ReplayView {
  const { caseReplay } = session;
  return {
    replayId,
    caseId: caseReplay.id,
    title: caseReplay.title,
    summary: caseReplay.summary,
    history: session.history.map((record) => choiceView(record, context.render)),
    narrative: session.visited.map((step) => ({ stepId: step.id, narrativeHtml: context.render(step.narrative) })),
    current: session.current ? stepView(session.current, context.render) : null,
    progress: session.decisionProgress(),
    finished: session.finished,
    ...(session.finished ? { result: resultView(session, context) } : {}),
  };
}
