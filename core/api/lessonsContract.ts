// Lessons from anywhere: a rep's own lessons in their data folder (autosaved draft, share, export) and the
// trainer's inbox pulling shared lessons from the LRS and from a drop folder. Merged into `apiArgs` and
// `ApiResults` in contract.ts.
import { z } from 'zod';
import type { CapturedLesson } from '../authoring/captureLesson';
import { itemId } from '../content/schemas';
import type { InboxSettings, PullReport } from '../lessons/lessonInbox';
import type { LessonDraft, MyLessonList, MyLessonSummary } from '../lessons/myLessons';
import { authoringArgs } from './authoringContract';
import type { ExportedFile } from './contract';

/** Lesson ids name files in the data folder: only the ids the app makes (kebab-case) are accepted. */
const lessonId = itemId;
const draftText = z.string().max(20_000);

export const lessonsArgs = {
  listMyLessons: z.object({}),
  readMyLesson: z.object({ lessonId }),
  /** Without `lessonId`: a new lesson; with it: a new text for that lesson (same id and date). */
  saveMyLesson: authoringArgs.captureLesson.extend({ lessonId: lessonId.optional() }),
  deleteMyLesson: z.object({ lessonId }),
  /** Queues the lesson's file as an xAPI `shared` statement for the LRS. */
  shareMyLesson: z.object({ lessonId, profileId: z.string().min(1).max(200) }),
  exportMyLesson: z.object({ lessonId }),
  getLessonDraft: z.object({}),
  /** `null` throws the draft away. */
  saveLessonDraft: z.object({
    draft: z.object({ fields: z.record(z.string().max(40), draftText).refine((fields) => Object.keys(fields).length <= 20), lessonId: lessonId.optional() }).nullable(),
  }),
  lessonInboxSettings: z.object({}),
  setLessonDropFolder: z.object({ dir: z.string().max(1000).nullable() }),
  pullLessons: z.object({}),
} as const;

/** A saved lesson's fields, to edit it in the capture form. */
export interface MyLessonFields extends CapturedLesson {
  lessonId: string;
}

export interface LessonsResults {
  listMyLessons: MyLessonList;
  readMyLesson: MyLessonFields;
  saveMyLesson: MyLessonSummary;
  deleteMyLesson: { deleted: true };
  shareMyLesson: MyLessonSummary;
  exportMyLesson: ExportedFile;
  getLessonDraft: LessonDraft | null;
  saveLessonDraft: LessonDraft | null;
  lessonInboxSettings: InboxSettings;
  setLessonDropFolder: InboxSettings;
  pullLessons: PullReport;
}
