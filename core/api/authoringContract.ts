// The trainer's part of the API contract: the workspace, the editor, the lesson inbox and content freshness.
// Merged into `apiArgs` and `ApiResults` in contract.ts; kept apart so the learner's contract stays readable.
import { z } from 'zod';
import type { CaseGraph } from '../authoring/caseGraph';
import type { OverdueReview } from '../authoring/overdueReviews';
import { RENAMABLE_KINDS } from '../authoring/sourceText';
import type { StaleReference } from '../authoring/staleReferences';
import { MAX_FILE_CHARACTERS } from '../content/contentLimits';
import type { ContentItem, Diagnostic, Lang, Lesson } from '../model';
import { LANGS, LESSON_STATUSES, ROLES } from '../model';

const id = z.string().min(1).max(200);
const lang = z.enum(LANGS);
const kind = z.enum(RENAMABLE_KINDS);
const editableKind = z.enum([...RENAMABLE_KINDS, 'lesson', 'glossary']);
/** A file's `/`-separated path inside the workspace. */
const filePath = z.string().min(1).max(500);
const sourceText = z.string().max(MAX_FILE_CHARACTERS);
const part = z.string().trim().min(1).max(20_000);
const label = z.string().trim().min(1).max(100);

export const authoringArgs = {
  // workspace
  getWorkspace: z.object({}),
  /** `dir: null` closes the workspace (built-in content only). */
  openWorkspace: z.object({ dir: z.string().min(1).max(1000).nullable() }),
  // editor
  validateDraft: z.object({ kind: editableKind, text: sourceText, path: filePath.optional() }),
  readSource: z.object({ kind: editableKind, id, lang }),
  /**
   * `expected`: the file's text the edit started from, or null for a file that must not exist yet (a new item).
   * When the file holds something else, nothing is written and the save fails with a conflict. Without it the
   * file is written whatever it holds.
   */
  saveSource: z.object({ path: filePath, text: sourceText, expected: sourceText.nullable().optional() }),
  newFromTemplate: z.object({ kind, id, lang, title: label, playbook: id.optional(), role: z.enum(ROLES).optional() }),
  forkItem: z.object({ kind, id, lang }),
  renameId: z.object({ kind, from: id, to: id }),
  caseGraph: z.object({ text: sourceText }),
  // elite lessons
  captureLesson: z.object({
    situation: part,
    action: part,
    result: part,
    lesson: part,
    title: z.string().trim().max(200).optional(),
    tags: z.array(label).max(20),
    customerType: z.string().trim().max(100).optional(),
    stage: z.string().trim().max(100).optional(),
    author: label,
    lang,
  }),
  listLessons: z.object({ status: z.enum(LESSON_STATUSES).optional() }),
  convertLesson: z.object({
    lessonId: id,
    target: z.discriminatedUnion('kind', [
      /** A tactic block at the end of a playbook section. */
      z.object({ kind: z.literal('tactic'), playbookId: id, lang, section: z.string().min(1).max(300) }),
      /** A scenario question at the end of a quiz; `ref` is the section it teaches from. */
      z.object({ kind: z.literal('question'), quizId: id, lang, ref: z.string().min(1).max(300).optional() }),
      /** A decision step after step `after` (default: the last step of the elite path). */
      z.object({ kind: z.literal('case-step'), caseId: id, lang, after: id.optional() }),
    ]),
  }),
  archiveLesson: z.object({ lessonId: id }),
  // freshness
  freshness: z.object({}),
  markVerified: z.object({ playbookId: id, lang }),
  /** The trainer has re-checked what refers to a changed section: take its current text as the new baseline. */
  acceptSectionChange: z.object({ ref: z.string().min(1).max(300), lang }),
} as const;

export interface WorkspaceRoot {
  path: string;
  kind: 'built-in' | 'workspace';
}
export interface WorkspaceView {
  /** The workspace folder, or null when only the built-in content is open. */
  dir: string | null;
  roots: WorkspaceRoot[];
  /** Grows with every content change (a save here, or an edit on disk): poll it to know when to refresh. */
  revision: number;
  /** Why the remembered workspace could not be reopened, when that happened. */
  notice?: string;
}

export interface DraftView {
  diagnostics: Diagnostic[];
  /** The parsed item, for a playable preview; absent while the draft has errors of its own. */
  item?: ContentItem;
  /** For a playbook or a lesson: its body as the reader shows it (the parsed item does not carry a playbook's body). */
  html?: string;
}

export interface SourceView {
  kind: ContentItem['kind'];
  id: string;
  lang: Lang;
  /** Path inside its content root. */
  path: string;
  root: 'built-in' | 'workspace';
  text: string;
  /** Built-in items are read-only: fork them into the workspace to change them. */
  readOnly: boolean;
}

export interface SavedSource {
  path: string;
  /** Problems of the saved file as loaded. */
  diagnostics: Diagnostic[];
  revision: number;
}

export interface NewItemDraft {
  /** Where the new item will be saved, inside the workspace. */
  path: string;
  text: string;
}

export interface RenameResult {
  /** Workspace paths of the files changed. */
  files: string[];
}

export interface LessonView extends Omit<Lesson, 'source' | 'text' | 'body'> {
  path: string;
}

export interface ConversionView {
  /** Workspace path of the file the lesson went into, and the line of what it became. */
  path: string;
  line: number;
  convertedTo: string;
  /** True when the target was a built-in item, copied into the workspace first. */
  forked: boolean;
  lesson: LessonView;
}

export interface FreshnessView {
  overdue: OverdueReview[];
  /** Sections changed since last accepted, with the questions and cases that refer to them. */
  stale: StaleReference[];
}

export interface VerifiedView {
  path: string;
  verified: string;
  forked: boolean;
}

export interface AuthoringResults {
  getWorkspace: WorkspaceView;
  openWorkspace: WorkspaceView;
  validateDraft: DraftView;
  readSource: SourceView;
  saveSource: SavedSource;
  newFromTemplate: NewItemDraft;
  forkItem: SourceView;
  renameId: RenameResult;
  caseGraph: CaseGraph;
  captureLesson: LessonView;
  listLessons: LessonView[];
  convertLesson: ConversionView;
  archiveLesson: LessonView;
  freshness: FreshnessView;
  markVerified: VerifiedView;
  acceptSectionChange: { accepted: boolean };
}
