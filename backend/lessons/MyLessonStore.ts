// A rep's own lessons in their data folder: `<data>/lessons/<id>.md` (the same Markdown as a workspace's
// `lessons/`, so an exported or shared file lands in a trainer's inbox as it is), what was shared when
// (`shared.json`: the text's fingerprint, so an edit after sharing shows), and the capture form's draft
// (`draft.json`). Every write goes through writeFileAtomically.
import { createHash } from 'node:crypto';
import { readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ApiError } from '../../core/api/contract';
import { captureLesson, lessonFile, type CapturedLesson } from '../../core/authoring/captureLesson';
import { isoDate } from '../../core/authoring/isoDate';
import { parseContentFile } from '../../core/content/parseContentFile';
import type { LessonDiagnostic } from '../../core/lessons/lessonInbox';
import type { LessonDraft, LessonFields, MyLessonList, MyLessonSummary } from '../../core/lessons/myLessons';
import type { Lesson } from '../../core/model';
import { writeFileAtomically } from '../files/writeFileAtomically';
import { readLessonFiles } from './readLessonFiles';

export const LESSONS_FOLDER = 'lessons';
const SHARES_FILE = 'shared.json';
const DRAFT_FILE = 'draft.json';

const sharesShape = z.record(z.string(), z.object({ statementId: z.string(), sharedAt: z.string(), fingerprint: z.string() }));
type Shares = z.infer<typeof sharesShape>;
const draftShape = z.object({ fields: z.record(z.string(), z.string()), lessonId: z.string().optional(), saved: z.string() });

export interface MyLesson {
  lesson: Lesson;
  /** The file's text, exactly as shared or exported. */
  text: string;
}

export class MyLessonStore {
  private readonly dir: string;

  constructor(
    dataDir: string,
    private readonly now: () => Date,
  ) {
    this.dir = path.join(path.resolve(dataDir), LESSONS_FOLDER);
  }

  /** Newest first. */
  async list(): Promise<MyLessonList> {
    const shares = await this.shares();
    const lessons: MyLessonSummary[] = [];
    const diagnostics: LessonDiagnostic[] = [];
    for (const read of await readLessonFiles(this.dir)) {
      if ('problem' in read) {
        diagnostics.push({ ...read.problem, path: read.name });
        continue;
      }
      const parsed = parseContentFile('lesson', read.text, { root: this.dir, file: read.file });
      if (parsed.item?.kind === 'lesson') lessons.push(summary(parsed.item, read.text, shares));
      else diagnostics.push(...parsed.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => ({ ...diagnostic, path: read.name })));
    }
    lessons.sort((a, b) => b.created.localeCompare(a.created) || b.id.localeCompare(a.id));
    return { lessons, diagnostics };
  }

  async get(lessonId: string): Promise<MyLesson> {
    const file = this.fileOf(lessonId);
    const text = await readFile(file, 'utf8').catch(() => {
      throw new ApiError('not-found', `No lesson "${lessonId}" among your lessons.`);
    });
    const parsed = parseContentFile('lesson', text, { root: this.dir, file });
    if (parsed.item?.kind !== 'lesson') throw new ApiError('conflict', `The file of your lesson "${lessonId}" cannot be read: ${parsed.diagnostics[0]?.message ?? 'unknown problem'}.`);
    return { lesson: parsed.item, text };
  }

  /** A new lesson (no `lessonId`), or a new text for one, which keeps its id and date. */
  async save(fields: LessonFields): Promise<MyLessonSummary> {
    const { lessonId, ...captured } = fields;
    const file = lessonId === undefined ? captureLesson(captured, isoDate(this.now()), await this.takenIds()) : lessonFile(captured, lessonId, (await this.get(lessonId)).lesson.created);
    await writeFileAtomically(this.fileOf(file.id), file.text);
    const saved = await this.get(file.id);
    return summary(saved.lesson, saved.text, await this.shares());
  }

  async remove(lessonId: string): Promise<void> {
    await this.get(lessonId);
    await unlink(this.fileOf(lessonId));
    const { [lessonId]: _gone, ...rest } = await this.shares();
    await this.saveShares(rest);
  }

  /** Remembers that this text of the lesson has been shared (queued for the LRS as statement `statementId`). */
  async markShared(lessonId: string, text: string, statementId: string): Promise<MyLessonSummary> {
    const shares = { ...(await this.shares()), [lessonId]: { statementId, sharedAt: this.now().toISOString(), fingerprint: fingerprint(text) } };
    await this.saveShares(shares);
    const { lesson, text: current } = await this.get(lessonId);
    return summary(lesson, current, shares);
  }

  async draft(): Promise<LessonDraft | null> {
    const text = await readFile(path.join(this.dir, DRAFT_FILE), 'utf8').catch(() => null);
    if (text === null) return null;
    try {
      const parsed = draftShape.safeParse(JSON.parse(text));
      return parsed.success ? stripUndefined(parsed.data) : null;
    } catch {
      return null;
    }
  }

  /** Keeps what is typed in the form; `null` once it is saved as a lesson or thrown away. */
  async saveDraft(draft: Omit<LessonDraft, 'saved'> | null): Promise<LessonDraft | null> {
    const file = path.join(this.dir, DRAFT_FILE);
    if (draft === null) {
      await unlink(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      return null;
    }
    const saved: LessonDraft = { ...draft, saved: this.now().toISOString() };
    await writeFileAtomically(file, `${JSON.stringify(saved)}\n`);
    return saved;
  }

  private async takenIds(): Promise<Set<string>> {
    return new Set((await readLessonFiles(this.dir)).map((read) => read.name.replace(/\.md$/i, '')));
  }

  private fileOf(lessonId: string): string {
    return path.join(this.dir, `${lessonId}.md`);
  }

  private async shares(): Promise<Shares> {
    const text = await readFile(path.join(this.dir, SHARES_FILE), 'utf8').catch(() => null);
    if (text === null) return {};
    try {
      const parsed = sharesShape.safeParse(JSON.parse(text));
      // A damaged record of shares only costs the "shared" marks: the lessons themselves are separate files.
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }

  private saveShares(shares: Shares): Promise<void> {
    return writeFileAtomically(path.join(this.dir, SHARES_FILE), `${JSON.stringify(shares, null, 2)}\n`);
  }
}

function fingerprint(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex');
}

function summary(lesson: Lesson, text: string, shares: Shares): MyLessonSummary {
  const share = shares[lesson.id];
  const status = share === undefined ? 'not-shared' : share.fingerprint === fingerprint(text) ? 'shared' : 'changed';
  return { id: lesson.id, title: lesson.title, lang: lesson.lang, created: lesson.created, status, ...(share ? { sharedAt: share.sharedAt } : {}) };
}

function stripUndefined(draft: z.infer<typeof draftShape>): LessonDraft {
  return { fields: draft.fields, saved: draft.saved, ...(draft.lessonId !== undefined ? { lessonId: draft.lessonId } : {}) };
}

/** The form's fields of a saved lesson, to edit it. */
export function capturedFields(lesson: Lesson): CapturedLesson {
  return {
    ...lesson.parts,
    title: lesson.title,
    author: lesson.author,
    lang: lesson.lang,
    tags: lesson.tags,
    ...(lesson.customerType ? { customerType: lesson.customerType } : {}),
    ...(lesson.stage ? { stage: lesson.stage } : {}),
  };
}
