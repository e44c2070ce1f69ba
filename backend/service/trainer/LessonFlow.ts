// The elite-lesson inbox: capture a lesson in the workspace's lessons/ folder (searchable as soon as it is saved),
// list it, turn it into a tactic, a quiz question or a case step, or archive it.
import type { ConversionView, LessonView } from '../../../core/api/authoringContract';
import { ApiError, type ApiArgs } from '../../../core/api/contract';
import { captureLesson } from '../../../core/authoring/captureLesson';
import { sectionHash, sectionKey } from '../../../core/content/sectionHash';
import { ConversionError, lessonToCaseStep, lessonToQuestion, lessonToTactic, markLessonArchived, markLessonConverted, type Conversion } from '../../../core/authoring/convertLesson';
import type { SourceText } from '../../../core/authoring/sourceText';
import type { Lang, Lesson, LessonStatus } from '../../../core/model';
import type { Workspace } from '../../workspace/Workspace';
import { isoDate } from '../../../core/authoring/isoDate';
import { editableCopy, itemFile, requireExactItem, requireLesson } from './workspaceItems';

type CaptureArgs = ApiArgs<'captureLesson'>;
type Target = ApiArgs<'convertLesson'>['target'];

export interface LessonDeps {
  workspace: Workspace;
  now: () => Date;
}

export class LessonFlow {
  constructor(private readonly deps: LessonDeps) {}

  async capture(fields: CaptureArgs): Promise<LessonView> {
    const { workspace } = this.deps;
    workspace.requireDir();
    const taken = new Set(workspace.content.lessons.map((lesson) => lesson.id));
    const file = captureLesson(fields, isoDate(this.deps.now()), taken);
    await workspace.write([file]);
    return this.view(requireLesson(workspace.content, file.id));
  }

  /** Newest first. */
  list(status?: LessonStatus): LessonView[] {
    return this.deps.workspace.content.lessons
      .filter((lesson) => status === undefined || lesson.status === status)
      .sort((a, b) => b.created.localeCompare(a.created) || a.id.localeCompare(b.id))
      .map((lesson) => this.view(lesson));
  }

  async convert(lessonId: string, target: Target): Promise<ConversionView> {
    const { workspace } = this.deps;
    const lesson = this.workspaceLesson(lessonId);
    const kind = target.kind === 'tactic' ? 'playbook' : target.kind === 'question' ? 'quiz' : 'case';
    const targetId = target.kind === 'tactic' ? target.playbookId : target.kind === 'question' ? target.quizId : target.caseId;
    const item = requireExactItem(workspace.content, kind, targetId, target.lang);
    // Try the conversion on the current texts before forking, so a refused one leaves the workspace as it was.
    const lessonText = await itemFile(workspace, lesson);
    const current = await itemFile(workspace, item);
    refusing(() => markLessonConverted(lessonText, convert(lesson, current, target).convertedTo));
    const { file, forked } = await editableCopy(workspace, item);
    const conversion = refusing(() => convert(lesson, file, target));
    const lessonFile = refusing(() => markLessonConverted(lessonText, conversion.convertedTo));
    const before = target.kind === 'tactic' ? this.upToDateReferences(target.playbookId, target.lang) : [];
    await workspace.write([conversion.target, lessonFile]);
    await this.rebaseline(before);
    return { path: conversion.target.path, line: conversion.line, convertedTo: conversion.convertedTo, forked, lesson: this.view(requireLesson(workspace.content, lessonId)) };
  }

  /**
   * The references into a playbook (the whole playbook, its sections and blocks) whose re-check baseline matches
   * the playbook's text now: the keys to move on after the trainer's own change to it.
   */
  private upToDateReferences(playbookId: string, lang: Lang): { key: string; ref: string; lang: Lang }[] {
    const { workspace } = this.deps;
    const baseline = workspace.settings.sectionHashes(workspace.dir) ?? {};
    const prefix = sectionKey(lang, playbookId);
    return Object.keys(baseline)
      .filter((key) => key === prefix || key.startsWith(`${prefix}#`))
      .map((key) => ({ key, ref: key.slice(lang.length + 1), lang }))
      .filter(({ key, ref }) => baseline[key] === sectionHash(workspace.content, ref, lang));
  }

  /**
   * A lesson turned into a tactic is the trainer's own change to its playbook: what teaches from it is not flagged
   * for re-check because of it (a change made earlier, by someone else, stays flagged).
   */
  private async rebaseline(references: { key: string; ref: string; lang: Lang }[]): Promise<void> {
    const { workspace } = this.deps;
    if (references.length === 0) return;
    const moved = Object.fromEntries(references.flatMap(({ key, ref, lang }) => {
      const hash = sectionHash(workspace.content, ref, lang);
      return hash === undefined ? [] : [[key, hash]];
    }));
    await workspace.settings.save({ baselineOf: workspace.dir, sectionHashes: { ...workspace.settings.sectionHashes(workspace.dir), ...moved } });
  }

  async archive(lessonId: string): Promise<LessonView> {
    const lesson = this.workspaceLesson(lessonId);
    const file = await itemFile(this.deps.workspace, lesson);
    await this.deps.workspace.write([refusing(() => markLessonArchived(file))]);
    return this.view(requireLesson(this.deps.workspace.content, lessonId));
  }

  private workspaceLesson(lessonId: string): Lesson {
    const lesson = requireLesson(this.deps.workspace.content, lessonId);
    if (this.deps.workspace.locate(lesson).root !== 'workspace') throw new ApiError('conflict', `Lesson "${lessonId}" is not in the workspace and cannot be changed.`);
    return lesson;
  }

  private view(lesson: Lesson): LessonView {
    const { source: _source, text: _text, body: _body, ...fields } = lesson;
    return { ...fields, path: this.deps.workspace.locate(lesson).path };
  }
}

function convert(lesson: Lesson, file: SourceText, target: Target): Conversion {
  if (target.kind === 'tactic') return lessonToTactic(lesson, file, target.section);
  if (target.kind === 'question') return lessonToQuestion(lesson, file, target.ref);
  return lessonToCaseStep(lesson, file, target.after);
}

/** A conversion the content cannot take is the trainer's to fix: a conflict, not a failure of the app. */
function refusing<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ConversionError) throw new ApiError('conflict', error.message);
    throw error;
  }
}
