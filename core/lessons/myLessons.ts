// A rep's own lessons, kept in their data folder (`<data>/lessons/*.md`, the same format as a workspace's
// `lessons/`) until they share them with the trainer or export them as files.
import type { CapturedLesson } from '../authoring/captureLesson';
import type { Lang } from '../model';
import type { LessonDiagnostic } from './lessonInbox';

/** `changed`: edited since it was last shared, so the trainer has an older text. */
export const MY_LESSON_STATUSES = ['not-shared', 'shared', 'changed'] as const;
export type MyLessonStatus = (typeof MY_LESSON_STATUSES)[number];

export interface MyLessonSummary {
  id: string;
  title: string;
  lang: Lang;
  /** YYYY-MM-DD. */
  created: string;
  status: MyLessonStatus;
  /** ISO time of the last share. */
  sharedAt?: string;
}

export interface MyLessonList {
  lessons: MyLessonSummary[];
  /** Files in the folder that are not readable lessons (edited by hand, say): left alone and reported. */
  diagnostics: LessonDiagnostic[];
}

/** A lesson as the capture form edits it: the fields of a capture and, for an edited lesson, its id. */
export interface LessonFields extends CapturedLesson {
  lessonId?: string;
}

/** The text being typed into the capture form, kept so a reload, a restart or a crash loses nothing. */
export interface LessonDraft {
  /** The capture form's fields as typed (tags as typed, comma-separated). */
  fields: Record<string, string>;
  /** The lesson being edited, when the draft is an edit of one. */
  lessonId?: string;
  /** ISO time of the last autosave. */
  saved: string;
}
