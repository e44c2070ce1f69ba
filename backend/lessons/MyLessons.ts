// A rep's lessons without a workspace: kept by MyLessonStore, shared to the trainer as an xAPI `shared`
// statement (through the learning-records outbox, so a share made offline goes out later), or exported as a file.
import { ApiError, type ExportedFile } from '../../core/api/contract';
import type { MyLessonFields } from '../../core/api/lessonsContract';
import type { MyLessonSummary } from '../../core/lessons/myLessons';
import type { Lang } from '../../core/model';
import { capturedFields, type MyLessonStore } from './MyLessonStore';

/** A lesson shared, as the learning records take it. */
export interface LessonShared {
  profileId: string;
  lessonId: string;
  title: string;
  lang: Lang;
  /** The lesson's Markdown file text. */
  file: string;
  at: Date;
}

/** Records a share as an xAPI statement in the outbox; resolves with the statement's id once it is durably queued. */
export type RecordLessonShare = (share: LessonShared) => Promise<{ statementId: string }>;

export interface MyLessonsDeps {
  store: MyLessonStore;
  /** Absent when learning records are not available in this host. */
  recordShare: RecordLessonShare | undefined;
  now: () => Date;
}

export class MyLessons {
  constructor(private readonly deps: MyLessonsDeps) {}

  async fields(lessonId: string): Promise<MyLessonFields> {
    return { lessonId, ...capturedFields((await this.deps.store.get(lessonId)).lesson) };
  }

  async share(profileId: string, lessonId: string): Promise<MyLessonSummary> {
    const { store, recordShare } = this.deps;
    if (!recordShare) throw new ApiError('conflict', 'Sharing needs learning records, which this app cannot send; export the lesson as a file instead.');
    const { lesson, text } = await store.get(lessonId);
    const { statementId } = await recordShare({ profileId, lessonId, title: lesson.title, lang: lesson.lang, file: text, at: this.deps.now() });
    return store.markShared(lessonId, text, statementId);
  }

  /** The lesson's file as it is kept, to put in a drop folder or send by mail. */
  async export(lessonId: string): Promise<ExportedFile> {
    const { text } = await this.deps.store.get(lessonId);
    return { filename: `${lessonId}.md`, mime: 'text/markdown', content: text };
  }
}
