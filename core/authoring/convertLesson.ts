// Triage of the lesson inbox: a lesson becomes a tactic in a playbook section, a scenario question in a quiz or a
// decision step in a case, pre-filled from its four parts for the trainer to polish. What it became names the
// lesson (an attribution line, or a `# from lesson:` comment), and the lesson records what it became.
import type { CaseReplay, Lesson, Playbook, Quiz } from '../model';
import { analyseCaseGraph, graphStepOf } from '../content/caseGraphAnalysis';
import { parseCase } from '../content/parseCase';
import { parsePlaybook } from '../content/parsePlaybook';
import { parseQuiz } from '../content/parseQuiz';
import type { ParseResult } from '../content/parseResult';
import { YamlSource } from '../content/yamlSource';
import { AUTHORING_TEXT } from './authoringText';
import { frontMatterEditor } from './frontMatterEditor';
import type { SourceText } from './sourceText';
import { applyEdits, editAsLf, type TextEdit } from './textEdits';
import { YamlEditor } from './yamlEdits';

export interface Conversion {
  /** The target file with the new content. */
  target: SourceText;
  /** 1-based line of the new tactic, question or step in the target file. */
  line: number;
  /** What the lesson became: `playbook:id#anchor`, `quiz:id#question` or `case:id#step`. */
  convertedTo: string;
}

/** The target cannot take the lesson (it has errors, or names a section or step it does not have). */
export class ConversionError extends Error {
  override name = 'ConversionError';
}

/** Appends the lesson as a `::: tactic` block at the end of a playbook section. */
export function lessonToTactic(lesson: Lesson, playbookFile: SourceText, section: string): Conversion {
  const playbook = parsed(parsePlaybook(playbookFile.text, { root: '', file: playbookFile.path }), playbookFile);
  const index = playbook.sections.findIndex((candidate) => candidate.anchor === section);
  if (index < 0) throw new ConversionError(`playbook "${playbook.id}" has no section "#${section}"; its sections are: ${playbook.sections.map((s) => s.anchor).join(', ')}`);
  const t = AUTHORING_TEXT[playbook.lang];
  const { parts } = lesson;
  const block = [
    // The lesson's own title: written by its author, or made from its first sentence at capture (captureLesson).
    `::: tactic ${lesson.title.replace(/\s+/g, ' ')}`,
    `**${t.whenLabel}:** ${parts.situation}`,
    '',
    `**${t.doLabel}:** ${parts.action}`,
    '',
    `**${t.whyLabel}:** ${parts.lesson}`,
    '',
    `*${t.fromLesson(lesson.id, lesson.author, lesson.created)}*`,
    ':::',
  ];
  let line = 0;
  const text = editAsLf(playbookFile.text, (lf) => {
    const lines = lf.split('\n');
    // The section runs to the next section's heading (or the end); the block goes after its last non-blank line.
    const sectionEnd = (playbook.sections[index + 1]?.line ?? lines.length + 1) - 1;
    let last = sectionEnd - 1;
    while (last > 0 && lines[last]!.trim() === '') last--;
    const rest = lines.slice(last + 1);
    line = last + 3;
    return [...lines.slice(0, last + 1), '', ...block, ...(rest[0] === '' ? [] : ['']), ...rest].join('\n');
  });
  const updated = parsed(parsePlaybook(text, { root: '', file: playbookFile.path }), playbookFile);
  const anchor = updated.blocks.find((candidate) => candidate.line === line)!.anchor;
  return { target: { path: playbookFile.path, text }, line, convertedTo: `playbook:${playbook.id}#${anchor}` };
}

/** Appends the lesson to a quiz as a scenario question: the situation, the elite rep's action as the right option. */
export function lessonToQuestion(lesson: Lesson, quizFile: SourceText, ref?: string): Conversion {
  const quiz = parsed(parseQuiz(quizFile.text, { root: '', file: quizFile.path }), quizFile);
  const t = AUTHORING_TEXT[quiz.lang];
  const id = unique(lesson.id, quiz.questions.map((question) => question.id));
  const question = {
    id,
    type: 'scenario',
    prompt: lesson.parts.situation,
    options: [
      { text: lesson.parts.action, correct: true, feedback: lesson.parts.result },
      { text: t.alternativeOption, feedback: t.alternativeFeedback },
    ],
    explain: lesson.parts.lesson,
    ...(ref ? { ref } : {}),
  };
  const target = { path: quizFile.path, text: editYaml(quizFile.text, (yaml) => [yaml.appendItem(['questions'], question, fromLesson(lesson))]) };
  return { target, line: lineOf(target, ['questions', quiz.questions.length]), convertedTo: `quiz:${quiz.id}#${id}` };
}

/**
 * Inserts the lesson into a case as a decision step after step `after` (by default the last step of the elite
 * path): that step's elite way out now leads to the new step, whose options lead where it used to.
 */
export function lessonToCaseStep(lesson: Lesson, caseFile: SourceText, after?: string): Conversion {
  const replay = parsed(parseCase(caseFile.text, { root: '', file: caseFile.path }), caseFile);
  const stepId = after ?? analyseCaseGraph(replay.start, replay.steps.map(graphStepOf)).elitePath.at(-1)!;
  const index = replay.steps.findIndex((step) => step.id === stepId);
  if (index < 0) throw new ConversionError(`case "${replay.id}" has no step "${stepId}"`);
  const step = replay.steps[index]!;
  const eliteIndex = step.decision?.options.findIndex((option) => option.elite) ?? -1;
  const nextPath = step.decision ? ['steps', index, 'decision', 'options', eliteIndex, 'next'] : ['steps', index, 'next'];
  const leadsTo = step.decision ? step.decision.options[eliteIndex]!.next : step.next!;
  const id = unique(lesson.id, replay.steps.map((other) => other.id));
  const t = AUTHORING_TEXT[replay.lang];
  const newStep = {
    id,
    narrative: lesson.parts.situation,
    commentary: lesson.parts.lesson,
    decision: {
      prompt: t.decisionPrompt,
      options: [
        { text: lesson.parts.action, points: 3, elite: true, outcome: lesson.parts.result, next: leadsTo },
        { text: t.alternativeOption, points: 0, outcome: t.alternativeOutcome, next: leadsTo },
      ],
    },
  };
  const target = { path: caseFile.path, text: editYaml(caseFile.text, (yaml) => [yaml.replaceScalar(nextPath, id), yaml.appendItem(['steps'], newStep, fromLesson(lesson))]) };
  return { target, line: lineOf(target, ['steps', replay.steps.length]), convertedTo: `case:${replay.id}#${id}` };
}

/** The lesson file marked converted, with `convertedTo` extended. */
export function markLessonConverted(lessonFile: SourceText, convertedTo: string): SourceText {
  return editLessonFront(lessonFile, (yaml) => {
    const list = yaml.node(['convertedTo']);
    return [yaml.setField([], 'status', 'converted'), list && 'items' in list ? yaml.appendItem(['convertedTo'], convertedTo) : yaml.setField([], 'convertedTo', [convertedTo])];
  });
}

/** The lesson file with its status set to `archived`. */
export function markLessonArchived(lessonFile: SourceText): SourceText {
  return editLessonFront(lessonFile, (yaml) => [yaml.setField([], 'status', 'archived')]);
}

function editLessonFront(file: SourceText, edits: (yaml: YamlEditor) => (TextEdit | undefined)[]): SourceText {
  const text = editAsLf(file.text, (lf) => {
    const yaml = frontMatterEditor(lf);
    const made = yaml && edits(yaml);
    if (!made || made.some((edit) => edit === undefined)) throw new ConversionError(`the front matter of ${file.path} is not laid out as expected; edit it by hand`);
    return applyEdits(lf, made as TextEdit[]);
  });
  return { path: file.path, text };
}

function fromLesson(lesson: Lesson): string {
  return `from lesson: ${lesson.id}`;
}

function parsed<T extends Playbook | Quiz | CaseReplay>(result: ParseResult<T>, file: SourceText): T {
  if (!result.item) throw new ConversionError(`${file.path} has errors; fix them before adding to it`);
  return result.item;
}

function editYaml(text: string, edits: (yaml: YamlEditor) => (TextEdit | undefined)[]): string {
  return editAsLf(text, (lf) => {
    const yaml = YamlEditor.parse(lf)!;
    const made = edits(yaml);
    if (made.some((edit) => edit === undefined)) throw new ConversionError('the file is not laid out as expected; add the content by hand');
    return applyEdits(lf, made as TextEdit[]);
  });
}

function lineOf(file: SourceText, path: (string | number)[]): number {
  return YamlSource.parse(file.text.replace(/\r\n/g, '\n'), file.path).at(path).line;
}

function unique(base: string, taken: string[]): string {
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}
